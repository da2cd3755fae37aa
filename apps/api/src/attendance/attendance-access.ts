import { RECORDING_ROLES } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError, NotFoundError } from '../errors/koers-error';
import { NotExpectedAtSessionError } from './attendance.errors';
import { AttendanceRepository, type SessionForAttendance } from './attendance.repository';

/** Who may do what with a session's attendance; every attendance service method starts here. */
@Injectable()
export class AttendanceAccess {
  constructor(
    private readonly access: AccessService,
    private readonly attendance: AttendanceRepository,
  ) {}

  /** The session, if the caller records attendance in its edition: its trainers and facilitators, and admins. */
  async requireRecorder(auth: AuthContext, sessionId: string): Promise<SessionForAttendance> {
    const session = await this.findSession(sessionId);
    await this.access.requireEditionRole(auth, session.editionId, RECORDING_ROLES);
    return session;
  }

  /** The session, if the caller is expected at it (and so may check in); anyone else is told so plainly. */
  async requireExpected(auth: AuthContext, sessionId: string): Promise<SessionForAttendance> {
    const session = await this.findSession(sessionId);
    if (!(await this.attendance.isExpected(sessionId, auth.personId))) throw new NotExpectedAtSessionError();
    return session;
  }

  /** The session, for someone expected at it or recording it. */
  async requireExpectedOrRecorder(auth: AuthContext, sessionId: string): Promise<SessionForAttendance> {
    const session = await this.findSession(sessionId);
    if (await this.attendance.isExpected(sessionId, auth.personId)) return session;
    try {
      await this.access.requireEditionRole(auth, session.editionId, RECORDING_ROLES);
    } catch (error) {
      throw error instanceof ForbiddenError ? new NotExpectedAtSessionError() : error;
    }
    return session;
  }

  private async findSession(sessionId: string): Promise<SessionForAttendance> {
    const session = await this.attendance.findSession(sessionId);
    if (!session) throw new NotFoundError();
    return session;
  }
}
