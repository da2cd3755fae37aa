import type { AttendanceStatus, SessionKind, SessionMode, SessionStatus } from './domain';
import type { AttendeeRole, RUNNING_ROLES } from './schedule';

/** Attendees see a session's online link from this many minutes before its start until its end. */
export const ONLINE_LINK_OPENS_MINUTES_BEFORE = 30;

export function onlineLinkOpensAt(startsAt: string | Date): Date {
  return new Date(new Date(startsAt).getTime() - ONLINE_LINK_OPENS_MINUTES_BEFORE * 60_000);
}

export function isOnlineLinkOpen(session: { startsAt: string | Date; endsAt: string | Date }, now: Date = new Date()): boolean {
  return now >= onlineLinkOpensAt(session.startsAt) && now < new Date(session.endsAt);
}

/** The session page in the web app; calendar feeds link to it. */
export const SESSION_PAGE_PATH = '/sessies/:sessionId';
export const sessionPagePath = (sessionId: string) => SESSION_PAGE_PATH.replace(':sessionId', encodeURIComponent(sessionId));

export type SessionStaffRole = (typeof RUNNING_ROLES)[number];

/** Someone who runs the session: a person with an account, or a guest speaker known by name only. */
export interface SessionStaffMember {
  id: string;
  personId: string | null;
  name: string;
  organisation: string | null;
  role: SessionStaffRole;
}

export interface SessionMaterial {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedByName: string | null;
}

/** An assignment of the session's edition due before the session starts (and after the previous one). */
export interface PreparationAssignment {
  id: string;
  title: string;
  /** The viewer's own deadline: an extension they were given counts. */
  dueAt: string;
}

/** What a trainer records afterwards; `notesVersion` guards against overwriting a colleague's edit. */
export interface SessionRecord {
  /** For participants: everyone expected at the session reads them. */
  notes: string;
  covered: string;
  /**
   * Private notes of the staff: only those who may record the session (trainers, facilitators, programme office)
   * receive them; null for everyone else, so participants never get them from any endpoint.
   */
  staffNotes: string | null;
  notesVersion: number;
}

/** `GET /api/sessions/:id`: everything the session page shows. */
export interface SessionDetail {
  id: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location: string | null;
  /** Null for attendees until the link opens (`isOnlineLinkOpen`). */
  onlineUrl: string | null;
  /** True when the session has an online link, shown or not yet. */
  hasOnlineLink: boolean;
  status: SessionStatus;
  movedFrom: string | null;
  agenda: string;
  staff: SessionStaffMember[];
  materials: SessionMaterial[];
  assignmentsDue: PreparationAssignment[];
  record: SessionRecord;
  myAttendance: AttendanceStatus | null;
  /** How the viewer is expected at this session; empty for an admin or a trainer of the edition who is not. */
  myRoles: AttendeeRole[];
  /** The viewer may edit the record, speakers and materials (the edition's trainers and facilitators, admins). */
  canRecord: boolean;
}

/** `PUT /api/sessions/:id/record`: the version the editor started from, so a colleague's save is never overwritten. */
export interface SaveSessionRecordRequest {
  notes: string;
  covered: string;
  /** Left out: the staff notes stay as they are. */
  staffNotes?: string;
  notesVersion: number;
}

/** The `details` of a 409 `session_record_conflict`: the version a colleague saved in the meantime. */
export interface SessionRecordConflict {
  current: SessionRecord;
}

/** `POST /api/sessions/:id/speakers`: a guest speaker who needs no account. */
export interface AddSpeakerRequest {
  name: string;
  organisation?: string;
}

/**
 * Milliseconds until the first hidden online link of these sessions opens (at most an hour, so a timer
 * never overflows), or null when none is waiting: a page refetches then, so the link appears without a reload.
 */
export function msUntilAnOnlineLinkOpens(
  sessions: readonly { startsAt: string; endsAt: string; mode: SessionMode; onlineUrl: string | null; status: SessionStatus }[],
  now: Date = new Date(),
): number | null {
  const waits = sessions
    .filter((s) => s.mode !== 'on_site' && s.onlineUrl === null && s.status !== 'cancelled')
    .map((s) => onlineLinkOpensAt(s.startsAt).getTime() - now.getTime())
    .filter((ms) => ms > 0);
  return waits.length === 0 ? null : Math.min(Math.min(...waits) + 1000, 60 * 60_000);
}
