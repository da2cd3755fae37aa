import type { ApplicationMailKind, NotificationKind } from '@koers/shared/notifications';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Localized } from '../errors/localized';

/** Why someone's sessions in an edition changed, for the first line of their mail (`calendar_updated`). */
export type CalendarChangeReason =
  | 'session_added'
  | 'network_group'
  | 'waitlist_promoted'
  | 'sponsored_promoted'
  | 'withdrawn'
  | 'team_removed'
  | 'team_ended'
  | 'delegate_accepted'
  | 'delegate_released'
  | 'director_withdrawn'
  | 'staff_changed';

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
  /**
   * The session as the person last heard of it (`previousLocation`, `previousOnlineUrl` and `previousCancelled`
   * absent in mails queued before they were kept), and the reason of the latest change.
   */
  session_changed: {
    sessionId: string;
    sequence: number;
    previousStartsAt: string | null;
    previousEndsAt: string | null;
    previousLocation?: string | null;
    previousOnlineUrl?: string | null;
    previousCancelled?: boolean;
    reason: string;
  };
  /**
   * The sessions the person is expected at in one edition changed without a session changing (`why`: what happened to
   * them; absent in mails queued before it was kept) (another network group,
   * withdrawn, off the waiting list): the upcoming ones `added` and `removed`, as invitations and cancellations, stamped
   * `at`. A removed session the change deleted (a network group's, with its group) is kept here as it was, in `gone`
   * (notifications/stored-calendar-session.ts: the mail queue knows no sessions).
   */
  calendar_updated: { editionId: string; added: string[]; removed: string[]; gone: Record<string, unknown>[]; at: string; why?: CalendarChangeReason };
  session_reminder: { sessionId: string; startsAt: string };
  assignment_due: { assignmentId: string; dueAt: string };
  /**
   * The person's own deadline of the assignment (an extension counts) changed: `previousDueAt` is the one they last
   * heard of, the new one is read when the mail is written.
   */
  deadline_changed: { assignmentId: string; previousDueAt: string };
  feedback_given: { feedbackId: string };
  rsvp_reminder: { sessionId: string };
  /**
   * Queued once to each address (`to`): the old one cannot be read from the person any more. `passwordKept` false: the
   * account has no password yet (absent, as in mails queued before it was asked: it has).
   */
  email_changed: { oldEmail: string; newEmail: string; to: 'old' | 'new'; passwordKept?: boolean };
  /** `writerId`: the post's author (see fromWriterNotHeardWithinTheHour). */
  discussion_mention: { postId: string; writerId: string };
  /** `day`: the calendar day (Amsterdam) whose new posts the digest reports. */
  discussion_digest: { day: string };
  /** To every administrator: the endpoint as it was when Koers switched it off. */
  webhook_disabled: { endpointId: string; url: string; description: string };
  /** A comment on one of the recipient's challenge log entries (peer feedback). */
  challenge_comment: { commentId: string; writerId: string };
  /** To the applicant: the link that confirms their address and application (`linkRef` as for password links). */
  application_confirm: { linkRef: string };
  /** To the applicant who applied again for the same edition: they did already (at most one a day). */
  application_duplicate: Record<string, never>;
  /** To the director named in a confirmed application: the board meetings and the link to commit or decline. */
  director_commitment_request: { linkRef: string };
  /** To the applicant: accepted by the programme office, or (`fromWaitlist`) moved up from the waiting list to a place that came free. */
  application_accepted: { fromWaitlist: boolean };
  /** To the applicant: on the waiting list (the place is read when the mail is written). */
  application_waitlisted: Record<string, never>;
  /** To the applicant: declined, with the programme office's message (read from the application), or an acceptance withdrawn. */
  application_declined: { acceptanceWithdrawn: boolean };
  /** To the applicant: their own withdrawal, confirmed. */
  application_withdrawn: Record<string, never>;
  /** A measurement round (innovation scan, collaboration thermometer) the recipient has not finished. */
  measurement_reminder: { roundId: string };
  /**
   * A place came free, at `at`, in the workshop `workshopId` of the session the recipient waited for: they are placed
   * there now, and left the place they held in another (`leftWorkshopId`, called `leftWorkshopTitle` then). Later moves
   * at the session fold into it while it waits. (Mails queued before these were kept have none of them.)
   */
  workshop_placed: { sessionId: string; at: string; workshopId?: string; leftWorkshopId?: string | null; leftWorkshopTitle?: string | null; byOffice?: boolean };
  /** The programme office took the workshop the recipient was placed in or waited for (`workshopTitle`) off the session at `at`. */
  workshop_removed: { sessionId: string; workshopTitle: string; at: string };
  /** To a director: the delegate they named for a board meeting declined their invitation. */
  delegate_declined: { invitationId: string };
  /** To a director: the participant they sponsored was withdrawn, or given another director. */
  sponsorship_ended: { editionId: string; participantPersonId: string; reason: 'withdrawn' | 'other_director' };
}

/** Payload fields that must not outlive the delivery of their mail. */
export const SECRET_PAYLOAD_FIELDS = ['linkRef'];

/** Kinds whose mail carries a password link: their outbox copy is kept out of the admin's mail page. */
export const PASSWORD_LINK_KINDS: readonly NotificationKind[] = ['invitation', 'password_reset'];

