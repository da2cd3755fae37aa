import { CHECK_IN_OPENS_MINUTES_BEFORE, CHECK_IN_PATH, type CheckInCodeResponse, type CheckInResponse, type CheckInSession } from '@koers/shared/attendance';
import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import type { AuthContext } from '../auth/auth-context';
import { AttendanceAccess } from './attendance-access';
import {
  CheckInClosedError,
  CheckInCodeExpiredError,
  CheckInCodeInvalidError,
  CheckInCodeUnknownError,
  CheckInNotOpenError,
  NoSessionToCheckInError,
  SessionCancelledError,
} from './attendance.errors';
import { AttendanceRepository, type SessionForAttendance } from './attendance.repository';
import { checkInCode, checkInWindow, codeStep, judgeCheckInCode, stepEndsAt } from './check-in-code';

/**
 * Self check-in: during the window the trainer's screen shows a code that changes every 30 seconds (and its QR code);
 * someone expected at the session who sends the current code is marked present. Codes are derived, not stored.
 */
@Injectable()
export class CheckInService {
  private readonly secret: string;

  constructor(
    private readonly access: AttendanceAccess,
    private readonly attendance: AttendanceRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {
    this.secret = serverSecret(config);
  }

  /** The code to show now, for the session's trainers and facilitators. */
  async currentCode(auth: AuthContext, sessionId: string, now = new Date()): Promise<CheckInCodeResponse> {
    const session = await this.access.requireAtSession(auth, 'attendance.read', sessionId);
    const { closesAt } = requireOpenWindow(session, now);
    const step = codeStep(now);
    const code = checkInCode(this.secret, sessionId, step);
    const url = `${this.config.publicUrl}${CHECK_IN_PATH}/${sessionId}?${new URLSearchParams({ code })}`;
    return {
      sessionId,
      sessionTitle: session.title,
      code,
      url,
      qrSvg: await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
      rotatesAt: stepEndsAt(step).toISOString(),
      closesAt: closesAt.toISOString(),
    };
  }

  /** What the check-in page shows before a code is sent: the session, its window and the caller's own mark. */
  async describe(auth: AuthContext, sessionId: string): Promise<CheckInSession> {
    const session = await this.access.requireExpectedOrReader(auth, sessionId);
    const { opensAt } = checkInWindow(session);
    return {
      sessionId,
      editionId: session.editionId,
      editionName: session.editionName,
      title: session.title,
      kind: session.kind,
      status: session.status,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      opensAt: opensAt.toISOString(),
      mark: await this.attendance.findMark(sessionId, auth.personId),
    };
  }

  /**
   * Marks the caller present when they are expected, the window is open and the code is the current or previous
   * one. Every other case is refused with a reason; a mark that already stands is answered, not overwritten.
   */
  async checkIn(auth: AuthContext, sessionId: string, code: string, now = new Date()): Promise<CheckInResponse> {
    const session = await this.access.requireExpected(auth, sessionId);
    requireOpenWindow(session, now);
    const verdict = judgeCheckInCode(this.secret, sessionId, code, now);
    if (verdict === 'expired') throw new CheckInCodeExpiredError();
    if (verdict === 'invalid') throw new CheckInCodeInvalidError();
    return this.markPresent(auth, session, now);
  }

  /**
   * A typed code without a session: the code itself says which of the caller's open sessions it belongs to
   * (a person has at most a few sessions open at once, so trying each is cheap).
   */
  async checkInByCode(auth: AuthContext, code: string, now = new Date()): Promise<CheckInResponse> {
    const open = await this.attendance.openForCheckIn(auth.personId, now, CHECK_IN_OPENS_MINUTES_BEFORE);
    if (open.length === 0) throw new NoSessionToCheckInError();
    const verdicts = open.map((session) => ({ session, verdict: judgeCheckInCode(this.secret, session.id, code, now) }));
    const match = verdicts.find(({ verdict }) => verdict === 'valid');
    // The code found the session; whether the caller may check in there now is the permission table's to say.
    if (match) return this.markPresent(auth, await this.access.requireExpected(auth, match.session.id), now);
    if (verdicts.some(({ verdict }) => verdict === 'expired')) throw new CheckInCodeExpiredError();
    throw new CheckInCodeUnknownError();
  }

  /**
   * Marks the caller present, as the session stands once a move or cancellation being saved is done. When its window
   * no longer holds, the caller hears why from the session as it now stands.
   */
  private async markPresent(auth: AuthContext, session: SessionForAttendance, now: Date): Promise<CheckInResponse> {
    const result = await this.attendance.checkIn(session.id, auth.personId, now, CHECK_IN_OPENS_MINUTES_BEFORE);
    if (result && 'closed' in result) {
      if (!result.closed) throw new CheckInClosedError();
      const current = { ...session, ...result.closed };
      requireOpenWindow(current, now);
      // At the window's very edge the database (microseconds) and this check (milliseconds) may differ: it is over.
      throw now < current.startsAt ? new CheckInNotOpenError() : new CheckInClosedError();
    }
    // A check-in racing another one for the same person can find neither its own insert nor the other's yet.
    const { mark, created } = result ?? { mark: (await this.attendance.findMark(session.id, auth.personId))!, created: false };
    return { sessionId: session.id, sessionTitle: session.title, checkedIn: created, mark };
  }
}

function requireOpenWindow(session: SessionForAttendance, now: Date) {
  if (session.status === 'cancelled') throw new SessionCancelledError();
  const window = checkInWindow(session);
  if (now < window.opensAt) throw new CheckInNotOpenError();
  if (now >= window.closesAt) throw new CheckInClosedError();
  return window;
}
