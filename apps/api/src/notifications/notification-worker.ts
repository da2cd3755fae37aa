import type { MailWorkerState } from '@koers/shared/api';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { describeError, PeriodicJob } from '../app/periodic-job';
import { DiscussionsService } from '../discussions/discussions.service';
import { Mailer } from '../mail/mailer';
import type { ClaimedDelivery } from './notification-payloads';
import { NotificationRenderer } from './notification-renderer';
import { type ReminderWindows, NotificationsRepository } from './notifications.repository';
import { retryDelaySeconds } from './retry-policy';

/** Two days before a session, three before a deadline, seven before a board meeting without an answer. */
export const REMINDER_WINDOWS: ReminderWindows = { sessionReminderHours: 48, assignmentDueHours: 72, rsvpReminderHours: 7 * 24 };

/** Old records of sent mail are purged at most this often per instance. */
const PURGE_EVERY_MS = 60 * 60_000;

/**
 * Reminders and digests that became due are looked for at most this often per instance: their windows are days wide,
 * and looking is a tick's costly part (30 to 60 ms of database work on five times the national data set, which every
 * ten seconds showed in the other requests' slowest answers). Mail waiting to go out is looked for every tick.
 */
const SCHEDULE_EVERY_MS = 60_000;

/** A tick sends at most this many mails, so stopping the app never waits long. */
const MAX_DELIVERIES_PER_TICK = 200;

export interface WorkerRun {
  /** Reminders (and the day's discussion digests) that became due and were queued. */
  scheduled: number;
  sent: number;
  /** Attempts that failed (and will be retried, or are now `failed`). */
  failed: number;
  /** Deliveries whose subject was gone: removed without a mail. */
  dropped: number;
}

type Outcome = keyof Omit<WorkerRun, 'scheduled'> | 'idle' | 'unavailable';

/**
 * Every app instance runs one: each tick queues the reminders that became due and sends what is due, one delivery
 * per transaction. The row stays locked while its mail goes out, so a crash rolls the claim back to pending and
 * another instance (or this one, restarted) sends it; SKIP LOCKED keeps instances from ever taking the same row.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationWorker.name);
  private readonly job = new PeriodicJob('Notification worker', this.logger, () => this.tick());
  private lastPurgeAt = 0;
  private lastScheduledAt = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly renderer: NotificationRenderer,
    private readonly discussions: DiscussionsService,
    private readonly mailer: Mailer,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  get state(): MailWorkerState {
    return this.job.state;
  }

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalSeconds > 0) this.start(this.config.workerIntervalSeconds);
  }

  /** Ticks every `intervalSeconds`; a tick that is still running makes the next one wait its turn. */
  start(intervalSeconds: number): void {
    this.job.start(intervalSeconds);
  }

  /** Stops ticking and waits for the mail being sent; called by app.close() before the database closes. */
  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One tick, after any tick in progress on this instance; one asked for looks for due reminders whenever it runs. */
  runOnce(): Promise<WorkerRun> {
    this.lastScheduledAt = 0;
    return this.job.runOnce();
  }

  private async tick(): Promise<WorkerRun> {
    if (Date.now() - this.lastPurgeAt >= PURGE_EVERY_MS) {
      this.lastPurgeAt = Date.now();
      await this.notifications.purgeSentBefore(this.config.sentMailRetentionDays);
    }
    const run: WorkerRun = { scheduled: 0, sent: 0, failed: 0, dropped: 0 };
    if (Date.now() - this.lastScheduledAt >= SCHEDULE_EVERY_MS) {
      this.lastScheduledAt = Date.now();
      run.scheduled = (await this.notifications.scheduleReminders(REMINDER_WINDOWS)) + (await this.discussions.queueDigests(new Date()));
    }
    for (let i = 0; i < MAX_DELIVERIES_PER_TICK && !this.job.stopping; i++) {
      const outcome = await this.deliverNext();
      if (outcome === 'idle' || outcome === 'unavailable') break;
      run[outcome] += 1;
    }
    return run;
  }

  private async deliverNext(): Promise<Outcome> {
    let claimed: ClaimedDelivery | null = null;
    try {
      return await this.db.transaction(async (manager): Promise<Outcome> => {
        claimed = await this.notifications.claimNextDue(manager);
        if (!claimed) return 'idle';
        try {
          const mail = await this.renderer.render(claimed);
          if (!mail) {
            await this.notifications.remove(manager, claimed.id);
            return 'dropped';
          }
          await this.mailer.send({ ...mail, to: { name: claimed.recipient.name, address: mail.sendTo ?? claimed.recipient.email }, id: claimed.id });
          await this.notifications.markSent(manager, claimed.id);
          return 'sent';
        } catch (error) {
          // A failed statement aborts the transaction: let it roll back and count the attempt outside it.
          if (error instanceof QueryFailedError) throw error;
          await this.recordFailure(claimed, error, manager);
          return 'failed';
        }
      });
    } catch (error) {
      const delivery = claimed as ClaimedDelivery | null;
      if (!delivery) {
        this.logger.warn(`Notification worker cannot reach the database: ${describeError(error)}`);
        return 'unavailable';
      }
      try {
        await this.recordFailure(delivery, error);
        return 'failed';
      } catch {
        this.logger.warn(`Notification worker lost the database while sending ${delivery.id}: ${describeError(error)}`);
        return 'unavailable';
      }
    }
  }

  private async recordFailure(delivery: ClaimedDelivery, error: unknown, manager?: EntityManager): Promise<void> {
    const delay = retryDelaySeconds(delivery.attempts + 1);
    const message = describeError(error);
    // An operator sees a mail server that refuses or is out of reach in the log, not only on the E-mails page.
    if (delay === null) this.logger.warn(`Mail ${delivery.kind} to ${delivery.recipient.id} failed for good: ${message}`);
    else this.logger.warn(`Mail ${delivery.kind} to ${delivery.recipient.id} failed (attempt ${delivery.attempts + 1}), tried again in ${delay} s: ${message}`);
    await this.notifications.recordFailure(delivery.id, message, delay, manager);
  }
}

