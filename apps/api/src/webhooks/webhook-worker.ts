import { WEBHOOK_SIGNATURE_HEADER } from '@koers/shared/webhooks';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type BackoffSchedule, nextRetryDelaySeconds } from '../app/backoff';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { describeError, PeriodicJob } from '../app/periodic-job';
import { WebhookSender } from './webhook-sender';
import { webhookSecret, webhookSignature } from './webhook-signature';
import { type ClaimedWebhookDelivery, WebhooksRepository } from './webhooks.repository';

/**
 * 1, 4, 16, 64 and 256 minutes, then every 6 hours: a receiver that is down for an afternoon loses nothing. After
 * 12 attempts (about two days) a delivery is `failed`; an endpoint that fails for a day is switched off first.
 */
export const WEBHOOK_BACKOFF: BackoffSchedule = { firstDelaySeconds: 60, factor: 4, maxDelaySeconds: 6 * 3600, maxAttempts: 12 };

/** An endpoint that has failed for this long without one success is switched off, and the programme office told. */
export const SWITCH_OFF_AFTER_HOURS = 24;

/** A tick sends at most this many deliveries (each may wait WEBHOOK_TIMEOUT_MS), so stopping the app never waits long. */
const MAX_DELIVERIES_PER_TICK = 50;

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
 * Every app instance runs one, on the mail worker's interval: one delivery per transaction, its row locked while
 * the request goes out, so a crash rolls the claim back and SKIP LOCKED keeps instances from sending one twice.
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
   * Sends what is due, oldest first. An endpoint whose attempt fails is passed over for the rest of the tick: its
   * other deliveries would most likely fail too, and a receiver that hangs would hold up every other endpoint's
   * deliveries for the full timeout of each.
   */
  private async tick(): Promise<WebhookWorkerRun> {
    const run: WebhookWorkerRun = { delivered: 0, failed: 0 };
    const failingEndpointIds: string[] = [];
    for (let i = 0; i < MAX_DELIVERIES_PER_TICK && !this.job.stopping; i++) {
      const outcome = await this.deliverNext(failingEndpointIds);
      if (outcome === 'idle') break;
      run[outcome.result] += 1;
      if (outcome.result === 'failed') failingEndpointIds.push(outcome.endpointId);
    }
    return run;
  }

  private async deliverNext(passedOverEndpointIds: readonly string[]): Promise<{ result: 'delivered' | 'failed'; endpointId: string } | 'idle'> {
    try {
      return await this.webhooks.transaction(async (manager) => {
        const claimed = await this.webhooks.claimNextDue(manager, passedOverEndpointIds);
        if (!claimed) return 'idle';
        const body = JSON.stringify({ id: claimed.id, event: claimed.event, occurredAt: new Date(claimed.createdAt).toISOString(), data: claimed.data } satisfies WebhookBody);
        const secret = webhookSecret(serverSecret(this.config), claimed.endpoint.secretSalt);
        const answer = await this.sender.post(claimed.endpoint.url, body, {
          [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(secret, body, Math.floor(Date.now() / 1000)),
          'Koers-Event': claimed.event,
          'Koers-Delivery': claimed.id,
          'user-agent': 'Koers-Webhooks/1',
        });
        const endpointId = claimed.endpoint.id;
        if (answer.delivered) {
          await this.webhooks.markDelivered(manager, claimed.id, answer);
          return { result: 'delivered', endpointId };
        }
        const delay = nextRetryDelaySeconds(WEBHOOK_BACKOFF, claimed.attempts + 1);
        const { officeMailsQueued } = await this.webhooks.recordFailure(manager, claimed.id, answer, delay, SWITCH_OFF_AFTER_HOURS);
        if (officeMailsQueued > 0) this.logger.warn(`Webhook endpoint ${endpointId} switched off after ${SWITCH_OFF_AFTER_HOURS} hours of failures`);
        return { result: 'failed', endpointId };
      });
    } catch (error) {
      // The database is gone for now: the claim rolled back, and the next tick tries again.
      this.logger.warn(`Webhook worker cannot reach the database: ${describeError(error)}`);
      return 'idle';
    }
  }
}
