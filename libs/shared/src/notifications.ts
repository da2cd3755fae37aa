import type { Locale } from './domain';

/** Which mail a delivery is. */
export const NOTIFICATION_KINDS = [
  'invitation',
  'invitation_received',
  'password_reset',
  'password_changed',
  'schedule_published',
  'session_changed',
  'calendar_updated',
  'session_reminder',
  'assignment_due',
  'deadline_changed',
  'feedback_given',
  'rsvp_reminder',
  'email_changed',
  'discussion_mention',
  'discussion_digest',
  'webhook_disabled',
  'challenge_comment',
  'application_confirm',
  'application_duplicate',
  'director_commitment_request',
  'application_accepted',
  'application_waitlisted',
  'application_declined',
  'application_withdrawn',
  'measurement_reminder',
  'workshop_placed',
  'workshop_removed',
  'delegate_declined',
  'sponsorship_ended',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Mails about an application, to people who need no account: the applicant, or (`DIRECTOR_MAIL_KINDS`) the director
 * they named. Queued for the application instead of a person.
 */
export const APPLICATION_MAIL_KINDS = [
  'application_confirm',
  'application_duplicate',
  'director_commitment_request',
  'application_accepted',
  'application_waitlisted',
  'application_declined',
  'application_withdrawn',
] as const satisfies readonly NotificationKind[];
export type ApplicationMailKind = (typeof APPLICATION_MAIL_KINDS)[number];
export const DIRECTOR_MAIL_KINDS: readonly ApplicationMailKind[] = ['director_commitment_request'];

/**
 * The kinds a person can switch off (one setting: reminders and news from the discussions and peer feedback);
 * invitations, password mails and changes to their sessions always come.
 */
export const REMINDER_KINDS: readonly NotificationKind[] = [
  'session_reminder',
  'assignment_due',
  'rsvp_reminder',
  'discussion_mention',
  'discussion_digest',
  'challenge_comment',
  'measurement_reminder',
];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How Koers delivers mail: through SMTP (SMTP_URL set) or as `.eml` files in the outbox. */
export type MailMode = 'smtp' | 'outbox';

/** One row of the admin's deliveries list: one mail to one person about one thing. */
export interface DeliverySummary {
  id: string;
  kind: NotificationKind;
  eventKey: string;
  status: DeliveryStatus;
  /** `id`: the person's, or for a mail about an application (APPLICATION_MAIL_KINDS) the application's. */
  recipient: { id: string; name: string; email: string };
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  /** The `.eml` file of a sent mail in outbox mode, for `GET /api/notifications/outbox/:fileName`. */
  outboxFile: string | null;
}

/** `GET /api/notifications/deliveries?status=&kind=&page=&pageSize=` */
export interface DeliveriesQuery {
  status?: DeliveryStatus;
  kind?: NotificationKind;
  page?: number;
  pageSize?: number;
}

/** `GET /api/notifications/deliveries` answers a page of deliveries plus how mail leaves Koers. */
export interface DeliveriesPage {
  items: DeliverySummary[];
  total: number;
  page: number;
  pageSize: number;
  mailMode: MailMode;
  /** Deliveries per status over all kinds, for the page's summary line. */
  counts: Record<DeliveryStatus, number>;
}

/** One `.eml` file in the outbox (outbox mode only). */
export interface OutboxFileSummary {
  name: string;
  sizeBytes: number;
  writtenAt: string;
}

/** `GET /api/me/preferences` and `PUT /api/me/preferences`. */
export interface NotificationPreferences {
  /** Reminders before sessions, deadlines and board-meeting RSVPs. */
  remindersEnabled: boolean;
  /** The language of the mails Koers sends this person. */
  locale: Locale;
}

/** The page where a person switches reminders off; every reminder links to it. */
export const MY_SETTINGS_PATH = '/mijn-instellingen';

/**
 * The link in every reminder's `List-Unsubscribe` header (RFC 2369): a page whose button, or a mail program's
 * one-click request (RFC 8058), switches the person's reminders off without logging in.
 */
export const REMINDERS_OFF_PATH = '/herinneringen-uit';
