import type { SessionAudience, SessionKind, SessionMode } from './domain';

/** `GET /api/programmes`: one row per programme, with the size of its curriculum template. */
export interface ProgrammeSummary {
  id: string;
  /** Short stable code, e.g. `HIS-I`. */
  code: string;
  name: string;
  description: string;
  slotCount: number;
  assignmentTemplateCount: number;
  editionCount: number;
}

/** One session of the curriculum template; opening an edition turns each slot into a session. */
export interface CurriculumSlot {
  id: string;
  /** 1-based place in the template; sessions follow this order. */
  position: number;
  kind: SessionKind;
  title: string;
  theme: string;
  durationMinutes: number;
  mode: SessionMode;
  audience: SessionAudience;
}

/** An assignment of the template, due `offsetDays` calendar days after (negative: before) the session of a slot. */
export interface AssignmentTemplate {
  id: string;
  title: string;
  instructions: string;
  relativeToSlotId: string;
  offsetDays: number;
  /** Amsterdam wall-clock time on the due day, `HH:mm`. */
  dueTime: string;
}

/** `GET /api/programmes/:id`: the programme with its curriculum template. */
export interface ProgrammeDetail extends ProgrammeSummary {
  /** The public page's address, `/programmas/<slug>`; null: no public page. */
  slug: string | null;
  /** For whom the programme is, as the public page says it. */
  audience: string;
  attendanceThresholdPercent: number;
  requireAllAssignmentsApproved: boolean;
  slots: CurriculumSlot[];
  assignmentTemplates: AssignmentTemplate[];
}

/** `POST /api/programmes`. */
export interface CreateProgrammeRequest {
  code: string;
  name: string;
  description?: string;
}

/** What a public page's address may be: lower-case letters and digits, words joined by single hyphens. */
export const PROGRAMME_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `PATCH /api/programmes/:id`. */
export interface UpdateProgrammeRequest {
  name?: string;
  description?: string;
  /** Lower-case letters, digits and single hyphens (`his-i`); null takes the public page down. */
  slug?: string | null;
  audience?: string;
  attendanceThresholdPercent?: number;
  requireAllAssignmentsApproved?: boolean;
}

/** `POST /api/programmes/:id/slots` (appended at the end) and `PUT /api/programmes/:id/slots/:slotId`. */
export interface CurriculumSlotRequest {
  kind: SessionKind;
  title: string;
  theme?: string;
  durationMinutes: number;
  mode: SessionMode;
  audience: SessionAudience;
}

/** `PUT /api/programmes/:id/slots/order`: every slot id of the programme, in the new order. */
export interface SlotOrderRequest {
  slotIds: string[];
}

/** `POST /api/programmes/:id/assignment-templates` and `PUT .../:templateId`. */
export interface AssignmentTemplateRequest {
  title: string;
  instructions?: string;
  relativeToSlotId: string;
  offsetDays: number;
  dueTime?: string;
}

export const MAX_SLOT_DURATION_MINUTES = 12 * 60;
/** Deadlines lie at most this many days from their session, either way. */
export const MAX_DEADLINE_OFFSET_DAYS = 120;
export const DEFAULT_DUE_TIME = '23:59';
