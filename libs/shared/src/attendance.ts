import type { AttendanceStatus, SessionKind, SessionStatus } from './domain';
import type { AttendeeRole } from './schedule';

/** How a mark came about, kept in its history. */
export const ATTENDANCE_SOURCES = ['trainer', 'self_check_in', 'bulk_absent'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** Longest note on a mark. */
export const MAX_ATTENDANCE_NOTE_LENGTH = 500;
/** Most marks one bulk save takes (a roster of 36 participants with internal teams stays far below). */
export const MAX_MARKS_PER_SAVE = 500;

/**
 * Present, late and absent can be recorded from an hour before the start: a mark days ahead would say something
 * that has not happened (and count in the report). Excused (`afgemeld`) is a notice beforehand, so it is always open.
 */
export const MARKING_OPENS_MINUTES_BEFORE = 60;

/** The first moment present, late or absent may be recorded for a session starting at `startsAt`. */
export function markingOpensAt(startsAt: Date | string): Date {
  return new Date(new Date(startsAt).getTime() - MARKING_OPENS_MINUTES_BEFORE * 60_000);
}

/** Whether a mark with this status may be recorded at `now` for a session starting at `startsAt`. */
export function isMarkOpen(status: AttendanceStatus, startsAt: Date | string, now: Date): boolean {
  return status === 'excused' || now >= markingOpensAt(startsAt);
}

/**
 * Whether a session counts for someone enrolled at `enrolledAt`: only one that had not ended by then (a late joiner
 * enrolled in the evening owes nothing to that morning). The API's SQL says the same with the fragment of that name in
 * attendance-rates.repository.ts; the report shows the cells it leaves out by this.
 */
export function countsSinceEnrolment(session: { endsAt: Date | string }, enrolledAt: Date | string): boolean {
  return new Date(session.endsAt).getTime() > new Date(enrolledAt).getTime();
}

/** `GET /api/sessions/:id/roster`: one entry per person expected at the session. */
export interface RosterEntry {
  personId: string;
  name: string;
  /** Why they are expected. Those who run the session (RUNNING_ROLES) are listed too, but left out of "mark the rest present" and "mark empty as absent". */
  role: AttendeeRole;
  organisation: string | null;
  status: AttendanceStatus | null;
  note: string;
  /** The person this one is listed under: an internal-team member's participant, a delegate's director. */
  groupedUnder: string | null;
  /** How the current mark was made; null without a mark. */
  source: AttendanceSource | null;
  /** The workshop the person has a place in, at a session with parallel workshops. */
  workshop: string | null;
}

/** One item of `PUT /api/sessions/:id/attendance`. */
export interface AttendanceMark {
  personId: string;
  status: AttendanceStatus;
  note?: string;
}

/** A mark as stored, answered by the bulk save and the check-in. */
export interface SavedMark {
  personId: string;
  status: AttendanceStatus;
  note: string;
  recordedAt: string;
}

/** `PUT /api/sessions/:id/attendance` answers with the marks as they now stand. */
export interface SaveAttendanceResponse {
  marks: SavedMark[];
}

/** `POST /api/sessions/:id/attendance/absent`: marks left empty after the end become absent. */
export interface MarkAbsentResponse {
  marked: number;
}

/** The web app's check-in page, `/inchecken/:sessionId?code=…`; the QR code links there. */
export const CHECK_IN_PATH = '/inchecken';

/** From 30 minutes before the start until the end of a session, people can check themselves in. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 30;
/** The shown code changes this often; the previous code stays valid for one more step against clock skew. */
export const CHECK_IN_CODE_STEP_SECONDS = 30;
/** Digits of the code a participant types. */
export const CHECK_IN_CODE_LENGTH = 6;

/** `GET /api/sessions/:id/check-in-code`, for the trainer's display. */
export interface CheckInCodeResponse {
  sessionId: string;
  sessionTitle: string;
  code: string;
  /** The check-in page with the code, as encoded in the QR code. */
  url: string;
  /** The QR code of `url` as an SVG document. */
  qrSvg: string;
  /** When the display should fetch the next code. */
  rotatesAt: string;
  closesAt: string;
}

/** `POST /api/sessions/:id/check-in`. */
export interface CheckInRequest {
  code: string;
}

export interface CheckInResponse {
  sessionId: string;
  sessionTitle: string;
  /** True when this check-in made the mark; false when a mark already stood (a trainer's mark is never overwritten). */
  checkedIn: boolean;
  mark: SavedMark;
}

/** `GET /api/sessions/:id/check-in`: the session as the check-in page and the roster show it, with the caller's own mark. */
export interface CheckInSession {
  sessionId: string;
  editionId: string;
  editionName: string;
  title: string;
  kind: SessionKind;
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
  opensAt: string;
  /** The caller's own mark, if any. */
  mark: SavedMark | null;
}

/** One row of a session's attendance history: who changed what, when, and the value before. */
export interface AttendanceChangeEntry {
  personId: string;
  personName: string;
  previousStatus: AttendanceStatus | null;
  status: AttendanceStatus;
  note: string;
  source: AttendanceSource;
  changedBy: string | null;
  changedAt: string;
}

export interface ReportSession {
  id: string;
  title: string;
  kind: SessionKind;
  /** A network group's session: its group, which tells it from the other groups' session of the same title. */
  networkGroup: string | null;
  startsAt: string;
  endsAt: string;
}

export interface ReportPerson {
  personId: string;
  name: string;
  role: 'participant' | 'internal_team_member' | 'director';
  organisation: string | null;
  enrolledAt: string;
  /** Share of counted programme days attended (present or late); null for non-participants and before any day counts. */
  rate: number | null;
  /** Programme days that count for this person (held, not cancelled, not before their enrolment). */
  counted: number;
  attended: number;
  belowThreshold: boolean;
  /** Status per session id; sessions without a mark are absent from the map. */
  marks: Record<string, AttendanceStatus>;
}

/** `GET /api/editions/:id/attendance`. */
export interface AttendanceReport {
  editionId: string;
  editionName: string;
  /** The programme's completion threshold, 80 by default. */
  thresholdPercent: number;
  sessions: ReportSession[];
  people: ReportPerson[];
}
