import type { DataSource } from 'typeorm';

/** Any fixed number: the key of the session-level advisory lock that makes migrating one instance's job at a time. */
const MIGRATION_LOCK = 7_318_240;

/**
 * Runs the pending migrations while holding a PostgreSQL advisory lock, so replicas started together migrate exactly
 * once: the first takes the lock and migrates, the others wait for it and then find nothing left to do. The lock is
 * held on a connection of its own and ends with it, so an instance killed halfway frees it.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<number> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lockHolder.release();
  }
}
