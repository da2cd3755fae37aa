import { Module } from '@nestjs/common';
import { WebhookOutboxRepository } from './webhook-outbox.repository';
import { WebhookSender } from './webhook-sender';
import { WebhookWorker } from './webhook-worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/**
 * Signed HTTP deliveries of what happens in Koers to integrators' endpoints. Other features queue their events
 * through WebhookOutboxRepository, inside the transaction of their change; a worker per instance delivers them.
 */
@Module({
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, WebhookOutboxRepository, WebhookSender, WebhookWorker],
  exports: [WebhookOutboxRepository],
})
export class WebhooksModule {}
