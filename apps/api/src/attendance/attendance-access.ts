import type { Permission } from '@koers/shared/permissions';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError, NotFoundError } from '../errors/koers-error';
import { NotExpectedAtSessionError } from './attendance.errors';
import { AttendanceRepository, type SessionForAttendance } from './attendance.repository';

/** The session whose attendance is asked for, once the caller's permission on it is checked; every attendance service method starts here. */
@Injectable()
export class AttendanceAccess {
  constructor(
    private readonly access: AccessService,
    private readonly attendance: AttendanceRepository,
  ) {}

  /** The session, if the caller holds the permission at it (`attendance.read`, `attendance.record`). */
  async requireAtSession(auth: AuthContext, permission: Permission, sessionId: string): Promise<SessionForAttendance> {
    await this.access.requireAtSession(auth, permission, sessionId);
    return this.findSession(sessionId);
  }

  /** The session, if the caller may check in at it; anyone not expected there is told so plainly. */
  async requireExpected(auth: AuthContext, sessionId: string): Promise<SessionForAttendance> {
    try {
      await this.access.requireAtSession(auth, 'attendance.checkIn', sessionId);
    } catch (error) {
      throw asNotExpected(error);
    }
    return this.findSession(sessionId);
  }

  /** The session, for someone who may check in at it or read its attendance. */
  async requireExpectedOrReader(auth: AuthContext, sessionId: string): Promise<SessionForAttendance> {
    const standing = await this.access.standingAtSession(auth, sessionId);
    if (!standing) throw asNotExpected(this.access.unknownId(auth));
    const decisions = (['attendance.checkIn', 'attendance.read'] as const).map((permission) => this.access.decide(auth, permission, standing));
    // Checking in is a write, so an archived edition refuses it; looking at the page stays possible for whoever was expected.
    if (decisions.every((decision) => decision === 'forbidden')) throw new NotExpectedAtSessionError();
    return this.findSession(sessionId);
  }

  private async findSession(sessionId: string): Promise<SessionForAttendance> {
    const session = await this.attendance.findSession(sessionId);
    if (!session) throw new NotFoundError();
    return session;
  }
}

/** Those not expected at a session are told so plainly, and an unknown session answers them the same. */
function asNotExpected(error: unknown): unknown {
  return error instanceof ForbiddenError ? new NotExpectedAtSessionError() : error;
}
