import type { DataSourceOptions } from 'typeorm';
import { type KoersConfig, readConfig } from '../app/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PreparingClient } from './prepared-statements';
import { ShapedRowsClient } from './row-shapes';
import { SnakeNamingStrategy } from './snake-naming.strategy';

type PoolConfig = Pick<KoersConfig, 'dbPoolSize' | 'dbPreparedStatements' | 'dbWaitSeconds'>;

/**
 * Options of the pg pool: `dbPoolSize` connections, each preparing its statements unless switched off, and building
 * rows per column list with Koers' type parsers (`row-shapes.ts`).
 *
 * Waiting for a connection ends after `dbWaitSeconds`: without a limit, a pool whose connections all wait for one
 * more (a transaction that asks for a second connection while others queue) hangs the instance for good; with it, the
 * waiting request fails, its transaction rolls back and the pool frees up.
 */
export function poolOptions(config: PoolConfig): { max: number; connectionTimeoutMillis: number; Client: typeof ShapedRowsClient } {
  return {
    max: config.dbPoolSize,
    connectionTimeoutMillis: config.dbWaitSeconds * 1000,
    Client: config.dbPreparedStatements ? PreparingClient : ShapedRowsClient,
  };
}

/**
 * How Koers' connections name themselves in `pg_stat_activity`: a serving instance as `koers` (which `koers restore`
 * looks for, to refuse restoring under one), anything else (the operator command, tools, tests) as `koers-tool`.
 */
export const SERVING_APPLICATION_NAME = 'koers';

/**
 * Tools (migrations, test setup, benchmarks) pass no config: they use the pool settings of the environment. A serving
 * instance (`serving`) names its connections SERVING_APPLICATION_NAME and keeps them open when idle, so it is seen
 * while it runs, also when nobody uses it (pg's pool would close an idle connection after ten seconds).
 */
export function dataSourceOptions(url: string, config: PoolConfig = readConfig(), { serving = false } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName: serving ? SERVING_APPLICATION_NAME : 'koers-tool',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, unlike uuid-ossp's uuid_generate_v4().
    uuidExtension: 'pgcrypto',
    extra: { ...poolOptions(config), ...(serving && { idleTimeoutMillis: 0 }) },
  } as DataSourceOptions;
}
