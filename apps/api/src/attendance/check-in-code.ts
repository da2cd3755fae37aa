import { createHmac, timingSafeEqual } from 'node:crypto';
import { CHECK_IN_CODE_LENGTH, CHECK_IN_CODE_STEP_SECONDS, CHECK_IN_OPENS_MINUTES_BEFORE } from '@koers/shared/attendance';

const STEP_MS = CHECK_IN_CODE_STEP_SECONDS * 1000;
/** How far back a code is still recognised, to tell "expired" apart from "wrong": ten minutes of codes. */
const RECOGNISED_STEPS = (10 * 60) / CHECK_IN_CODE_STEP_SECONDS;

/** The 30-second step an instant falls in. */
export const codeStep = (at: Date): number => Math.floor(at.getTime() / STEP_MS);

/** When the code of a step gives way to the next one. */
export const stepEndsAt = (step: number): Date => new Date((step + 1) * STEP_MS);

/**
 * The check-in code of a session in one time step, derived rather than stored (so every replica with the same
 * secret shows and accepts the same code): an HMAC over (session, step), truncated to digits as TOTP does.
 */
export function checkInCode(secret: string, sessionId: string, step: number): string {
  const mac = createHmac('sha256', secret).update(`koers-check-in:${sessionId}:${step}`).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** CHECK_IN_CODE_LENGTH).padStart(CHECK_IN_CODE_LENGTH, '0');
}

export type CodeVerdict = 'valid' | 'expired' | 'invalid';

/** The current and the previous step's code are valid (a slow typist, a clock a little off); older ones have expired. */
export function judgeCheckInCode(secret: string, sessionId: string, code: string, now: Date): CodeVerdict {
  const current = codeStep(now);
  const given = Buffer.from(code);
  const matches = (step: number) => {
    const expected = Buffer.from(checkInCode(secret, sessionId, step));
    return expected.length === given.length && timingSafeEqual(expected, given);
  };
  if (matches(current) || matches(current - 1)) return 'valid';
  for (let step = current - 2; step > current - RECOGNISED_STEPS; step--) {
    if (matches(step)) return 'expired';
  }
  return 'invalid';
}

export interface CheckInWindow {
  opensAt: Date;
  closesAt: Date;
}

/** People can check in from 30 minutes before the start until the end. */
export function checkInWindow(session: { startsAt: Date; endsAt: Date }): CheckInWindow {
  return { opensAt: new Date(session.startsAt.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000), closesAt: session.endsAt };
}
