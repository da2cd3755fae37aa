import type { NotificationKind } from '@koers/shared/notifications';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Localized } from '../errors/localized';

/** What each kind of mail carries in its queued row: references only; the worker reads the current data when it sends. */
export interface NotificationPayloads {
  /** `linkRef` names the password link; the link itself is derived with the server secret when the mail is written. */
  invitation: { linkRef: string; reason: Localized; validDays: number; invitationId?: string };
  /**
   * A pending invitation for someone who already has an account; they accept it after logging in. `invitationId`
   * (here and above) lets the mail say, as it is now, who invites them and to which board meeting, when and where.
   */
  invitation_received: { reason: Localized; invitationId?: string };
  password_reset: { linkRef: string; validMinutes: number };
  password_changed: Record<string, never>;
  schedule_published: { editionId: string };
  session_changed: { sessionId: string; sequence: number; previousStartsAt: string | null; previousEndsAt: string | null; reason: string };
  session_reminder: { sessionId: string; startsAt: string };
  assignment_due: { assignmentId: string; dueAt: string };
  feedback_given: { feedbackId: string };
  rsvp_reminder: { sessionId: string };
  /** Queued twice, once to each address (`to`): the old one cannot be read from the person any more. */
  email_changed: { oldEmail: string; newEmail: string; to: 'old' | 'new' };
  discussion_mention: { postId: string };
  /** `day`: the calendar day (Amsterdam) whose new posts the digest reports. */
  discussion_digest: { day: string };
  /** To every administrator: the endpoint as it was when Koers switched it off. */
  webhook_disabled: { endpointId: string; url: string; description: string };
  /** A comment on one of the recipient's challenge log entries (peer feedback). */
  challenge_comment: { commentId: string };
}

/** Payload fields that must not outlive the delivery of their mail. */
export const SECRET_PAYLOAD_FIELDS = ['linkRef'];

/** Kinds whose mail carries a password link: their outbox copy is kept out of the admin's mail page. */
export const PASSWORD_LINK_KINDS: readonly NotificationKind[] = ['invitation', 'password_reset'];

export type NewDelivery = {
  [K in NotificationKind]: { personId: string; kind: K; eventKey: string; payload: NotificationPayloads[K] };
}[NotificationKind];

/** Every statement that queues mail ends in ON CONFLICT DO NOTHING on (person, event, kind): queuing an event twice is a no-op. */
export const INSERT_DELIVERY = `INSERT INTO notification_delivery (person_id, event_key, kind, payload)`;
export const ON_CONFLICT = `ON CONFLICT (person_id, event_key, kind) DO NOTHING`;

/**
 * The mail queue (the `notification_delivery` table, sent by the notification worker) as shared infrastructure: any
 * module queues its mails here, in the transaction of the change they report, so they go out if and only if it commits.
 */
@Injectable()
export class MailQueueRepository {
  /** Queues these deliveries; (person, eventKey, kind) that are already queued or sent are skipped. */
  async enqueue(manager: EntityManager, deliveries: readonly NewDelivery[]): Promise<number> {
    if (deliveries.length === 0) return 0;
    const rows = await manager.query(
      `${INSERT_DELIVERY}
       SELECT d.person_id, d.event_key, d.kind, d.payload
         FROM jsonb_to_recordset($1::jsonb) AS d(person_id uuid, event_key text, kind text, payload jsonb)
       ${ON_CONFLICT}
       RETURNING id`,
      [JSON.stringify(deliveries.map((d) => ({ person_id: d.personId, event_key: d.eventKey, kind: d.kind, payload: d.payload })))],
    );
    return rows.length;
  }
}
