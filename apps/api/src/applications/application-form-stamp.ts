import { createHmac, timingSafeEqual } from 'node:crypto';

/** People need longer than this to fill in the form; a robot posting right after loading the page does not. */
export const MIN_FILL_SECONDS = 5;
/** A form older than this is refused with a request to reload the page, so one stamp cannot serve a robot forever. */
export const MAX_FORM_AGE_HOURS = 24;

const signature = (secret: string, issuedAtMs: number) => createHmac('sha256', secret).update(`koers-application-form:${issuedAtMs}`).digest('base64url');

/** `formIssuedAt`: the moment the programme page was served, signed with the server secret, as `<ms>.<signature>`. */
export const issueFormStamp = (secret: string, now = Date.now()) => `${now}.${signature(secret, now)}`;

export type FormStampCheck = 'ok' | 'forged' | 'too_fast' | 'stale';

/** Whether a stamp came from this server, at least MIN_FILL_SECONDS and at most MAX_FORM_AGE_HOURS ago. */
export function checkFormStamp(secret: string, stamp: string, now = Date.now()): FormStampCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match) return 'forged';
  const issuedAtMs = Number(match[1]);
  const expected = Buffer.from(signature(secret, issuedAtMs));
  if (!timingSafeEqual(expected, Buffer.from(match[2]))) return 'forged';
  const ageMs = now - issuedAtMs;
  if (ageMs < MIN_FILL_SECONDS * 1000) return 'too_fast';
  return ageMs > MAX_FORM_AGE_HOURS * 3_600_000 ? 'stale' : 'ok';
}
