/** What a webhook endpoint can subscribe to; the `event` field of every delivery. */
export const WEBHOOK_EVENTS = [
  'enrolment.created',
  'enrolment.withdrawn',
  'enrolment.promoted',
  'session.attendance_closed',
  'completion.reached',
  'certificate.issued',
  'certificate.revoked',
  'person.erased',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Koers-Signature';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** `POST /api/webhooks` */
export interface CreateWebhookEndpointRequest {
  url: string;
  description: string;
  events: WebhookEvent[];
}

/** `PATCH /api/webhooks/:id`: `enabled: true` switches an endpoint that was switched off back on. */
export interface UpdateWebhookEndpointRequest {
  url?: string;
  description?: string;
  events?: WebhookEvent[];
  enabled?: boolean;
}

export interface WebhookEndpointSummary {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  enabled: boolean;
  /** Set when Koers switched the endpoint off after a day of failures (or it was switched off by hand). */
  disabledAt: string | null;
  /** The first failure since the last delivery that succeeded; null while it answers. */
  failingSince: string | null;
  createdAt: string;
}

/** `POST /api/webhooks` and `POST /api/webhooks/:id/secret` answer the signing secret: only here, never again. */
export interface WebhookEndpointWithSecret {
  endpoint: WebhookEndpointSummary;
  secret: string;
}

/** One event to one endpoint, with the answer of its last attempt. */
export interface WebhookDeliverySummary {
  id: string;
  event: WebhookEvent;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** HTTP status of the last answer; null when no answer came (timeout, refused connection, refused target). */
  responseStatus: number | null;
  /** The start of the last answer's body, or why no answer came. */
  responseSnippet: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** The web app's page for the programme office (paths.adminWebhooks). */
export const WEBHOOKS_PATH = '/beheer/webhooks';
