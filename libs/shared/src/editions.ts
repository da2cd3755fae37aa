import type { EditionStatus, SchoolHolidayRegion, SessionAudience, SessionKind, SessionMode, SessionStatus } from './domain';
import type { SessionStaffMember } from './sessions';

/** An edition moves through these one step at a time; archived is the end and read-only. */
export const EDITION_STATUS_FLOW: readonly EditionStatus[] = ['draft', 'open', 'running', 'completed', 'archived'];

/** The one status an edition may move to next, or null for an archived edition. */
export function nextEditionStatus(status: EditionStatus): EditionStatus | null {
  return EDITION_STATUS_FLOW[EDITION_STATUS_FLOW.indexOf(status) + 1] ?? null;
}

/** HIS-I cohorts take 36 Rebels; the wizard proposes this and the API uses it when no capacity is given. */
export const DEFAULT_EDITION_CAPACITY = 36;
export const MAX_CADENCE_WEEKS = 8;

/** At most this many network groups when opening an edition. */
export const MAX_NETWORK_GROUPS = 20;
export type ProgrammeWeekday = 1 | 2 | 3 | 4 | 5;

/** HIS-I's rhythm: a programme day every three weeks on Tuesday at 09:30. */
export const DEFAULT_SCHEDULE = { cadenceWeeks: 3, weekday: 2, startTime: '09:30' } as const satisfies {
  cadenceWeeks: number;
  weekday: ProgrammeWeekday;
  startTime: string;
};

/** `GET /api/editions`: the admin overview, newest first. */
export interface EditionSummary {
  id: string;
  name: string;
  programmeId: string;
  programmeName: string;
  status: EditionStatus;
  /** Calendar days `YYYY-MM-DD`: the first and last session. */
  startDate: string;
  endDate: string;
  /** Active participants; those on the waiting list do not count. */
  enrolled: number;
  capacity: number;
  waitlisted: number;
  /** The first session still to come that is not cancelled. */
  nextSession: { id: string; kind: SessionKind; title: string; startsAt: string } | null;
}

/** `GET /api/editions/:id`. */
export interface EditionDetail extends EditionSummary {
  defaultLocation: string | null;
  defaultOnlineUrl: string | null;
  /** Listed on the programme's public page while it is `open` and the deadline has not passed. */
  openForApplications: boolean;
  /** The last day to apply, `YYYY-MM-DD`; null: until the edition starts. */
  applicationDeadline: string | null;
  /** Euro cents per participant for the public page; null: not stated. */
  priceCents: number | null;
  /**
   * The region whose school holidays the edition is planned around (the opening wizard's choice): adding or moving a
   * session onto one of them then needs confirming, as a weekend does. null: none.
   */
  schoolHolidayRegion: SchoolHolidayRegion | null;
  nextStatus: EditionStatus | null;
  /** The edition's network groups in their order; a network session can be added for one of them. */
  networkGroups: { id: string; name: string }[];
  /** Active participants in none of those groups (0 without groups): they are expected at no network session. */
  participantsWithoutGroup: number;
}

/** `PATCH /api/editions/:id`. Raising the capacity moves people up from the waiting list. */
export interface UpdateEditionRequest {
  name?: string;
  capacity?: number;
  defaultLocation?: string | null;
  defaultOnlineUrl?: string | null;
  openForApplications?: boolean;
  applicationDeadline?: string | null;
  priceCents?: number | null;
  /** null: no region's school holidays are planned around. */
  schoolHolidayRegion?: SchoolHolidayRegion | null;
}

/** `POST /api/editions/:id/status`. */
export interface EditionStatusRequest {
  status: EditionStatus;
}

/** `GET /api/editions/:id/sessions`: every session of the edition in time order, cancelled ones included. */
export interface EditionSession {
  id: string;
  kind: SessionKind;
  title: string;
  theme: string;
  /** ISO 8601 with the Amsterdam offset, e.g. `2027-03-09T09:30:00+01:00`. */
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
  audience: SessionAudience;
  /** Raised on every change, so calendars replace their copy. */
  sequence: number;
  staff: SessionStaffMember[];
  /** The network group this session runs for; null for the whole cohort. */
  networkGroup: string | null;
}

