import type { HealthResponse, ReadinessResponse } from '@koers/shared/api';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { AlsoAnswers } from '../app/openapi';
import { Public } from '../auth/auth-context';
import { NotificationsService } from '../notifications/notifications.service';
import { Draining } from './draining';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly draining: Draining,
  ) {}

  /** 200 while PostgreSQL answers, 503 when it does not: what a load balancer needs to route around a broken replica. */
  @Public()
  @Get()
  @AlsoAnswers(503, 'The database does not answer.')
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const databaseUp = await this.databaseAnswers();
    if (!databaseUp) void reply.status(503);
    return { status: databaseUp ? 'ok' : 'unavailable', database: databaseUp ? 'up' : 'down' };
  }

  /** Liveness: the process serves requests. A database outage is not a reason to restart it: it recovers by itself. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: the database answers and the instance is not stopping (draining after a stop signal, or its mail worker
   * stopped), so it may get traffic.
   */
  @Public()
  @Get('ready')
  @AlsoAnswers(503, 'Not ready: the database does not answer, or the instance is stopping.')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const databaseUp = await this.databaseAnswers();
    const mailWorker = this.notifications.workerState();
    const stopping = this.draining.active || mailWorker === 'stopped';
    const ready = databaseUp && !stopping;
    if (!ready) void reply.status(503);
    return { status: ready ? 'ok' : 'unavailable', database: databaseUp ? 'up' : 'down', mailWorker, stopping };
  }

  private databaseAnswers(): Promise<boolean> {
    return Promise.race([
      this.db.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      // Unreferenced: a health check still waiting must not keep a stopping process alive.
      new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref()),
    ]);
  }
}
