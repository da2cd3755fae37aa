import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth-context';
import { NotFoundError } from '../errors/koers-error';
import { MetricsService } from './metrics.service';

/** `GET /metrics` for Prometheus, behind the bearer token in KOERS_METRICS_TOKEN; without a token it does not exist (404). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metricsService: MetricsService) {}

  @Public()
  @Get()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (!this.metricsService.isAuthorised(authorization)) throw new NotFoundError();
    const { registry } = this.metricsService;
    await reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
  }
}
