import type { SessionMode, SessionStatus } from './domain';
import type { Rsvp } from './rsvp';

/** The director's page of their board meetings, where they answer each: the mails that ask for an answer lead here. */
export const BOARD_MEETINGS_PATH = '/bestuurlijke-bijeenkomsten';

/** The id of one meeting's heading on that page. */
export const boardMeetingAnchor = (sessionId: string) => `meeting-${sessionId}`;

/** One meeting on that page. */
export const boardMeetingPath = (sessionId: string) => `${BOARD_MEETINGS_PATH}#${boardMeetingAnchor(sessionId)}`;

export interface BoardMeetingMinutes {
  /** Plain text (Markdown allowed), as the trainer or programme office wrote it. */
  text: string;
  publishedAt: string;
}

/**
 * `GET /api/me/board-meetings`: the board meetings of the editions where the person is director, and those they go to
 * as a director's delegate (once they accepted), oldest first.
 */
export interface MyBoardMeeting {
  sessionId: string;
  editionId: string;
  editionName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
  agenda: string;
  /** As its director (who answers, and whose commitment it counts in), or only as another director's delegate. */
  attendingAs: 'director' | 'delegate';
  /** The director's own answer; always null for a delegate, whose director answers. */
  rsvp: Rsvp | null;
  /** The director whose delegate the person is at this meeting (a director too can stand in for a colleague); null when none. */
  delegateFor: string | null;
  /** Whether the director or their delegate was marked present or late (a delegate: they themselves); null while nothing is recorded. */
  attended: boolean | null;
  /** Published by a trainer or the programme office after the meeting; null until then. */
  minutes: BoardMeetingMinutes | null;
}

/** `PUT /api/sessions/:id/minutes`. */
export interface PublishMinutesRequest {
  text: string;
}

export const MAX_MINUTES_LENGTH = 50_000;
