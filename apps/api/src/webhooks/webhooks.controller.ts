import type { Page } from '@koers/shared/api';
import type { WebhookDeliverySummary, WebhookEndpointSummary, WebhookEndpointWithSecret } from '@koers/shared/webhooks';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { CreateWebhookEndpointDto, UpdateWebhookEndpointDto } from './dto/webhook-endpoint.dto';
import { WebhooksService } from './webhooks.service';

/** The programme office sets up where integrators receive events, and sees every delivery with its answer. */
@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  list(@Auth() auth: AuthContext): Promise<WebhookEndpointSummary[]> {
    return this.webhooks.list(auth);
  }

  @Post()
  create(@Auth() auth: AuthContext, @Body() body: CreateWebhookEndpointDto): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.create(auth, body);
  }

  @Patch(':id')
  update(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() body: UpdateWebhookEndpointDto): Promise<WebhookEndpointSummary> {
    return this.webhooks.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<void> {
    return this.webhooks.remove(auth, id);
  }

  @Post(':id/secret')
  @HttpCode(200)
  rotateSecret(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.rotateSecret(auth, id);
  }

  @Get(':id/deliveries')
  deliveries(@Auth() auth: AuthContext, @IdParam('id') id: string, @Query() query: PageQueryDto): Promise<Page<WebhookDeliverySummary>> {
    return this.webhooks.deliveries(auth, id, query);
  }
}