/** The roles a person is planned in for sessions of some kinds (a guest speaker is named per session). */
export const PLANNED_STAFF_ROLES = ['trainer', 'facilitator'] as const;

/**
 * A trainer or facilitator on every session of the kinds named: in the opening wizard, and on an edition's coming
 * sessions (`POST /api/editions/:id/staff`).
 */
export interface StaffPlan {
  personId: string;
  role: (typeof PLANNED_STAFF_ROLES)[number];
  kinds: SessionKind[];
}

/** One session as the admin set it in the preview: Amsterdam date and wall-clock times. */
export interface SessionPlan {
  slotId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm`, Amsterdam. */
  startTime: string;
  endTime: string;
  location: string | null;
  onlineUrl: string | null;
}

/**
 * `POST /api/programmes/:id/editions/preview` and `POST /api/programmes/:id/editions`. Without `sessions`
 * the schedule is generated; with them (one per slot of the template) the admin's edits are used as given.
 */
export interface OpenEditionRequest {
  name: string;
  /** `YYYY-MM-DD`: the first programme day is the first `weekday` on or after it. */
  startDate: string;
  cadenceWeeks: number;
  /** 1 = Monday … 5 = Friday. */
  weekday: ProgrammeWeekday;
  /** `HH:mm`, Amsterdam. */
  startTime: string;
  schoolHolidayRegion?: SchoolHolidayRegion;
  capacity?: number;
  defaultLocation?: string | null;
  defaultOnlineUrl?: string | null;
  staff?: StaffPlan[];
  sessions?: SessionPlan[];
  /**
   * Creating only: every edited date that falls on a weekend or holiday (a `closed_day` warning) must be listed
   * here, confirmed one by one in the preview; otherwise the answer is 409 `closed_days_unconfirmed`.
   */
  confirmedClosedDates?: string[];
  /**
   * How many network groups to start with (empty, "Netwerkgroep 1" …; 0 or absent: none). Each network session is
   * then planned once per group at the planned time, to be changed per group on the edition page.
   */
  networkGroups?: number;
}

export type ScheduleWarning =
  /**
   * The generator moved the session off a public holiday, school holiday or weekend: to the same weekday a week
   * later when that keeps the order of the sessions, else to the next open day.
   */
  | { code: 'moved_off_holiday'; message: string; originalDate: string; holidayName: string; sameWeekdayNextWeek: boolean }
  /**
   * A holiday of more than a week (the summer) covered the session's date and the same weekday a week later: it
   * moved `weeks` weeks on, to the first open day of its weekday, and every session after it moved along, so the
   * programme keeps its weekday and rhythm instead of piling up after the holiday.
   */
  | { code: 'shifted_past_holiday'; message: string; originalDate: string; shiftedTo: string; holidayName: string; weeks: number }
  /** The date was free, but an earlier session had been pushed onto or past it. */
  | { code: 'moved_after_previous_session'; message: string; originalDate: string }
  /** The admin put the session on a weekend (`holidayName` null) or a holiday. */
  | { code: 'closed_day'; message: string; date: string; holidayName: string | null }
  /** A planned trainer or facilitator already runs a session that day in another edition. */
  | { code: 'trainer_busy'; message: string; personId: string; personName: string; editionName: string; sessionTitle: string }
  /** A trainer or facilitator runs two sessions of this edition at the same time (each network group's, say). */
  | { code: 'staff_double_booked'; message: string; personId: string; personName: string; date: string; sessionTitles: [string, string] }
  /**
   * Taken off the last session of the edition they ran, a trainer or facilitator stays enrolled in it, with what the
   * role may see there (a trainer: every participant's work), until the programme office withdraws them.
   */
  | { code: 'staff_without_sessions'; message: string; personId: string; personName: string; role: 'trainer' | 'facilitator'; editionName: string }
  /** A network group saved without a facilitator: nobody runs or records its network sessions. */
  | { code: 'group_without_facilitator'; message: string; groupName: string }
  /**
   * A session moved or added onto the time of another of the edition's sessions: `people` participants, team members
   * or directors are expected at both (a programme day on every group's network session, say).
   */
  | { code: 'attendees_double_booked'; message: string; date: string; sessionTitles: [string, string]; people: number }
  /** A session moved to another day took an assignment's deadline along (`dueAt`, an instant); `passed`: it has passed. */
  | { code: 'deadline_moved'; message: string; assignmentTitle: string; dueAt: string; passed: boolean };

/**
 * A session just moved, changed or added, with its warnings: what its new time clashes with (`attendees_double_booked`,
 * `staff_double_booked`) and the deadlines that moved along (`deadline_moved`).
 */
export interface ChangedSession extends EditionSession {
  warnings: ScheduleWarning[];
}

export interface PreviewSession extends SessionPlan {
  kind: SessionKind;
  title: string;
  theme: string;
  /** ISO 8601 with the Amsterdam offset. */
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  audience: SessionAudience;
  warnings: ScheduleWarning[];
}

export interface PreviewAssignment {
  templateId: string;
  title: string;
  slotId: string;
  sessionTitle: string;
  /** ISO 8601 with the Amsterdam offset. */
  dueAt: string;
}

/** What opening the edition would create; nothing is stored. */
export interface OpenEditionPreview {
  startDate: string;
  endDate: string;
  sessions: PreviewSession[];
  assignments: PreviewAssignment[];
}

export interface CreatedEdition {
  id: string;
}

/** `GET /api/editions/:id/copy-settings`: a previous edition's settings, to open the next one like it. */
export interface EditionCopySettings {
  programmeId: string;
  /** The previous name with its number raised: `HIS-I 2.0` → `HIS-I 3.0`. */
  suggestedName: string;
  capacity: number;
  defaultLocation: string | null;
  defaultOnlineUrl: string | null;
  cadenceWeeks: number;
  weekday: ProgrammeWeekday;
  startTime: string;
  schoolHolidayRegion: SchoolHolidayRegion | null;
  staff: (StaffPlan & { name: string })[];
}

/**
 * `PATCH /api/editions/:id/sessions/:sessionId`: move a session or change its venue or link. Once the
 * edition is published a new date or time marks the session as moved; its history keeps the old values.
 */
export interface RescheduleSessionRequest {
  date?: string;
  startTime?: string;
  endTime?: string;
  location?: string | null;
  onlineUrl?: string | null;
  reason?: string;
  /** A new date on a weekend, public holiday, closed day or school holiday of the edition's region is taken only when confirmed here (else 409 `closed_days_unconfirmed`). */
  confirmedClosedDates?: string[];
  /**
   * A cancelled session takes place again (at the time given, or its own) only when this says so: a new time for a
   * session someone cancelled meanwhile answers 409 `reinstate_required` instead of undoing the cancellation.
   */
  reinstate?: boolean;
  /**
   * A session still to come moved to a time that has already ended is taken only when this says it was held then
   * (else 409 `session_moved_into_past`): a mistyped year would otherwise mail everyone a move into the past.
   */
  confirmPast?: boolean;
}

/**
 * `POST /api/editions/:id/sessions`: a session the curriculum did not plan, such as an extra programme day or a
 * group's extra network meeting. Everyone it expects gets it in their calendar once the edition is published.
 */
export interface AddSessionRequest {
  kind: SessionKind;
  title: string;
  theme?: string;
  date: string;
  startTime: string;
  endTime: string;
  mode: SessionMode;
  location?: string | null;
  onlineUrl?: string | null;
  audience: SessionAudience;
  /** A network session for one network group of the edition; absent or null: for the whole cohort. */
  networkGroupId?: string | null;
  /** A date on a weekend, public holiday, closed day or school holiday of the edition's region is taken only when confirmed here (else 409 `closed_days_unconfirmed`). */
  confirmedClosedDates?: string[];
}

/** `POST /api/editions/:id/sessions/:sessionId/cancel`: the session stays, with status cancelled. */
export interface CancelSessionRequest {
  reason?: string;
}

/** `GET /api/editions/:id/sessions/:sessionId/changes`: newest first. */
export interface SessionChangeEntry {
  id: string;
  /** The session's status after this change. */
  status: SessionStatus;
  /** The values before the change. */
  previous: { startsAt: string; endsAt: string; location: string | null; onlineUrl: string | null; status: SessionStatus };
  reason: string;
  changedAt: string;
  changedByName: string | null;
}
