import type { ScheduleEntry } from '@koers/shared/schedule';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { toInstantOrNull, visibleOnlineUrl } from './online-link.rules';
import { ScheduleRepository } from './schedule.repository';

@Injectable()
export class ScheduleService {
  constructor(private readonly schedule: ScheduleRepository) {}

  /** Everyone sees exactly the sessions they are expected at, so there is nothing else to check. */
  async mySchedule(auth: AuthContext): Promise<ScheduleEntry[]> {
    const sessions = await this.schedule.expectedSessions(auth.personId);
    const now = new Date();
    return sessions.map((s) => ({
      sessionId: s.sessionId,
      editionId: s.editionId,
      editionName: s.editionName,
      kind: s.kind,
      title: s.title,
      theme: s.theme,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      mode: s.mode,
      location: s.location,
      onlineUrl: visibleOnlineUrl(s, { roles: s.roles }, now),
      status: s.status,
      myAttendance: s.myAttendance,
      roles: s.roles,
      movedFrom: toInstantOrNull(s.movedFrom),
      networkGroup: s.networkGroup,
      workshop: s.workshop ?? null,
      myRsvp: s.myRsvp,
    }));
  }
}
