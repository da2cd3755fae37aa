import type { Locale } from './domain';
import type { ScheduleWarning } from './editions';
import type { EditionRole } from './roles';
import type { SessionStaffMember, SessionStaffRole } from './sessions';

export const ENROLMENT_STATUSES = ['active', 'waitlisted', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * `POST /api/editions/:id/enrolments`. A participant needs an organisation and may bring their director
 * (`directorEmail`) and implementation challenge; an internal-team member names the participant they support
 * (`participantEmail`); a director may name the participant whose director they are.
 */
export interface EnrolRequest {
  role: EditionRole;
  name: string;
  email: string;
  organisation?: string;
  region?: string;
  directorEmail?: string;
  /** Used only when the director has no account yet; otherwise their own name stays. */
  directorName?: string;
  challengeTitle?: string;
  participantEmail?: string;
  /** Internal-team member's role at home, e.g. "teamleider nachtdienst". */
  roleInOrganisation?: string;
  /** The language of a new account: its invitation and every mail after it (Dutch when left out); an existing account keeps its own. */
  locale?: Locale;
  /**
   * A director for a participant who has another one: true to put this one in their place (without it, `409
   * participant_has_director` names the current director, so a sponsor is never swapped by mistake).
   */
  replaceDirector?: boolean;
}

export interface EnrolResult {
  enrolmentId: string;
  personId: string;
  role: EditionRole;
  status: EnrolmentStatus;
  /** 1-based place on the waiting list, or null. */
  waitlistPosition: number | null;
  /** True when the person got a new account and an invitation mail (in a draft edition: once it is published). */
  invited: boolean;
}

/** `GET /api/editions/:id/enrolments`, paginated, optionally filtered by role and status. */
export interface EnrolmentListItem {
  id: string;
  personId: string;
  name: string;
  email: string;
  organisation: string | null;
  role: EditionRole;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
  /** A participant's director. */
  directorName: string | null;
  /** Their address, so that an export reads back in with the director linked (none for an erased director). */
  directorEmail: string | null;
  /** The participant an internal-team member supports. */
  supportsName: string | null;
  roleInOrganisation: string | null;
  challengeTitle: string | null;
  enrolledAt: string;
}

/** `POST /api/editions/:id/enrolments/:enrolmentId/withdraw`: who moved up from the waiting list. */
export interface WithdrawResult {
  promoted: { enrolmentId: string; name: string }[];
}

export const IMPORT_OUTCOMES = ['enrolled', 'waitlisted', 'already_enrolled', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export type ImportProblemCode =
  | 'missing_name'
  | 'invalid_email'
  | 'duplicate_in_file'
  | 'missing_organisation'
  | 'invalid_director_email'
  | 'own_director'
  | 'too_long'
  | 'control_characters'
  | 'stacked_marks'
  | 'lost_characters'
  | 'other_role'
  | 'withdrawn'
  | 'withdrawn_from_edition'
  | 'staff_in_edition'
  | 'internal_team_in_edition'
  | 'director_in_internal_team'
  | 'already_enrolled'
  | 'already_enrolled_other_director'
  | 'over_capacity'
  // Notes on a row that is imported all the same: what of it was not read.
  | 'extra_cells'
  | 'director_named_differently';

export interface ImportRowReport {
  /** The row number as the spreadsheet shows it: the header is row 1. */
  row: number;
  name: string;
  email: string;
  /** With `dryRun` what would happen, otherwise what happened. */
  outcome: ImportOutcome;
  problems: { code: ImportProblemCode; message: string }[];
}

/**
 * How the file's bytes were read: UTF-8, Windows-1252 as Excel on Windows saves a CSV by default, or UTF-16 as Excel
 * saves "Unicode text" (tab-separated).
 */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'macintosh' | 'utf-16le';

/** What the file turned out to be, by its content: a CSV, or an Excel workbook (its first visible worksheet is read). */
export type ImportFormat = 'csv' | 'xlsx';

/**
 * `POST /api/editions/:id/enrolments/import?dryRun=true|false` with the file as the body: a CSV (`text/csv`) or an
 * Excel workbook (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`).
 */
export interface EnrolmentImportReport {
  dryRun: boolean;
  format: ImportFormat;
  /** A CSV's encoding; null for a workbook, which stores its own text. */
  encoding: CsvEncoding | null;
  /** The headings of columns the import does not read, as the file writes them (a director under a heading Koers does not know). */
  ignoredColumns: string[];
  rows: ImportRowReport[];
  summary: Record<ImportOutcome, number> & { rows: number };
}

export const CSV_MAX_BYTES = 2 * 1024 * 1024;
export const CSV_MAX_ROWS = 2000;

/** `PUT /api/editions/:id/sessions/:sessionId/staff`: replaces who runs the session. */
export interface SessionStaffRequest {
  staff: { personId?: string; guestName?: string; guestOrganisation?: string; role: SessionStaffRole }[];
}

export interface SessionStaffResult {
  staff: SessionStaffMember[];
  /** `trainer_busy` for anyone who already runs a session that day in another edition. */
  warnings: ScheduleWarning[];
}

/** `POST /api/editions/:id/staff` (a `StaffPlan`): who was added where. */
export interface StaffSessionsResult {
  /** The sessions the person was added to (those they already ran are left as they were). */
  added: number;
  /** `trainer_busy` for each of those days the person already runs a session in another edition. */
  warnings: ScheduleWarning[];
}

/** `GET /api/staff`: people who ran sessions before, to plan them in a new edition. */
export interface StaffCandidate {
  id: string;
  name: string;
  email: string;
  organisation: string | null;
}
