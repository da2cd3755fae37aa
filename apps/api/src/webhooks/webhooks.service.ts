import type { Page } from '@koers/shared/api';
import type { WebhookDeliverySummary, WebhookEndpointSummary, WebhookEndpointWithSecret } from '@koers/shared/webhooks';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { type AuthContext, requireLoginSession } from '../auth/auth-context';
import { lockKey } from '../database/lock-row';
import type { CreateWebhookEndpointDto, UpdateWebhookEndpointDto } from './dto/webhook-endpoint.dto';
import { webhookSecret } from './webhook-signature';
import { privateAddressOf, webhookTarget } from './webhook-targets';
import { MAX_WEBHOOK_ENDPOINTS, WebhookEndpointExistsError, WebhookEndpointLimitError, WebhookEndpointNotFoundError, WebhookTargetPrivateError } from './webhooks.errors';
import { WebhooksRepository } from './webhooks.repository';

const newSecretSalt = () => randomBytes(24).toString('base64url');

/** The programme office's webhook endpoints and what was delivered to them. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly access: AccessService,
    private readonly webhooks: WebhooksRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async list(auth: AuthContext): Promise<WebhookEndpointSummary[]> {
    this.access.requireProgrammeOffice(auth, 'webhooks.manage');
    return this.webhooks.findEndpoints();
  }

  /**
   * The signing secret is in this answer only. An endpoint is a feed of the edition's data that outlives any token, so
   * only a login session sets one up, changes it (its address, switched on again), rotates its secret or deletes it: a
   * leaked token cannot make itself permanent that way, nor cut off a system that erases its copies on `person.erased`.
   */
  async create(auth: AuthContext, request: CreateWebhookEndpointDto): Promise<WebhookEndpointWithSecret> {
    this.access.requireProgrammeOffice(auth, 'webhooks.manage');
    requireLoginSession(auth);
    const url = await this.reachableTarget(request.url);
    const secretSalt = newSecretSalt();
    const endpoint = await this.webhooks.transaction(async (manager) => {
      // Counted under one lock for every new endpoint, so parallel saves on any replica never pass the limit.
      await lockKey(manager, 'webhook-endpoints');
      if ((await this.webhooks.endpointCount(manager)) >= MAX_WEBHOOK_ENDPOINTS) throw new WebhookEndpointLimitError(MAX_WEBHOOK_ENDPOINTS);
      await this.refuseSecondEndpointFor(manager, url);
      return this.webhooks.createEndpoint({ ...request, url, secretSalt }, manager);
    });
    return { endpoint, secret: this.secret(secretSalt) };
  }

  async update(auth: AuthContext, id: string, request: UpdateWebhookEndpointDto): Promise<WebhookEndpointSummary> {
    this.access.requireProgrammeOffice(auth, 'webhooks.manage');
    requireLoginSession(auth);
    // Left out (or null, as optional fields may be sent): the address stays as it is.
    const url = request.url == null ? undefined : await this.reachableTarget(request.url);
    const endpoint = await this.webhooks.transaction(async (manager) => {
      if (url !== undefined) await this.refuseSecondEndpointFor(manager, url, id);
      return this.webhooks.updateEndpoint(id, { ...request, url }, manager);
    });
    return endpoint ?? throwNotFound();
  }

  /** A new secret at once: the old one stops working with the next delivery. */
  async rotateSecret(auth: AuthContext, id: string): Promise<WebhookEndpointWithSecret> {
    this.access.requireProgrammeOffice(auth, 'webhooks.manage');
    requireLoginSession(auth);
    const secretSalt = newSecretSalt();
    const endpoint = (await this.webhooks.updateEndpoint(id, { secretSalt })) ?? throwNotFound();
    return { endpoint, secret: this.secret(secretSalt) };
  }

  async remove(auth: AuthContext, id: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'webhooks.manage');
    requireLoginSession(auth);
    if (!(await this.webhooks.deleteEndpoint(id))) throwNotFound();
  }

  async deliveries(auth: AuthContext, id: string, query: PageQueryDto): Promise<Page<WebhookDeliverySummary>> {
    this.access.requireProgrammeOffice(auth, 'webhooks.manage');
    const { items, total } = (await readPage(query, (limit, offset) => this.webhooks.findDeliveries(id, limit, offset))) ?? throwNotFound();
    return toPage(items, total, query);
  }

  /**
   * The address as Koers will call it (`webhookTarget`), refused when it is or resolves to a private one that
   * deliveries would refuse anyway: told now, not after a day of failed deliveries.
   */
  private async reachableTarget(value: string): Promise<string> {
    const url = webhookTarget(value);
    if (!this.config.webhooksAllowPrivateTargets && (await privateAddressOf(url))) throw new WebhookTargetPrivateError();
    return url.href;
  }

  /** Two endpoints for one address would get every event twice, each signed with its own secret. */
  private async refuseSecondEndpointFor(manager: EntityManager, url: string, exceptId?: string): Promise<void> {
    await lockKey(manager, 'webhook-endpoint-url', url);
    if (await this.webhooks.endpointWithUrlExists(manager, url, exceptId)) throw new WebhookEndpointExistsError();
  }

  private secret(secretSalt: string): string {
    return webhookSecret(serverSecret(this.config), secretSalt);
  }
}

function throwNotFound(): never {
  throw new WebhookEndpointNotFoundError();
}

