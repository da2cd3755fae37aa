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

/** How long a scrape waits for the mail queue's numbers before it answers without them. */
const QUEUE_READ_PATIENCE_MS = 2000;

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
    // Read first, before the queue's statement below asks the pool for a connection and counts as waiting for one.
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
    // One statement per scrape for both queue gauges. With the database out of reach, or not answering within
    // QUEUE_READ_PATIENCE_MS, the scrape still answers well within Prometheus' timeout (the process and request
    // metrics matter most then): the queue reads NaN, and koers_database_up 0.
    let queueRead: Promise<{ pending: number; failed: number } | null> | null = null;
    const readQueue = () =>
      (queueRead ??= Promise.race([
        this.metrics.mailQueue().catch(() => null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), QUEUE_READ_PATIENCE_MS).unref()),
      ]).finally(() => setImmediate(() => (queueRead = null))));
    new Gauge({
      name: 'koers_database_up',
      help: 'Whether this instance read its mail queue from the database at this scrape (1) or not (0)',
      registers: [this.registry],
      async collect() {
        this.set((await readQueue()) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'koers_mail_queue_depth',
      help: 'Mails waiting to be sent',
      registers: [this.registry],
      async collect() {
        this.set((await readQueue())?.pending ?? Number.NaN);
      },
    });
    new Gauge({
      name: 'koers_mail_failed',
      help: 'Mails that failed after every retry (shown under E-mails, where they can be sent again)',
      registers: [this.registry],
      async collect() {
        this.set((await readQueue())?.failed ?? Number.NaN);
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