export type NewDelivery = {
  [K in Exclude<NotificationKind, ApplicationMailKind>]: { personId: string; kind: K; eventKey: string; payload: NotificationPayloads[K] };
}[Exclude<NotificationKind, ApplicationMailKind>];

/** A mail about an application, to its applicant or director (neither has an account). */
export type NewApplicationDelivery = {
  [K in ApplicationMailKind]: { applicationId: string; kind: K; eventKey: string; payload: NotificationPayloads[K] };
}[ApplicationMailKind];

/** Every statement that queues mail ends in ON CONFLICT DO NOTHING on (person, event, kind): queuing an event twice is a no-op. */
export const INSERT_DELIVERY = `INSERT INTO notification_delivery (person_id, event_key, kind, payload)`;
export const ON_CONFLICT = `ON CONFLICT (person_id, event_key, kind) DO NOTHING`;
/**
 * An event key (an SQL text expression) that holds for the rest of the hour: with ON_CONFLICT, a recipient gets at
 * most one such mail an hour, however many people write at once (the mail leads to the page that shows them all).
 */
export const withinTheHour = (key: string) => `${key} || ':' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24')`;

/**
 * An SQL condition: no mail of this kind from this writer (`payload.writerId`) was queued to the recipient in the past
 * hour. Beside an event key per place (withinTheHour), it keeps one writer from filling a mailbox by writing in many
 * places (sixty threads naming someone reach them once an hour; each thread still shows the mention). It holds under
 * parallel posts because a writer's posts are counted one at a time (PostsLimit: the writer's counter row stays locked
 * until the post commits) and this check runs after that count.
 */
export const notHeardFromWriterWithinTheHour = (recipient: string, kind: 'discussion_mention' | 'challenge_comment', writer: string) =>
  `NOT EXISTS (SELECT 1 FROM notification_delivery heard
                WHERE heard.person_id = ${recipient} AND heard.kind = '${kind}' AND heard.payload ->> 'writerId' = (${writer})::text
                  AND heard.created_at > now() - interval '1 hour')`;

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

  /**
   * Queues these deliveries, except where a mail of the same kind to the same person about the same thing (the payload
   * field `about`) still waits: that one, written when it goes out from what holds then, takes the newer `refresh`
   * fields instead. A mail the worker is sending (locked) or has sent is left alone, and a new one is queued.
   */
  async enqueueFolded(manager: EntityManager, deliveries: readonly NewDelivery[], about: string, refresh: readonly string[]): Promise<void> {
    if (deliveries.length === 0) return;
    await manager.query(
      `WITH incoming AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(person_id uuid, event_key text, kind text, payload jsonb)),
       waiting AS (
         SELECT w.id, i.person_id, i.payload FROM incoming i
           JOIN notification_delivery w ON w.person_id = i.person_id AND w.kind = i.kind AND w.status = 'pending' AND w.attempts = 0
                                       AND w.payload->>$2 = i.payload->>$2
            FOR UPDATE OF w SKIP LOCKED),
       refreshed AS (
         UPDATE notification_delivery w
            SET payload = w.payload || (SELECT coalesce(jsonb_object_agg(field, waiting.payload->field), '{}') FROM unnest($3::text[]) AS field)
           FROM waiting WHERE w.id = waiting.id
         RETURNING waiting.person_id, waiting.payload->>$2 AS about)
       ${INSERT_DELIVERY}
       SELECT i.person_id, i.event_key, i.kind, i.payload FROM incoming i
        WHERE NOT EXISTS (SELECT 1 FROM refreshed r WHERE r.person_id = i.person_id AND r.about = i.payload->>$2)
       ${ON_CONFLICT}`,
      [JSON.stringify(deliveries.map((d) => ({ person_id: d.personId, event_key: d.eventKey, kind: d.kind, payload: d.payload }))), about, refresh],
    );
  }

  /** Takes back the person's mails of these kinds that have not gone out yet (waiting, or waiting to be tried again). */
  async withdrawPending(manager: EntityManager, personIds: readonly string[], kinds: readonly NotificationKind[]): Promise<void> {
    await manager.query(`DELETE FROM notification_delivery WHERE person_id = ANY($1::uuid[]) AND status = 'pending' AND kind = ANY($2::text[])`, [personIds, kinds]);
  }

  /** Queues mails about applications; (application, eventKey, kind) that are already queued or sent are skipped. */
  async enqueueForApplications(manager: EntityManager, deliveries: readonly NewApplicationDelivery[]): Promise<number> {
    if (deliveries.length === 0) return 0;
    const rows = await manager.query(
      `INSERT INTO notification_delivery (application_id, event_key, kind, payload)
       SELECT d.application_id, d.event_key, d.kind, d.payload
         FROM jsonb_to_recordset($1::jsonb) AS d(application_id uuid, event_key text, kind text, payload jsonb)
       ON CONFLICT (application_id, event_key, kind) DO NOTHING
       RETURNING id`,
      [JSON.stringify(deliveries.map((d) => ({ application_id: d.applicationId, event_key: d.eventKey, kind: d.kind, payload: d.payload })))],
    );
    return rows.length;
  }
}
