import type { AttendanceStatus, SessionKind, SessionMode, SessionStatus } from './domain';
import type { RsvpResponse } from './rsvp';
import type { SessionDetail } from './sessions';
import type { ChosenWorkshop } from './workshops';

/** Why a person is expected at a session: the `role` of a row in the expected_attendee view. */
export const ATTENDEE_ROLES = ['participant', 'internal_team_member', 'director', 'trainer', 'facilitator', 'speaker', 'delegate'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** Roles that run a session rather than attend it; they see the online link at any time. */
export const RUNNING_ROLES = ['trainer', 'facilitator', 'speaker'] as const satisfies readonly AttendeeRole[];

/** One session in `GET /api/me/schedule`; the list is ordered by `startsAt`. */
export interface ScheduleEntry {
  sessionId: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  theme: string;
  /** ISO 8601 instants; shown in Europe/Amsterdam. */
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location: string | null;
  /** Null for attendees until the link opens (`isOnlineLinkOpen`); those who run the session always see it. */
  onlineUrl: string | null;
  status: SessionStatus;
  myAttendance: AttendanceStatus | null;
  /** Every way the person is expected, e.g. `['trainer']` on a trainer's own sessions. */
  roles: AttendeeRole[];
  /** For a moved session: when it was planned before its latest move. */
  movedFrom: string | null;
  /** The network group this session runs for; null for a session of the whole cohort. */
  networkGroup: string | null;
  /** The workshop the person chose or was placed in at this session. */
  workshop: ChosenWorkshop | null;
  /**
   * The person's answer to a board meeting or internal-team day while it stands (`answerStands`): null when they have
   * not answered, and again once the delegate they sent declined.
   */
  myRsvp: RsvpResponse | null;
}

/** The person said they will not come: they declined, or sent a delegate in their place. */
export const sendsRegrets = <T extends Pick<ScheduleEntry, 'myRsvp'>>(entry: T): entry is T & { myRsvp: 'declined' | 'delegate' } =>
  entry.myRsvp === 'declined' || entry.myRsvp === 'delegate';

/**
 * The first session that has not ended, is not cancelled and the person did not send regrets for: where to be next.
 * One rule for the API (the home page, `GET /api/me/next-session`) and the web app (*Mijn programma*), over sessions
 * ordered by start.
 */
export function nextSession<T extends Pick<ScheduleEntry, 'status' | 'myRsvp'> & { endsAt: string | Date }>(entries: readonly T[], now: Date): T | undefined {
  return entries.find((entry) => entry.status !== 'cancelled' && !sendsRegrets(entry) && new Date(entry.endsAt) > now);
}

/** `GET /api/me/next-session`: the next session (`nextSession` of one's schedule) as its page shows it, with what to prepare. */
export interface NextSessionAnswer {
  /** Null when no session lies ahead. */
  session: SessionDetail | null;
}

/** `GET /api/me/calendar` and `POST /api/me/calendar/reset`. */
export interface CalendarLinks {
  /** The secret feed address; the same until the person resets it, which switches the old one off. */
  feedUrl: string;
  /** The same feed as `webcal://`, which calendar apps open as a subscription. */
  webcalUrl: string;
}
