import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { type LockedTable, lockRow } from '../src/database/lock-row';

/**
 * Makes a race happen in a fixed order: a transaction of the test's own takes a row lock (or does what makes the
 * request wait, such as inserting the row the request inserts too), the request starts and waits for it, the test
 * commits `change` under that lock, and then the request goes on. The request must act on what was committed while it
 * waited, as it would when two people press the button at the same moment.
 */
export async function whileLocked<T>(
  db: DataSource,
  lock: { table: LockedTable; id: string } | ((transaction: EntityManager) => Promise<unknown>),
  request: () => Promise<T>,
  change: (transaction: QueryRunner) => Promise<unknown> = async () => undefined,
): Promise<T> {
  const transaction = db.createQueryRunner();
  await transaction.connect();
  await transaction.startTransaction();
  try {
    if (typeof lock === 'function') await lock(transaction.manager);
    else await lockRow(transaction.manager, lock.table, lock.id);
    const answer = request();
    // Should waiting fail, the request still ends once the lock goes; its answer then has no one to reject to.
    answer.catch(() => undefined);
    await untilSomeoneWaitsForALock(db);
    await change(transaction);
    await transaction.commitTransaction();
    return await answer;
  } finally {
    if (transaction.isTransactionActive) await transaction.rollbackTransaction();
    await transaction.release();
  }
}

async function untilSomeoneWaitsForALock(db: DataSource): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [{ waiting }] = await db.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The request never waited for the lock');
}
