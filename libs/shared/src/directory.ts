import type { InnovationPhase } from './domain';
import type { EditionRole } from './roles';

/** What a who's who shows of a person, in this edition or as one of the programme's alumni. */
export interface DirectoryPerson {
  personId: string;
  name: string;
  organisation: string | null;
  region: string | null;
  /** A participant's implementation challenge at a glance; null for other roles or before it is described. */
  challenge: { title: string; phase: InnovationPhase } | null;
  introduction: string | null;
}

/** One person in an edition's who's who (`GET /api/editions/:id/directory`). */
export interface DirectoryEntry extends DirectoryPerson {
  role: EditionRole;
  /** A photo at `GET /api/editions/:id/directory/:personId/photo`. */
  hasPhoto: boolean;
  /** Present for the programme office only: this person hid themselves, so nobody else sees them. */
  hidden?: true;
}

/** `PUT /api/me/directory-profile`: what a person shows of themselves. */
export interface SaveDirectoryProfileRequest {
  /** A few sentences about oneself; null for none. */
  introduction: string | null;
  /** Hidden from every edition's who's who (the programme office still sees them). */
  hidden: boolean;
  /** As a participant of an earlier edition, shown to later editions of the same programme ("de Rebels"). */
  alumni: boolean;
}

/** `GET /api/editions/:id/alumni`: participants of earlier editions of the programme who chose to be seen by later cohorts. */
export interface AlumniEntry extends DirectoryPerson {
  editionName: string;
}

/** `GET /api/me/directory-profile`; the photo is set with `PUT /api/me/directory-profile/photo` (multipart field `photo`). */
export interface DirectoryProfile extends SaveDirectoryProfileRequest {
  hasPhoto: boolean;
}

/** A photo is a JPEG, PNG or WebP of at most 2 MB, stored as sent (checked by its content, not resized). */
export const DIRECTORY_LIMITS = { introduction: 600, photoBytes: 2 * 1024 * 1024 } as const;
export const DIRECTORY_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
