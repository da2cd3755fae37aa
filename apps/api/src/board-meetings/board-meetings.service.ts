import type { BoardMeetingMinutes, MyBoardMeeting } from '@koers/shared/board-meetings';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import type { Permission } from '@koers/shared/permissions';
import { visibleOnlineUrl } from '../sessions/online-link.rules';
import { MinutesBeforeMeetingError, NotABoardMeetingError } from './board-meetings.errors';
import { BoardMeetingsRepository } from './board-meetings.repository';

@Injectable()
export class BoardMeetingsService {
  constructor(
    private readonly boardMeetings: BoardMeetingsRepository,
    private readonly access: AccessService,
  ) {}

  /** Someone who is neither director nor delegate anywhere simply has no board meetings. The online link follows the session page's rule. */
  async mine(auth: AuthContext): Promise<MyBoardMeeting[]> {
    const meetings = await this.boardMeetings.forDirectorOrDelegate(auth.personId);
    return meetings.map((meeting) => ({ ...meeting, onlineUrl: visibleOnlineUrl(meeting, { roles: [meeting.attendingAs] }) }));
  }

  async minutes(auth: AuthContext, sessionId: string): Promise<{ minutes: BoardMeetingMinutes | null }> {
    await this.requireAtBoardMeeting(auth, 'minutes.read', sessionId);
    return { minutes: await this.boardMeetings.findMinutes(sessionId) };
  }

  /** Whoever holds `minutes.manage` (the edition's trainers and the programme office) publishes the minutes once the meeting has started. */
  async publishMinutes(auth: AuthContext, sessionId: string, text: string): Promise<BoardMeetingMinutes> {
    const session = await this.requireAtBoardMeeting(auth, 'minutes.manage', sessionId);
    if (session.startsAt.getTime() > Date.now()) throw new MinutesBeforeMeetingError();
    return this.boardMeetings.publishMinutes(sessionId, text, auth.personId);
  }

  async withdrawMinutes(auth: AuthContext, sessionId: string): Promise<void> {
    await this.requireAtBoardMeeting(auth, 'minutes.manage', sessionId);
    await this.boardMeetings.withdrawMinutes(sessionId);
  }

  private async requireAtBoardMeeting(auth: AuthContext, permission: Permission, sessionId: string) {
    const session = await this.boardMeetings.findSession(sessionId);
    if (!session) throw this.access.unknownId(auth);
    await this.access.requireInEdition(auth, permission, session.editionId);
    if (session.kind !== 'board_meeting') throw new NotABoardMeetingError();
    return session;
  }
}
