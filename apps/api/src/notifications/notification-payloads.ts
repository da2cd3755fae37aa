import type { Locale } from '@koers/shared/domain';
import type { NotificationKind } from '@koers/shared/notifications';
import type { Localized } from '../errors/localized';

/** What each kind of delivery carries in `payload`: references only; the worker reads the current data when it sends. */
export interface NotificationPayloads {
  /** `linkRef` names the password link; the link itself is derived with the server secret when the mail is written. */
  invitation: { linkRef: string; reason: Localized; validDays: number };
  /** A pending invitation for someone who already has an account; they accept it after logging in. */
  invitation_received: { reason: Localized };
  password_reset: { linkRef: string; validMinutes: number };
  password_changed: Record<string, never>;
  schedule_published: { editionId: string };
  session_changed: { sessionId: string; sequence: number; previousStartsAt: string | null; previousEndsAt: string | null; reason: string };
  session_reminder: { sessionId: string; startsAt: string };
  assignment_due: { assignmentId: string; dueAt: string };
  feedback_given: { feedbackId: string };
  rsvp_reminder: { sessionId: string };
}

/** Payload fields that must not outlive the delivery of their mail. */
export const SECRET_PAYLOAD_FIELDS = ['linkRef'];

/** Kinds whose mail carries a password link: their outbox copy is kept out of the admin's mail page. */
export const PASSWORD_LINK_KINDS: readonly NotificationKind[] = ['invitation', 'password_reset'];

export type NewDelivery = {
  [K in NotificationKind]: { personId: string; kind: K; eventKey: string; payload: NotificationPayloads[K] };
}[NotificationKind];

/** A delivery claimed by a worker, with its recipient. */
export type ClaimedDelivery = NewDelivery & {
  id: string;
  attempts: number;
  recipient: { id: string; name: string; email: string; locale: Locale; remindersEnabled: boolean; erased: boolean };
};
