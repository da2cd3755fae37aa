import { createHmac } from 'node:crypto';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver recomputes v1 with the endpoint's secret and
 * refuses a t older than five minutes, so a captured delivery cannot be replayed later.
 */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

/** An endpoint's signing secret, derived from its salt with KOERS_SECRET; shown once, never stored. */
export function webhookSecret(serverSecret: string, secretSalt: string): string {
  return `whsec_${createHmac('sha256', serverSecret).update(`koers-webhook-secret:${secretSalt}`).digest('base64url')}`;
}
