/** After this many failed attempts a delivery is `failed` and waits for an admin. */
export const MAX_DELIVERY_ATTEMPTS = 6;

const FIRST_RETRY_SECONDS = 60;

/**
 * Seconds until the next try after `attempts` failed ones (1, 4, 16, 64, 256 minutes), so a mail server that is
 * down for a few hours loses nothing; null when the delivery has had its last chance.
 */
export function retryDelaySeconds(attempts: number): number | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return FIRST_RETRY_SECONDS * 4 ** (attempts - 1);
}
