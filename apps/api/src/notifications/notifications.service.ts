import type { MailWorkerState, Page } from '@koers/shared/api';
import type { DeliveriesPage, NotificationPreferences, OutboxFileSummary } from '@koers/shared/notifications';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { EntityManager } from 'typeorm';
import { pageOffset, type PageQueryDto, readPage, toPage } from '../app/pagination';
import type { AuthContext } from '../auth/auth-context';
import { NotAuthenticatedError } from '../errors/koers-error';
import { Mailer } from '../mail/mailer';
import { Outbox } from '../mail/outbox';
import type { DeliveriesQueryDto } from './dto/deliveries-query.dto';
import { type CalendarChangeReason, MailQueueRepository, type NewDelivery, PASSWORD_LINK_KINDS } from '../mail/mail-queue.repository';
import { NotificationWorker } from './notification-worker';
import { FailedDeliveryNotFoundError, OutboxFileNotFoundError } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';
import { ScheduleRepository } from '../sessions/schedule.repository';
import { storeCalendarSession } from './stored-calendar-session';
import { type CalendarUpdate, mergeCalendarUpdates } from './calendar-update-merge';

type CalendarUpdateDelivery = Extract<NewDelivery, { kind: 'calendar_updated' }>;

/**
 * What other features call to have mail sent. Every method takes the EntityManager of the caller's transaction:
 * the mail is queued if and only if the business change commits, and queuing the same event twice is a no-op.
 * The worker sends it shortly after, on whichever instance gets to it first.
 */
