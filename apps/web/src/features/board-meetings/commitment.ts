import type { MyBoardMeeting } from '@koers/shared/board-meetings';
import { answerStands } from '@koers/shared/rsvp';

/** Where a director stands on the programme's ask: be at every board meeting of the edition, in person or by a delegate. */
export interface BoardMeetingCommitment {
  editionId: string;
  editionName: string;
  /** Board meetings that go ahead (cancelled ones do not count). */
  total: number;
  /** Held meetings the director or their delegate was marked at. */
  attended: number;
  /** Meetings still to come that the director said yes to, or sends a delegate to (who did not decline). */
  committed: number;
  declined: number;
  /** Not answered yet, or the delegate named declined. */
  unanswered: number;
  /** Of `committed`, the meetings whose delegate has not accepted yet: nobody is sure to come until they do. */
  awaitingDelegate: number;
}

/**
 * One line per edition where the person is director, in the order of the meetings (a delegate's meetings are another
 * director's commitment). A meeting counts as held from its end.
 */
export function commitmentsByEdition(meetings: readonly MyBoardMeeting[], now: Date = new Date()): BoardMeetingCommitment[] {
  const byEdition = new Map<string, BoardMeetingCommitment>();
  for (const meeting of meetings) {
    if (meeting.status === 'cancelled' || meeting.attendingAs !== 'director') continue;
    const line = byEdition.get(meeting.editionId) ?? {
      editionId: meeting.editionId,
      editionName: meeting.editionName,
      total: 0,
      attended: 0,
      committed: 0,
      declined: 0,
      unanswered: 0,
      awaitingDelegate: 0,
    };
    line.total += 1;
    if (new Date(meeting.endsAt) <= now) {
      if (meeting.attended) line.attended += 1;
    } else if (!meeting.rsvp || !answerStands(meeting.rsvp)) {
      line.unanswered += 1;
    } else if (meeting.rsvp.response === 'declined') {
      line.declined += 1;
    } else {
      line.committed += 1;
      if (meeting.rsvp.response === 'delegate' && meeting.rsvp.delegateStatus === 'pending') line.awaitingDelegate += 1;
    }
    byEdition.set(meeting.editionId, line);
  }
  return [...byEdition.values()];
}

/** Whether answers can still change: until the meeting starts, and not for a cancelled one. */
export function isAnswerOpen(meeting: Pick<MyBoardMeeting, 'startsAt' | 'status'>, now: Date = new Date()): boolean {
  return meeting.status !== 'cancelled' && new Date(meeting.startsAt) > now;
}
