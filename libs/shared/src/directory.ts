import type { InnovationPhase } from './domain';
import type { EditionRole } from './roles';

/** One person in an edition's who's who (`GET /api/editions/:id/directory`). */
export interface DirectoryEntry {
  personId: string;
  name: string;
  organisation: string | null;
  region: string | null;
  role: EditionRole;
  /** A participant's implementation challenge at a glance; null for other roles or before it is described. */
  challenge: { title: string; phase: InnovationPhase } | null;
  introduction: string | null;
  /** Present for the programme office only: this person hid themselves, so nobody else sees them. */
  hidden?: true;
}

/** `GET /api/me/directory-profile` and `PUT /api/me/directory-profile`: what a person shows of themselves. */
export interface DirectoryProfile {
  /** A few sentences about oneself; null for none. */
  introduction: string | null;
  /** Hidden from every edition's who's who (the programme office still sees them). */
  hidden: boolean;
}

export const DIRECTORY_LIMITS = { introduction: 600 } as const;
