import { type NextSessionAnswer, nextSession } from '@koers/shared/schedule';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { ScheduleRepository } from './schedule.repository';
import { SessionsService } from './sessions.service';

/**
 * Where to be next, as its page shows it, with what to prepare: *Mijn programma* opens with it. It has an address of
 * its own, not the session's, so the page's HTML can name it before the app knows which session that is.
 */
@Injectable()
export class NextSessionService {
  constructor(
    private readonly schedule: ScheduleRepository,
    private readonly sessions: SessionsService,
  ) {}

  async next(auth: AuthContext): Promise<NextSessionAnswer> {
    const next = nextSession(await this.schedule.expectedSessions(auth.personId), new Date());
    return { session: next ? await this.sessions.detail(auth, next.sessionId) : null };
  }
}