/** The upcoming sessions a change brought into someone's calendar, and those it took out (ids). */
export interface SessionsInAndOut {
  added: readonly string[];
  removed: readonly string[];
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly access: AccessService,
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly outbox: Outbox,
    private readonly worker: NotificationWorker,
    private readonly queue: MailQueueRepository,
    private readonly schedule: ScheduleRepository,
  ) {}

  /** This instance's mail worker, for its readiness. */
  workerState(): MailWorkerState {
    return this.worker.state;
  }

  /** Queues these deliveries; (person, eventKey, kind) that are already queued or sent are skipped. */
  notify(manager: EntityManager, deliveries: readonly NewDelivery[]): Promise<number> {
    return this.queue.enqueue(manager, deliveries);
  }

  /**
   * An edition's schedule went out: everyone expected at its sessions gets it, with their sessions as .ics, once.
   * Call again with `personIds` for people enrolled later; each person still gets it only once.
   */
  schedulePublished(manager: EntityManager, editionId: string, personIds: readonly string[] | null = null): Promise<number> {
    return this.notifications.enqueueSchedulePublished(manager, editionId, personIds);
  }

  /**
   * A published session was moved, cancelled or otherwise changed. Call after raising `session.sequence` and writing the
   * `session_change` row (its `previous.startsAt/endsAt` and `reason` go into the mail), in the same transaction.
   * Everyone expected at the session gets one mail per sequence number; pending reminders for the old time are dropped.
   */
  async sessionChanged(manager: EntityManager, sessionId: string): Promise<number> {
    await this.notifications.dropObsoleteReminders(manager, sessionId);
    return this.notifications.enqueueSessionChanged(manager, sessionId);
  }

  /**
   * Runs `change` (in the caller's transaction) and then tells everyone whose upcoming sessions in these editions it
   * changed: moved to another network group, withdrawn, off the waiting list. Each gets one mail with the sessions
   * that came (as invitations) and went (as cancellations), so a calendar fed by mail follows as the feed does, and
   * `why`: one reason for all, or one per person (from what came and went for them) when the change does different
   * things to different people; none, and the mail says only which sessions changed.
   */
  async updatingCalendars<T>(
    manager: EntityManager,
    editionIds: readonly string[],
    why: CalendarChangeReason | ((personId: string, change: SessionsInAndOut) => CalendarChangeReason | undefined),
    change: () => Promise<T>,
  ): Promise<T> {
    const before = await this.notifications.upcomingAttendance(manager, editionIds);
    // As the calendars hold them now: a session the change deletes can still be cancelled from this.
    const held = await this.schedule.calendarSessions([...new Set(before.map((row) => row.sessionId))], null, manager);
    const result = await change();
    const after = await this.notifications.upcomingAttendance(manager, editionIds);
    const stillThere = new Set(after.map((row) => row.sessionId));
    const gone = (ids: string[]) =>
      held
        .filter((session) => ids.includes(session.sessionId) && !stillThere.has(session.sessionId))
        .map(storeCalendarSession);
    const key = (row: { personId: string; editionId: string }) => `${row.personId} ${row.editionId}`;
    const sessions = (rows: typeof before) => {
      const byPerson = new Map<string, Set<string>>();
      for (const row of rows) byPerson.set(key(row), (byPerson.get(key(row)) ?? new Set()).add(row.sessionId));
      return byPerson;
    };
    const [was, is] = [sessions(before), sessions(after)];
    // One moment for every mail of this change: the same person changed twice is two mails once the first went out
    // (while it waits, the second is folded into it: mergedIntoWaiting).
    const at = new Date().toISOString();
    const deliveries: CalendarUpdateDelivery[] = [];
    for (const personAndEdition of new Set([...was.keys(), ...is.keys()])) {
      const [personId, editionId] = personAndEdition.split(' ');
      const [old, now] = [was.get(personAndEdition) ?? new Set<string>(), is.get(personAndEdition) ?? new Set<string>()];
      const added = [...now].filter((id) => !old.has(id));
      const removed = [...old].filter((id) => !now.has(id));
      if (added.length + removed.length === 0) continue;
      const reason = typeof why === 'function' ? why(personId, { added, removed }) : why;
      deliveries.push({
        personId,
        kind: 'calendar_updated',
        eventKey: `edition:${editionId}:calendar:${at}`,
        payload: { editionId, added, removed, gone: gone(removed), at, why: reason },
      });
    }
    await this.notify(manager, await this.mergedIntoWaiting(manager, editionIds, deliveries));
    return result;
  }

  /**
   * Folds each calendar update into the one still waiting for the same person and edition, if any, so a change
   * corrected (or saved by several at once) before the first mail went out is one mail, or none when it came to
   * nothing; and drops it when their schedule is still waiting, which shows their sessions as they are when it is
   * written. Answers the updates left to queue.
   */
  private async mergedIntoWaiting(manager: EntityManager, editionIds: readonly string[], deliveries: CalendarUpdateDelivery[]): Promise<CalendarUpdateDelivery[]> {
    const waiting = await this.notifications.waitingCalendarMails(manager, [...new Set(deliveries.map((delivery) => delivery.personId))], editionIds);
    const keyOf = (mail: { personId: string; payload: { editionId: string } }) => `${mail.personId} ${mail.payload.editionId}`;
    const scheduleWaits = new Set(waiting.filter((mail) => mail.kind === 'schedule_published').map(keyOf));
    // Into the newest, should there be more (one queued while an older one was being sent).
    const waitingFor = new Map(waiting.flatMap((mail) => (mail.kind === 'calendar_updated' ? [[keyOf(mail), mail] as const] : [])));
    const givenBack = [...new Set(deliveries.flatMap((delivery) => waitingFor.get(keyOf(delivery))?.payload.removed ?? []))];
    const lastChanged = new Map((await this.notifications.sessionsLastChanged(manager, givenBack)).map((session) => [session.id, session.updatedAt.getTime()]));
    const left: CalendarUpdateDelivery[] = [];
    const rewrites: { id: string; payload: CalendarUpdate | null }[] = [];
    for (const delivery of deliveries) {
      if (scheduleWaits.has(keyOf(delivery))) continue;
      const earlier = waitingFor.get(keyOf(delivery));
      if (!earlier) {
        left.push(delivery);
        continue;
      }
      const since = new Date(earlier.payload.at).getTime();
      const changedSince = new Set(earlier.payload.removed.filter((id) => (lastChanged.get(id) ?? 0) > since));
      rewrites.push({ id: earlier.id, payload: mergeCalendarUpdates(earlier.payload, delivery.payload, changedSince) });
    }
    await this.notifications.rewriteCalendarUpdates(manager, rewrites);
    return left;
  }

  /** A trainer gave feedback on a submission: its author hears about it. */
  feedbackGiven(manager: EntityManager, feedbackId: string): Promise<number> {
    return this.notifications.enqueueFeedbackGiven(manager, feedbackId);
  }

  async deliveries(auth: AuthContext, query: DeliveriesQueryDto): Promise<DeliveriesPage> {
    this.access.requireProgrammeOffice(auth, 'mail.manage');
    const [{ items, total }, counts] = await Promise.all([
      readPage(query, (limit, offset) => this.notifications.findPage({ status: query.status, kind: query.kind }, limit, offset)),
      this.notifications.countByStatus(),
    ]);
    const copies =
      this.mailer.mode === 'outbox'
        ? await this.outbox.shown(items.filter((item) => item.status === 'sent' && !PASSWORD_LINK_KINDS.includes(item.kind)).map((item) => item.id))
        : new Set<string>();
    return {
      ...toPage(
        items.map((item) => ({ ...item, outboxFile: copies.has(`${item.id}.eml`) ? `${item.id}.eml` : null })),
        total,
        query,
      ),
      mailMode: this.mailer.mode,
      counts,
    };
  }

  /** How many mails failed after every retry: what the programme office's home page counts. */
  async failedCount(auth: AuthContext): Promise<number> {
    this.access.requireProgrammeOffice(auth, 'mail.manage');
    return (await this.notifications.countByStatus()).failed;
  }

  async retry(auth: AuthContext, id: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'mail.manage');
    if (!(await this.notifications.retry(id))) throw new FailedDeliveryNotFoundError();
  }

  async outboxFiles(auth: AuthContext, query: PageQueryDto): Promise<Page<OutboxFileSummary>> {
    this.access.requireProgrammeOffice(auth, 'mail.manage');
    const { items, total } = await this.outbox.list(pageOffset(query), query.pageSize);
    return toPage(
      items.map((file) => ({ ...file, writtenAt: file.writtenAt.toISOString() })),
      total,
      query,
    );
  }

  async outboxFile(auth: AuthContext, fileName: string): Promise<Buffer> {
    this.access.requireProgrammeOffice(auth, 'mail.manage');
    const raw = await this.outbox.read(fileName);
    if (!raw) throw new OutboxFileNotFoundError();
    return raw;
  }

  async preferences(auth: AuthContext): Promise<NotificationPreferences> {
    const preferences = await this.notifications.findPreferences(auth.personId);
    if (!preferences) throw new NotAuthenticatedError();
    return preferences;
  }

  async savePreferences(auth: AuthContext, preferences: NotificationPreferences): Promise<NotificationPreferences> {
    await this.notifications.savePreferences(auth.personId, preferences);
    return preferences;
  }
}
