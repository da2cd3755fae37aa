import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { carriesBearerToken } from '../app/bearer-credentials';
import { MetricsRepository } from './metrics.repository';
import { RequestDurations } from './request-durations';

/** The pg pool behind TypeORM, as far as its counts go. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus metrics of this instance: request durations by route, the mail queue, the database pool and the
 * process. A registry of its own (not prom-client's global one), so test apps in one process never share counts.
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  readonly registry = new Registry();
  private readonly requestDurations = new RequestDurations(this.registry);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: MetricsRepository,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'koers_' });
    const readQueue = () => this.metrics.mailQueue();
    new Gauge({
      name: 'koers_mail_queue_depth',
      help: 'Mails waiting to be sent',
      registers: [this.registry],
      async collect() {
        this.set((await readQueue()).pending);
      },
    });
    new Gauge({
      name: 'koers_mail_failed',
      help: 'Mails that failed after every retry (shown under E-mails, where they can be sent again)',
      registers: [this.registry],
      async collect() {
        this.set((await readQueue()).failed);
      },
    });
    const pool = () => (this.db.driver as unknown as { master: PoolCounts }).master;
    new Gauge({
      name: 'koers_db_pool_connections',
      help: 'Database connections of this instance by state',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const { totalCount, idleCount, waitingCount } = pool();
        this.set({ state: 'total' }, totalCount);
        this.set({ state: 'idle' }, idleCount);
        this.set({ state: 'waiting_clients' }, waitingCount);
      },
    });
  }

  /** Every response is timed by its route pattern (`/api/sessions/:id`), never by its URL, so the label set stays small. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request, reply, done) => {
      this.requestDurations.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
      done();
    });
  }

  /** Whether the request carries the configured bearer token; without one configured nobody gets the metrics. */
  isAuthorised(authorization: string | undefined): boolean {
    const token = this.config.metricsToken;
    return !!token && carriesBearerToken(authorization, token);
  }
}
