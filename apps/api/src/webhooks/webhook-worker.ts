import { WEBHOOK_SIGNATURE_HEADER } from '@koers/shared/webhooks';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type BackoffSchedule, nextRetryDelaySeconds } from '../app/backoff';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { describeError, PeriodicJob } from '../app/periodic-job';
import { WEBHOOK_TIMEOUT_MS, WebhookSender } from './webhook-sender';
import { webhookSecret, webhookSignature } from './webhook-signature';
import { type ClaimedWebhookDelivery, WebhooksRepository } from './webhooks.repository';

/**
 * 1, 4, 16, 64 and 256 minutes, then every 6 hours: a receiver that is down for an afternoon loses nothing. After
 * 12 attempts (about two days) a delivery is `failed`; an endpoint that fails for a day is switched off first.
 */
export const WEBHOOK_BACKOFF: BackoffSchedule = { firstDelaySeconds: 60, factor: 4, maxDelaySeconds: 6 * 3600, maxAttempts: 12 };

/** An endpoint that has failed for this long without one success is switched off, and the programme office told. */
export const SWITCH_OFF_AFTER_HOURS = 24;

/**
 * A tick claims deliveries for this long, so stopping the app never waits long: as long as a request to a receiver
 * that hangs may take, during which the other endpoints are served on as their deliveries come due.
 */
const CLAIMS_PER_TICK_MS = WEBHOOK_TIMEOUT_MS;

/** How often a lane with nothing due looks again while another lane still waits on a receiver. */
const IDLE_LOOK_AGAIN_MS = 1000;

/**
 * Endpoints served at once: a receiver that hangs holds up one of them for its timeout, not every endpoint behind it.
 * No database connection is held while a request is out, so this costs the API none.
 */
const PARALLEL_ENDPOINTS = 4;

/** How long a claimed delivery is not due for anyone else: longer than a request may take. */
const LEASE_SECONDS = Math.ceil(WEBHOOK_TIMEOUT_MS / 1000) * 6;

export interface WebhookWorkerRun {
  delivered: number;
  failed: number;
}

/** What a receiver gets as the body of every delivery. */
export interface WebhookBody {
  /** The delivery's id: the same on every retry, so a receiver can skip one it already handled. */
  id: string;
  event: ClaimedWebhookDelivery['event'];
  occurredAt: string;
  data: Record<string, unknown>;
}

/**
 * Every app instance runs one, on the mail worker's interval: each delivery is leased (claimNextDue) before its
 * request goes out, so instances never send one at the same time, and one that stops midway leaves it due again.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookWorker.name);
  private readonly job = new PeriodicJob('Webhook worker', this.logger, () => this.tick());

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly sender: WebhookSender,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalSeconds > 0) this.job.start(this.config.workerIntervalSeconds);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One tick, after any tick in progress on this instance. */
  runOnce(): Promise<WebhookWorkerRun> {
    return this.job.runOnce();
  }

  /**
   * Sends what is due, oldest first, to up to PARALLEL_ENDPOINTS endpoints at once, one delivery per endpoint at a
   * time. An endpoint whose attempt fails is passed over for the rest of the tick: its other deliveries would most
   * likely fail too. While one lane waits on a receiver that hangs, the others go on with what comes due meanwhile,
   * so a healthy endpoint is not paced by the hanging one's timeout.
   */
  private async tick(): Promise<WebhookWorkerRun> {
    const run: WebhookWorkerRun = { delivered: 0, failed: 0 };
    const failing = new Set<string>();
    const inFlight = new Set<string>();
    const claimsUntil = Date.now() + CLAIMS_PER_TICK_MS;
    // Claims one at a time, so two lanes never take deliveries of the same endpoint.
    let claiming: Promise<unknown> = Promise.resolve();
    const claim = () => {
      const claimed = claiming.then(async () => {
        const delivery = await this.claimNext([...failing, ...inFlight]);
        if (typeof delivery !== 'string') inFlight.add(delivery.endpoint.id);
        return delivery;
      });
      claiming = claimed.catch(() => undefined);
      return claimed;
    };
    const lane = async () => {
      while (Date.now() < claimsUntil && !this.job.stopping) {
        const delivery = await claim();
        if (delivery === 'unreachable') return;
        if (delivery === 'idle') {
          if (inFlight.size === 0) return;
          await new Promise((resolve) => setTimeout(resolve, IDLE_LOOK_AGAIN_MS));
          continue;
        }
        const result = await this.deliver(delivery);
        inFlight.delete(delivery.endpoint.id);
        if (result === 'unavailable') return;
        run[result] += 1;
        if (result === 'failed') failing.add(delivery.endpoint.id);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_ENDPOINTS }, lane));
    return run;
  }

  private async claimNext(passedOverEndpointIds: string[]): Promise<ClaimedWebhookDelivery | 'idle' | 'unreachable'> {
    try {
      return (await this.webhooks.claimNextDue(passedOverEndpointIds, LEASE_SECONDS, WEBHOOK_BACKOFF.maxAttempts)) ?? 'idle';
    } catch (error) {
      // The database is gone for now: nothing was claimed, the lane stops looking, and the next tick tries again.
      this.logger.warn(`Webhook worker cannot reach the database: ${describeError(error)}`);
      return 'unreachable';
    }
  }

  private async deliver(claimed: ClaimedWebhookDelivery): Promise<'delivered' | 'failed' | 'unavailable'> {
    const body = JSON.stringify({ id: claimed.id, event: claimed.event, occurredAt: new Date(claimed.createdAt).toISOString(), data: claimed.data } satisfies WebhookBody);
    const secret = webhookSecret(serverSecret(this.config), claimed.endpoint.secretSalt);
    const answer = await this.sender.post(claimed.endpoint.url, body, {
      [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(secret, body, Math.floor(Date.now() / 1000)),
      'Koers-Event': claimed.event,
      'Koers-Delivery': claimed.id,
      'user-agent': 'Koers-Webhooks/1',
    });
    try {
      if (answer.delivered) {
        await this.webhooks.markDelivered(claimed.id, answer);
        return 'delivered';
      }
      // The claim counted this attempt already.
      const delay = nextRetryDelaySeconds(WEBHOOK_BACKOFF, claimed.attempts);
      const { officeMailsQueued } = await this.webhooks.recordFailure(claimed.id, answer, delay, SWITCH_OFF_AFTER_HOURS);
      if (officeMailsQueued > 0) this.logger.warn(`Webhook endpoint ${claimed.endpoint.id} switched off after ${SWITCH_OFF_AFTER_HOURS} hours of failures`);
      return 'failed';
    } catch (error) {
      // The outcome could not be written: the lease runs out and the delivery is tried again (by its same id).
      this.logger.warn(`Webhook worker could not record delivery ${claimed.id}: ${describeError(error)}`);
      return 'unavailable';
    }
  }
}
