import type { SessionMode, SessionStatus } from './domain';
import type { Rsvp } from './rsvp';

export interface BoardMeetingMinutes {
  /** Plain text (Markdown allowed), as the trainer or programme office wrote it. */
  text: string;
  publishedAt: string;
}

/** `GET /api/me/board-meetings`: the board meetings of the editions where the person is director, oldest first. */
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
  rsvp: Rsvp | null;
  /** Whether the director or their delegate was marked present or late; null while nothing is recorded. */
  attended: boolean | null;
  /** Published by a trainer or the programme office after the meeting; null until then. */
  minutes: BoardMeetingMinutes | null;
}

/** `PUT /api/sessions/:id/minutes`. */
export interface PublishMinutesRequest {
  text: string;
}

export const MAX_MINUTES_LENGTH = 50_000;
