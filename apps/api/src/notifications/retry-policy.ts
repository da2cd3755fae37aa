import { type BackoffSchedule, nextRetryDelaySeconds } from '../app/backoff';

/** After this many failed attempts a delivery is `failed` and waits for an admin. */
export const MAX_DELIVERY_ATTEMPTS = 6;

/** 1, 4, 16, 64, 256 minutes: a mail server that is down for a few hours loses nothing. */
const MAIL_BACKOFF: BackoffSchedule = { firstDelaySeconds: 60, factor: 4, maxAttempts: MAX_DELIVERY_ATTEMPTS };

/** Seconds until the next try after `attempts` failed ones; null when the delivery has had its last chance. */
export const retryDelaySeconds = (attempts: number): number | null => nextRetryDelaySeconds(MAIL_BACKOFF, attempts);
