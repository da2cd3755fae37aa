import type { FeedbackOutcome, Locale, SessionMode } from '@koers/shared/domain';
import {
  DIRECTOR_MAIL_KINDS,
  type DeliveryStatus,
  type DeliverySummary,
  type NotificationKind,
  type NotificationPreferences,
  REMINDER_KINDS,
} from '@koers/shared/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { INSERT_DELIVERY, MailQueueRepository, ON_CONFLICT, SECRET_PAYLOAD_FIELDS } from '../mail/mail-queue.repository';
import type { CalendarUpdate } from './calendar-update-merge';
import type { ClaimedDelivery } from './notification-payloads';
import { isCurrentEdition, isPublishedEdition } from '../database/edition-sql';
import { roundAsked } from '../measurements/measurement-rounds.repository';
import { delegateDeclined } from '../invitations/invitations.repository';
import { participantsLinkedTo } from '../enrolments/enrolments.repository';
import { latestWorkJoins, STILL_TO_HAND_IN } from '../assignments/submissions.repository';

/** `<instant>` as the ISO 8601 UTC text used inside event keys, so the key changes exactly when the instant does. */
const isoUtc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The key of a session's reminder: a moved session gets a new one, a restart or a second instance never does. */
const SESSION_REMINDER_KEY = `'session:' || s.id || ':starts:' || ${isoUtc('s.starts_at')}`;

/** Editions whose schedule people have been told about: those under way. */
const CURRENT_EDITION = isCurrentEdition('ed');

export type WaitingCalendarMail =
  | { id: string; personId: string; kind: 'calendar_updated'; payload: CalendarUpdate }
  | { id: string; personId: string; kind: 'schedule_published'; payload: { editionId: string } };

export interface MeasurementRoundForMail {
  instrumentName: string;
  editionName: string;
  closesAt: Date;
}

export interface ReminderWindows {
  sessionReminderHours: number;
  assignmentDueHours: number;
  rsvpReminderHours: number;
}

/** A participant's own deadline of an assignment as it is now, for the mail that says it moved. */
export interface DeadlineForMail {
  title: string;
  editionName: string;
  dueAt: Date;
  /** Their cut-off (an extension's own), after which nothing is taken; null: late work is taken for ever. */
  cutoffAt: Date | null;
}

export interface AssignmentForMail {
  title: string;
  editionName: string;
  dueAt: Date;
  handedIn: boolean;
}

export interface FeedbackForMail {
  assignmentId: string;
  assignmentTitle: string;
  editionName: string;
  outcome: FeedbackOutcome;
  comment: string;
  reviewerName: string | null;
}

export interface ChallengeCommentForMail {
  editionId: string;
  editionName: string;
  challengeTitle: string;
  entryDate: string;
  authorName: string | null;
  body: string;
}

export interface InvitationForMail {
  kind: 'internal_team' | 'delegate';
  /** Still pending and addressed to the mail's recipient (a director's delegate invitation is re-addressed when they name another). */
  pendingForRecipient: boolean;
  inviterName: string;
  /** The name the inviter typed for the invited person. */
  invitedAs: string;
  editionName: string;
  /** The board meeting, for a delegate. */
  meeting: { title: string; editionName: string; startsAt: Date; endsAt: Date; mode: SessionMode; location: string | null } | null;
}
/**
 * A calendar that fetched the feed twice within this many days, at least an hour apart (calendars poll hourly to
 * daily), follows it; after that, mails carry invitations again. One fetch is a download or a one-off import, which
 * no later change reaches: its person still needs the invitations.
 */
export const FEED_FOLLOWED_DAYS = 14;

/**
 * Who a delivery goes to (with `d` the delivery, `p` its person and `a` its application, both left-joined): the person,
 * or for a mail about an application its applicant, or its director for DIRECTOR_MAIL_KINDS. `$directorKinds` names
 * the parameter holding DIRECTOR_MAIL_KINDS.
 */
const recipientColumn = (personColumn: string, applicantColumn: string, directorColumn: string, directorKinds: string) =>
  `CASE WHEN d.person_id IS NOT NULL THEN ${personColumn} WHEN d.kind = ANY(${directorKinds}::text[]) THEN ${directorColumn} ELSE ${applicantColumn} END`;
