/** A person's details that can be corrected; each correction is kept (`GET /api/admin/people/:id/changes`). */
export const PERSON_FIELDS = ['name', 'email', 'organisation'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** The longest name Koers keeps, in characters. */
export const MAX_PERSON_NAME_LENGTH = 200;

/** `PATCH /api/admin/people/:id` (programme office): each field optional; `organisation: null` clears it. */
export interface UpdatePersonRequest {
  name?: string;
  email?: string;
  organisation?: string | null;
}

/** `PATCH /api/me`: everyone corrects their own name. */
export interface UpdateMeRequest {
  name: string;
}

/** One correction, newest first. */
export interface PersonChangeEntry {
  id: string;
  field: PersonField;
  oldValue: string | null;
  newValue: string | null;
  changedAt: string;
  /** Null when the person who made it was erased. */
  changedByName: string | null;
}
