import type { HealthResponse } from '@koers/shared/api';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth-context';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 while PostgreSQL answers, 503 when it does not: what a load balancer needs to route around a broken replica. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const databaseUp = await Promise.race([
      this.db.query('SELECT 1').then(() => true, () => false),
      new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false)),
    ]);
    if (!databaseUp) void reply.status(503);
    return { status: databaseUp ? 'ok' : 'unavailable', database: databaseUp ? 'up' : 'down' };
  }
}
