import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PreparingClient } from './prepared-statements';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A DATE is a calendar day ('2027-03-09'), not an instant: keep it a string instead of a midnight-UTC Date.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

/**
 * Options of the pg pool: KOERS_DB_POOL_SIZE connections (default 10), each preparing its statements unless
 * KOERS_DB_PREPARED_STATEMENTS=0 (a PgBouncer in transaction mode before 1.21 cannot keep them).
 */
export function poolOptions(env: NodeJS.ProcessEnv = process.env): { max: number; Client?: typeof PreparingClient } {
  return { max: Number(env.KOERS_DB_POOL_SIZE ?? 10), ...(env.KOERS_DB_PREPARED_STATEMENTS !== '0' && { Client: PreparingClient }) };
}

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, unlike uuid-ossp's uuid_generate_v4().
    uuidExtension: 'pgcrypto',
    extra: poolOptions(),
    ...overrides,
  } as DataSourceOptions;
}
