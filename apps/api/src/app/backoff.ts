/** How a queue (mail, webhooks) spaces its retries: exponential from the first delay, optionally capped, then it gives up. */
export interface BackoffSchedule {
  firstDelaySeconds: number;
  factor: number;
  /** No wait grows beyond this. */
  maxDelaySeconds?: number;
  /** After this many failed attempts there is no next try. */
  maxAttempts: number;
}

/** Seconds until the next try after `attempts` failed ones; null when the item has had its last chance. */
export function nextRetryDelaySeconds(schedule: BackoffSchedule, attempts: number): number | null {
  if (attempts >= schedule.maxAttempts) return null;
  const delay = schedule.firstDelaySeconds * schedule.factor ** (attempts - 1);
  return Math.min(delay, schedule.maxDelaySeconds ?? delay);
}