const recipientName = (directorKinds: string) => recipientColumn('p.name', 'a.name', 'COALESCE(director_account.name, a.director_name)', directorKinds);
/** The account of an application's director, if they have one: greeted by their own name, not as the applicant typed it. */
const directorAccountJoin = (directorKinds: string) =>
  `LEFT JOIN person director_account ON d.kind = ANY(${directorKinds}::text[]) AND director_account.email = lower(a.director_email) AND director_account.erased_at IS NULL`;
const recipientEmail = (directorKinds: string) => recipientColumn('p.email', 'a.email', 'a.director_email', directorKinds);

/** `names` less those in `waiting`, each taken out once: two participants of one name, one of them waiting, leave one. */
function withoutOnce(names: readonly string[], waiting: readonly string[]): string[] {
  const left = [...names];
  for (const name of waiting) left.splice(left.indexOf(name), 1);
  return left;
}

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailQueue: MailQueueRepository,
  ) {}

  /** One statement for any number of deliveries; returns how many were new. */

  /** Who invited, to which edition and (a delegate) to which board meeting, as it is now; null when the invitation is gone. */
  async invitationForMail(invitationId: string, recipientId: string): Promise<InvitationForMail | null> {
    const [row] = await this.db.query(
      `SELECT i.kind, i.status = 'pending' AND i.person_id = $2 AS "pendingForRecipient", inviter.name AS "inviterName", i.name AS "invitedAs", ed.name AS "editionName",
              CASE WHEN s.id IS NOT NULL THEN json_build_object('title', s.title, 'editionName', ed.name, 'startsAt', s.starts_at,
                                                                'endsAt', s.ends_at, 'mode', s.mode, 'location', s.location) END AS meeting
         FROM invitation i
         JOIN person inviter ON inviter.id = i.invited_by_person_id
         JOIN edition ed ON ed.id = i.edition_id
         LEFT JOIN session s ON s.id = i.session_id
        WHERE i.id = $1`,
      [invitationId, recipientId],
    );
    if (!row) return null;
    return { ...row, meeting: row.meeting && { ...row.meeting, startsAt: new Date(row.meeting.startsAt), endsAt: new Date(row.meeting.endsAt) } };
  }

  /**
   * Everyone expected at a session of the edition (optionally only these people) gets their schedule once; only
   * while the edition is open or running (a draft's schedule is not out yet, a finished one is no news). Once per
   * stay in the edition, that is: keyed by the earliest of their active enrolments, so someone withdrawn (which took
   * the sessions out of their calendar) and enrolled again gets it again, while someone given a second role (a trainer
   * named a director) does not: the sessions that role adds come as a calendar update (see EnrolmentsService).
   */
  async enqueueSchedulePublished(manager: EntityManager, editionId: string, personIds: readonly string[] | null): Promise<number> {
    const rows = await manager.query(
      `${INSERT_DELIVERY}
       SELECT DISTINCT x.person_id,
              'edition:' || s.edition_id || ':schedule' || COALESCE(':' || (
                SELECT extract(epoch FROM min(en.enrolled_at))::bigint FROM enrolment en
                 WHERE en.edition_id = s.edition_id AND en.person_id = x.person_id AND en.status = 'active'), ''),
              'schedule_published', jsonb_build_object('editionId', s.edition_id)
         FROM session s
         JOIN edition ed ON ed.id = s.edition_id AND ${CURRENT_EDITION}
         -- Per session, not a join with the whole view (see scheduleReminders).
         CROSS JOIN LATERAL (SELECT ea.person_id FROM expected_attendee ea WHERE ea.session_id = s.id OFFSET 0) x
         JOIN person p ON p.id = x.person_id AND p.erased_at IS NULL
        WHERE s.edition_id = $1 AND ($2::uuid[] IS NULL OR x.person_id = ANY($2::uuid[]))
       ${ON_CONFLICT}
       RETURNING id`,
      [editionId, personIds],
    );
    return rows.length;
  }

  /**
   * Who is expected at which upcoming session (not started, not cancelled) of these editions while they are open or
   * running: what their calendars hold of them.
   */
  async upcomingAttendance(manager: EntityManager, editionIds: readonly string[]): Promise<{ personId: string; editionId: string; sessionId: string }[]> {
    return manager.query(
      `SELECT DISTINCT x.person_id AS "personId", s.edition_id AS "editionId", s.id AS "sessionId"
         FROM session s
         JOIN edition ed ON ed.id = s.edition_id AND ${CURRENT_EDITION}
         -- Per session, not a join with the whole view (see scheduleReminders).
         CROSS JOIN LATERAL (SELECT ea.person_id FROM expected_attendee ea WHERE ea.session_id = s.id OFFSET 0) x
         JOIN person p ON p.id = x.person_id AND p.erased_at IS NULL
        WHERE s.edition_id = ANY($1::uuid[]) AND s.starts_at > now() AND s.status <> 'cancelled'`,
      [editionIds],
    );
  }

  /**
   * Everyone expected at the session hears about this version of it (the key holds session.sequence), with what the
   * latest session_change recorded: where it was (times, venue, link, whether cancelled) and why it changed. Drafts
   * are skipped: nobody has seen them yet.
   *
   * One mail per person tells the net change: a mail about an earlier version still waiting (not being sent) is folded
   * into this one, which then says where the session was when they last heard of it, and the latest change's reason
   * (an earlier change's would explain what no longer holds: a move's reason on a cancellation).
   * Nobody gets one whose waiting schedule, or calendar update naming the session as new to them, will show it as it
   * is when written; a session cancelled before such an update went out is taken out of it, as it never reached
   * their calendar. Those mails stay locked until this commits, so the worker writes them after the change.
   */
  async enqueueSessionChanged(manager: EntityManager, sessionId: string): Promise<number> {
    const rows = await manager.query(
      `WITH folded AS (
         DELETE FROM notification_delivery d
          WHERE d.id IN (SELECT w.id FROM notification_delivery w
                          WHERE w.kind = 'session_changed' AND w.status = 'pending' AND w.attempts = 0 AND w.payload->>'sessionId' = $1::text
                          FOR UPDATE SKIP LOCKED)
         RETURNING d.person_id, d.payload, d.created_at
       ), shown_when_written AS (
         SELECT w.id, w.person_id, w.kind FROM notification_delivery w JOIN session s ON s.id = $1::uuid
          WHERE w.status = 'pending' AND w.attempts = 0 AND w.payload->>'editionId' = s.edition_id::text
            AND (w.kind = 'schedule_published' OR (w.kind = 'calendar_updated' AND w.payload->'added' ? $1::text))
            AND w.person_id IN (SELECT ea.person_id FROM expected_attendee ea WHERE ea.session_id = $1::uuid)
          FOR UPDATE OF w SKIP LOCKED
       ), never_in_their_calendar AS (
         UPDATE notification_delivery d SET payload = jsonb_set(d.payload, '{added}', (d.payload->'added') - $1::text)
           FROM shown_when_written sw JOIN session s ON s.id = $1::uuid AND s.status = 'cancelled'
          WHERE d.id = sw.id AND sw.kind = 'calendar_updated'
       )
       ${INSERT_DELIVERY}
       SELECT DISTINCT x.person_id, 'session:' || s.id || ':seq:' || s.sequence, 'session_changed',
              jsonb_build_object('sessionId', s.id, 'sequence', s.sequence, 'reason', COALESCE(c.reason, ''))
              || COALESCE(f.told, jsonb_build_object('previousStartsAt', c.previous->>'startsAt', 'previousEndsAt', c.previous->>'endsAt',
                                                     'previousLocation', c.previous->'location', 'previousOnlineUrl', c.previous->'onlineUrl',
                                                     'previousCancelled', c.previous->>'status' = 'cancelled'))
         FROM session s
         JOIN edition ed ON ed.id = s.edition_id AND ${isPublishedEdition('ed')}
         JOIN expected_attendee x ON x.session_id = s.id
         JOIN person p ON p.id = x.person_id AND p.erased_at IS NULL
         LEFT JOIN LATERAL (
           SELECT sc.previous, sc.reason FROM session_change sc WHERE sc.session_id = s.id ORDER BY sc.changed_at DESC LIMIT 1
         ) c ON true
         LEFT JOIN LATERAL (
           -- What the earliest waiting mail would have told as "before": what the person last heard.
           SELECT (array_agg(fo.payload - 'sessionId' - 'sequence' - 'reason' ORDER BY fo.created_at))[1] AS told
             FROM folded fo WHERE fo.person_id = x.person_id
         ) f ON true
        WHERE s.id = $1::uuid AND x.person_id NOT IN (SELECT person_id FROM shown_when_written)
       ${ON_CONFLICT}
       RETURNING id`,
      [sessionId],
    );
    return rows.length;
  }

  /**
   * The calendar updates and schedules still waiting for their first attempt to these people about these editions,
   * oldest first, locked until the transaction ends; one the worker is sending now is passed over.
   */
  async waitingCalendarMails(manager: EntityManager, personIds: readonly string[], editionIds: readonly string[]): Promise<WaitingCalendarMail[]> {
    if (personIds.length === 0) return [];
    return manager.query(
      `SELECT d.id, d.person_id AS "personId", d.kind, d.payload
         FROM notification_delivery d
        WHERE d.person_id = ANY($1::uuid[]) AND d.kind IN ('calendar_updated', 'schedule_published') AND d.status = 'pending' AND d.attempts = 0
          AND d.payload->>'editionId' = ANY($2::text[])
        ORDER BY d.created_at, d.id
        FOR UPDATE SKIP LOCKED`,
      [personIds, editionIds],
    );
  }

  /** When these sessions last changed (a deleted one is not there). */
  async sessionsLastChanged(manager: EntityManager, sessionIds: readonly string[]): Promise<{ id: string; updatedAt: Date }[]> {
    if (sessionIds.length === 0) return [];
    return manager.query(`SELECT id, updated_at AS "updatedAt" FROM session WHERE id = ANY($1::uuid[])`, [sessionIds]);
  }

  /** Waiting calendar updates with what they now say, each gone (payload null) when nothing is left to say; two statements. */
  async rewriteCalendarUpdates(manager: EntityManager, rewrites: readonly { id: string; payload: CalendarUpdate | null }[]): Promise<void> {
    const [kept, dropped] = [rewrites.filter((rewrite) => rewrite.payload), rewrites.filter((rewrite) => !rewrite.payload)];
    if (kept.length > 0) {
      await manager.query(
        `UPDATE notification_delivery d SET payload = r.payload FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, payload jsonb) WHERE d.id = r.id`,
        [JSON.stringify(kept)],
      );
    }
    if (dropped.length > 0) await manager.query(`DELETE FROM notification_delivery WHERE id = ANY($1::uuid[])`, [dropped.map((rewrite) => rewrite.id)]);
  }

  /** Pending reminders that no longer fit the session: all of them when it is cancelled, the one for its old start when it moved. */
  async dropObsoleteReminders(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(
      `DELETE FROM notification_delivery d
        USING session s
        WHERE s.id = $1 AND d.status = 'pending' AND d.event_key LIKE 'session:' || s.id || ':%'
          AND (    (s.status = 'cancelled' AND d.kind IN ('session_reminder', 'rsvp_reminder'))
                OR (d.kind = 'session_reminder' AND d.event_key <> ${SESSION_REMINDER_KEY}))`,
      [sessionId],
    );
  }

  async enqueueFeedbackGiven(manager: EntityManager, feedbackId: string): Promise<number> {
    const rows = await manager.query(
      `${INSERT_DELIVERY}
       SELECT sub.person_id, 'feedback:' || f.id, 'feedback_given', jsonb_build_object('feedbackId', f.id)
         FROM feedback f
         JOIN submission sub ON sub.id = f.submission_id
         JOIN person p ON p.id = sub.person_id AND p.erased_at IS NULL
        WHERE f.id = $1
       ${ON_CONFLICT}
       RETURNING id`,
      [feedbackId],
    );
    return rows.length;
  }

  /**
   * The reminders that are due now, for everyone who wants them, in one set-based statement. Safe to run on every
   * instance at once: the unique (person, event, kind) key lets each reminder in once.
   */
  async scheduleReminders(windows: ReminderWindows): Promise<number> {
    // Each branch starts from the few sessions or assignments inside their window and looks up who is expected
    // per session: OFFSET 0 keeps the LATERAL subquery from being flattened into a join with the whole
    // expected_attendee view (100,000 rows at national scale), so the cost follows what is due. MATERIALIZED keeps
    // the planner from re-running the branches per person.
    const rows = await this.db.query(
      `WITH due AS MATERIALIZED (
         SELECT x.person_id, ${SESSION_REMINDER_KEY} AS event_key, 'session_reminder' AS kind,
                jsonb_build_object('sessionId', s.id, 'startsAt', s.starts_at) AS payload
           FROM session s
           JOIN edition ed ON ed.id = s.edition_id AND ${CURRENT_EDITION}
           CROSS JOIN LATERAL (SELECT ea.person_id FROM expected_attendee ea WHERE ea.session_id = s.id OFFSET 0) x
          WHERE s.status <> 'cancelled' AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => $1)
         UNION ALL
         SELECT e.person_id, 'assignment:' || a.id || ':due:' || ${isoUtc('due.due_at')}, 'assignment_due',
                jsonb_build_object('assignmentId', a.id, 'dueAt', due.due_at)
           FROM assignment a
           JOIN edition ed ON ed.id = a.edition_id AND ${CURRENT_EDITION}
           JOIN enrolment e ON e.edition_id = a.edition_id AND e.role = 'participant' AND e.status = 'active'
           LEFT JOIN assignment_extension ext ON ext.assignment_id = a.id AND ext.person_id = e.person_id
           CROSS JOIN LATERAL (SELECT COALESCE(ext.due_at, a.due_at) AS due_at) due
          WHERE (   (a.due_at > now() AND a.due_at <= now() + make_interval(hours => $2))
                 OR EXISTS (SELECT 1 FROM assignment_extension x
                             WHERE x.assignment_id = a.id AND x.due_at > now() AND x.due_at <= now() + make_interval(hours => $2)))
            AND due.due_at > now() AND due.due_at <= now() + make_interval(hours => $2)
            AND NOT EXISTS (SELECT 1 FROM submission sub WHERE sub.assignment_id = a.id AND sub.person_id = e.person_id)
         UNION ALL
         SELECT x.person_id, 'session:' || s.id || ':rsvp', 'rsvp_reminder', jsonb_build_object('sessionId', s.id)
           FROM session s
           JOIN edition ed ON ed.id = s.edition_id AND ${CURRENT_EDITION}
           CROSS JOIN LATERAL (SELECT ea.person_id FROM expected_attendee ea WHERE ea.session_id = s.id AND ea.role = 'director' OFFSET 0) x
          WHERE s.kind = 'board_meeting' AND s.status <> 'cancelled'
            AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => $3)
            AND NOT EXISTS (SELECT 1 FROM session_rsvp r WHERE r.session_id = s.id AND r.person_id = x.person_id
                             AND NOT ${delegateDeclined('r')})
       )
       ${INSERT_DELIVERY}
       SELECT due.person_id, due.event_key, due.kind, due.payload
         FROM due
         JOIN person p ON p.id = due.person_id AND p.reminders_enabled AND p.erased_at IS NULL
       ${ON_CONFLICT}
       RETURNING id`,
      [windows.sessionReminderHours, windows.assignmentDueHours, windows.rsvpReminderHours],
    );
    return rows.length;
  }

  /**
   * The oldest due delivery that no other worker holds, locked until the caller's transaction ends: a crash rolls the
   * claim back to pending, and SKIP LOCKED lets other instances take the next one meanwhile.
   */
  async claimNextDue(manager: EntityManager): Promise<ClaimedDelivery | null> {
    const rows = await manager.query(
      `SELECT d.id, d.person_id AS "personId", d.application_id AS "applicationId", d.event_key AS "eventKey", d.kind, d.payload, d.attempts,
              json_build_object('id', COALESCE(p.id, a.id), 'name', ${recipientName('$2')}, 'email', ${recipientEmail('$2')},
                                'locale', COALESCE(p.locale, a.locale), 'remindersEnabled', COALESCE(p.reminders_enabled, true),
                                'erased', p.erased_at IS NOT NULL,
                                'followsCalendarFeed', COALESCE(p.calendar_feed_previous_fetch_at > now() - make_interval(days => $1), false)) AS recipient
         FROM notification_delivery d
         LEFT JOIN person p ON p.id = d.person_id
         LEFT JOIN application a ON a.id = d.application_id
         ${directorAccountJoin('$2')}
        WHERE d.status = 'pending' AND d.next_attempt_at <= now()
        ORDER BY d.next_attempt_at, d.id
        LIMIT 1
        FOR UPDATE OF d SKIP LOCKED`,
      [FEED_FOLLOWED_DAYS, DIRECTOR_MAIL_KINDS],
    );
    const row = rows[0];
    if (!row) return null;
    const { personId, applicationId, ...delivery } = row;
    return { ...delivery, ...(personId ? { personId } : { applicationId }) };
  }

  /** Retention: the record of mails sent longer ago than `days` goes (what was sent, to whom, when). */
  async purgeSentBefore(days: number): Promise<number> {
    const [, removed]: [unknown, number] = await this.db.query(
      `DELETE FROM notification_delivery WHERE status = 'sent' AND sent_at < now() - make_interval(days => $1)`,
      [days],
    );
    return removed;
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE notification_delivery
          SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL, payload = payload - $2::text[]
        WHERE id = $1`,
      [id, SECRET_PAYLOAD_FIELDS],
    );
  }

  /**
   * Counts the attempt; with a delay the delivery is tried again after it, without one it is `failed`. Only while it is
   * pending: an instance that lost its claim (its connection died mid-send) must not overwrite another's success.
   */
  async recordFailure(id: string, error: string, retryDelaySeconds: number | null, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `UPDATE notification_delivery
          SET attempts = attempts + 1, last_error = $2,
              status = CASE WHEN $3::int IS NULL THEN 'failed'::delivery_status ELSE status END,
              next_attempt_at = CASE WHEN $3::int IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $3::int) END
        WHERE id = $1 AND status = 'pending'`,
      [id, error, retryDelaySeconds],
    );
  }

  /** A delivery whose subject is gone (session cancelled, work handed in, RSVP answered): nothing to send, nothing to keep. */
  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM notification_delivery WHERE id = $1`, [id]);
  }

  /** A failed delivery gets a fresh set of attempts; false when there is no failed delivery with this id. */
  async retry(id: string): Promise<boolean> {
    const [, affected] = await this.db.query(
      `UPDATE notification_delivery SET status = 'pending', attempts = 0, next_attempt_at = now() WHERE id = $1 AND status = 'failed'`,
      [id],
    );
    return affected > 0;
  }

  /** One page, newest first, with the total, in one statement. */
  async findPage(
    filter: { status?: DeliveryStatus; kind?: NotificationKind },
    limit: number,
    offset: number,
  ): Promise<{ items: Omit<DeliverySummary, 'outboxFile'>[]; total: number }> {
    const rows = await this.db.query(
      `SELECT d.id, d.kind, d.event_key AS "eventKey", d.status,
              json_build_object('id', COALESCE(p.id, a.id), 'name', ${recipientName('$5')}, 'email', ${recipientEmail('$5')}) AS recipient,
              d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", d.next_attempt_at AS "nextAttemptAt",
              d.sent_at AS "sentAt", count(*) OVER ()::int AS total
         FROM notification_delivery d
         LEFT JOIN person p ON p.id = d.person_id
         LEFT JOIN application a ON a.id = d.application_id
         ${directorAccountJoin('$5')}
        WHERE ($1::delivery_status IS NULL OR d.status = $1::delivery_status) AND ($2::text IS NULL OR d.kind = $2)
        ORDER BY d.created_at DESC, d.id
        LIMIT $3 OFFSET $4`,
      [filter.status ?? null, filter.kind ?? null, limit, offset, DIRECTOR_MAIL_KINDS],
    );
    return {
      items: rows.map(({ total: _, ...row }: Record<string, unknown>) => row as Omit<DeliverySummary, 'outboxFile'>),
      total: rows[0]?.total ?? 0,
    };
  }

  async countByStatus(): Promise<Record<DeliveryStatus, number>> {
    const rows: { status: DeliveryStatus; count: number }[] = await this.db.query(
      `SELECT status, count(*)::int AS count FROM notification_delivery GROUP BY status`,
    );
    return { pending: 0, sent: 0, failed: 0, ...Object.fromEntries(rows.map((row) => [row.status, row.count])) };
  }

  async findPreferences(personId: string): Promise<NotificationPreferences | null> {
    const rows = await this.db.query(`SELECT reminders_enabled AS "remindersEnabled", locale FROM person WHERE id = $1`, [personId]);
    return rows[0] ?? null;
  }

  /** Switching reminders off also withdraws the ones still waiting to be sent. */
  async savePreferences(personId: string, preferences: NotificationPreferences): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE person SET reminders_enabled = $2, locale = $3 WHERE id = $1`, [
        personId,
        preferences.remindersEnabled,
        preferences.locale,
      ]);
      if (!preferences.remindersEnabled) await this.mailQueue.withdrawPending(manager, [personId], REMINDER_KINDS);
    });
  }

  /** The person a reminders-off link names, and whether their reminders are on; null for an unknown or erased person. */
  async findRemindersLinkHolder(personId: string): Promise<{ name: string; locale: Locale; remindersEnabled: boolean } | null> {
    const [person] = await this.db.query(
      `SELECT name, locale, reminders_enabled AS "remindersEnabled" FROM person WHERE id = $1 AND erased_at IS NULL`,
      [personId],
    );
    return person ?? null;
  }

  /** Switches the person's reminders off (withdrawing those still waiting); null for an unknown or erased person. */
  async turnRemindersOff(personId: string): Promise<{ name: string; locale: Locale } | null> {
    return this.db.transaction(async (manager) => {
      const [person] = await manager.query(
        `WITH off AS (UPDATE person SET reminders_enabled = false WHERE id = $1 AND erased_at IS NULL RETURNING name, locale) SELECT name, locale FROM off`,
        [personId],
      );
      if (!person) return null;
      await this.mailQueue.withdrawPending(manager, [personId], REMINDER_KINDS);
      return person;
    });
  }

  /** The participants with a place in the edition whom the person takes part for: as their director, or in their internal team. */
  async participantsTakenPartFor(editionId: string, personId: string): Promise<{ directorOf: string[]; teamOf: string[] }> {
    const linked = (await participantsLinkedTo(this.db.manager, editionId, [personId])).get(personId);
    return { directorOf: withoutOnce(linked?.directorOf ?? [], linked?.directorOfWaiting ?? []), teamOf: withoutOnce(linked?.teamOf ?? [], linked?.teamOfWaiting ?? []) };
  }

  /**
   * The person's own deadline for the assignment (an extension counts), while they still have to hand in (nothing
   * yet, or work sent back) as an active participant of an edition under way; null once that no longer holds.
   */
  async deadlineForMail(assignmentId: string, personId: string): Promise<DeadlineForMail | null> {
    const [row] = await this.db.query(
      `SELECT a.title, ed.name AS "editionName", COALESCE(ext.due_at, a.due_at) AS "dueAt",
              CASE WHEN ext.person_id IS NOT NULL THEN ext.cutoff_at ELSE a.cutoff_at END AS "cutoffAt"
         FROM assignment a
         JOIN edition ed ON ed.id = a.edition_id AND ${isCurrentEdition('ed')}
         JOIN enrolment en ON en.edition_id = a.edition_id AND en.person_id = $2 AND en.role = 'participant' AND en.status = 'active'
         LEFT JOIN assignment_extension ext ON ext.assignment_id = a.id AND ext.person_id = $2
         ${latestWorkJoins('a.id', '$2')}
        WHERE a.id = $1 AND ${STILL_TO_HAND_IN}`,
      [assignmentId, personId],
    );
    return row ?? null;
  }

  /** The person's own deadline for the assignment (an extension counts) and whether they handed anything in. */
  async assignmentForMail(assignmentId: string, personId: string): Promise<AssignmentForMail | null> {
    const rows = await this.db.query(
      `SELECT a.title, ed.name AS "editionName", COALESCE(ext.due_at, a.due_at) AS "dueAt",
              EXISTS (SELECT 1 FROM submission sub WHERE sub.assignment_id = a.id AND sub.person_id = $2) AS "handedIn"
         FROM assignment a
         JOIN edition ed ON ed.id = a.edition_id
         LEFT JOIN assignment_extension ext ON ext.assignment_id = a.id AND ext.person_id = $2
        WHERE a.id = $1`,
      [assignmentId, personId],
    );
    return rows[0] ?? null;
  }

  /** The workshop the person holds a place in at the session, if any. */
  async placedWorkshopId(sessionId: string, personId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT workshop_id AS "workshopId" FROM workshop_choice WHERE session_id = $1 AND person_id = $2 AND status = 'placed'`, [
      sessionId,
      personId,
    ]);
    return row?.workshopId ?? null;
  }

  /** A comment on a challenge log entry as it is now: null when a moderator hid it or it is no longer on the recipient's own challenge. */
  async challengeCommentForMail(commentId: string, recipientId: string): Promise<ChallengeCommentForMail | null> {
    const rows = await this.db.query(
      `SELECT e.edition_id AS "editionId", ed.name AS "editionName", c.title AS "challengeTitle", l.entry_date AS "entryDate",
              a.name AS "authorName", cm.body
         FROM challenge_log_comment cm
         JOIN challenge_log_entry l ON l.id = cm.log_entry_id
         JOIN implementation_challenge c ON c.id = l.challenge_id
         JOIN enrolment e ON e.id = c.enrolment_id AND e.person_id = $2
         JOIN edition ed ON ed.id = e.edition_id
         LEFT JOIN person a ON a.id = cm.author_person_id
        WHERE cm.id = $1 AND cm.hidden_at IS NULL`,
      [commentId, recipientId],
    );
    return rows[0] ?? null;
  }

  /**
   * A round still open and asked that the recipient has not finished (every item answered in one of their responses);
   * null otherwise.
   */
  async measurementRoundForMail(roundId: string, recipientId: string): Promise<MeasurementRoundForMail | null> {
    const rows = await this.db.query(
      `SELECT i.name AS "instrumentName", ed.name AS "editionName", r.closes_at AS "closesAt"
         FROM measurement_round r
         JOIN edition ed ON ed.id = r.edition_id
         JOIN instrument_version v ON v.id = r.instrument_version_id
         JOIN instrument i ON i.id = v.instrument_id
        WHERE r.id = $1 AND r.closes_at > now() AND ${roundAsked('r')}
          AND NOT EXISTS (
            SELECT 1 FROM measurement_response resp
             WHERE resp.round_id = r.id AND resp.person_id = $2
               AND (SELECT count(*) FROM measurement_answer a WHERE a.response_id = resp.id AND a.value IS NOT NULL)
                 >= (SELECT count(*) FROM instrument_dimension d JOIN instrument_item it ON it.dimension_id = d.id WHERE d.version_id = r.instrument_version_id))`,
      [roundId, recipientId],
    );
    return rows[0] ?? null;
  }

  async feedbackForMail(feedbackId: string): Promise<FeedbackForMail | null> {
    const rows = await this.db.query(
      `SELECT a.id AS "assignmentId", a.title AS "assignmentTitle", ed.name AS "editionName", f.outcome, f.comment,
              reviewer.name AS "reviewerName"
         FROM feedback f
         JOIN submission sub ON sub.id = f.submission_id
         JOIN assignment a ON a.id = sub.assignment_id
         JOIN edition ed ON ed.id = a.edition_id
         LEFT JOIN person reviewer ON reviewer.id = f.reviewer_person_id
        WHERE f.id = $1`,
      [feedbackId],
    );
    return rows[0] ?? null;
  }

  /** An answer that stands (`answerStands`): not one naming a delegate whose latest invitation to it was declined. */
  async hasAnsweredRsvp(sessionId: string, personId: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM session_rsvp r
        WHERE r.session_id = $1 AND r.person_id = $2
          AND NOT ${delegateDeclined('r')}`,
      [sessionId, personId],
    );
    return rows.length > 0;
  }

  /**
   * For the director's mail that their delegate declined: the meeting and the name they typed, while their answer
   * still names that delegate and the invitation stays declined (null once they answered again).
   */
  async declinedDelegateForMail(invitationId: string, directorId: string): Promise<{ sessionId: string; delegateName: string } | null> {
    const [row] = await this.db.query(
      `SELECT r.session_id AS "sessionId", r.delegate_name AS "delegateName"
         FROM invitation i
         JOIN session_rsvp r ON r.session_id = i.session_id AND r.person_id = i.invited_by_person_id AND r.response = 'delegate' AND r.delegate_email = i.email
        WHERE i.id = $1 AND i.invited_by_person_id = $2 AND i.kind = 'delegate' AND ${delegateDeclined('r')}`,
      [invitationId, directorId],
    );
    return row ?? null;
  }

  /**
   * The participant's and edition's names for a director told that they no longer sponsor the participant, or null
   * when that is no longer so (the participant was enrolled again with them) or the participant was erased.
   */
  async endedSponsorshipForMail(editionId: string, participantPersonId: string, directorId: string): Promise<{ participantName: string; editionName: string } | null> {
    const [row] = await this.db.query(
      `SELECT p.name AS "participantName", ed.name AS "editionName"
         FROM enrolment e JOIN person p ON p.id = e.person_id AND p.erased_at IS NULL JOIN edition ed ON ed.id = e.edition_id
        WHERE e.edition_id = $1 AND e.person_id = $2 AND e.role = 'participant'
          AND NOT (e.status = 'active' AND e.director_person_id IS NOT DISTINCT FROM $3::uuid)`,
      [editionId, participantPersonId, directorId],
    );
    return row ?? null;
  }
}
