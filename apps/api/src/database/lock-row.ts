import type { EditionStatus } from '@koers/shared/domain';
import type { EntityManager } from 'typeorm';

/** The tables whose rows serialise the writes that depend on them. */
export type LockedTable = 'edition' | 'instrument' | 'programme';

/**
 * Locks one row until the transaction ends; false when there is no such row. Always a statement of its own: under read
 * committed a statement sees only what was committed when it began, so a count or list read by the statement that
 * waited for the lock would miss what the transaction it waited for has just committed. What the lock guards is read
 * by the statements after this one.
 */
export async function lockRow(manager: EntityManager, table: LockedTable, id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return rows.length > 0;
}

/**
 * Every change to an edition's sessions (moving, cancelling, adding or staffing them; dividing the edition into network
 * groups, which locks it with lockRow) locks the edition first, before any of its sessions, so that two such changes
 * never wait for each other in a circle, and each one reads what the one before it committed. `NO KEY UPDATE`:
 * enrolments and other rows that point at the edition may still be added meanwhile. Null when there is no such
 * edition. Like lockRow, a statement of its own.
 */
export async function lockEditionForSessionChanges(manager: EntityManager, editionId: string): Promise<EditionUnderChange | null> {
  const [row] = await manager.query(
    `SELECT status, start_date::text AS "startDate", end_date::text AS "endDate" FROM edition WHERE id = $1 FOR NO KEY UPDATE`,
    [editionId],
  );
  return row ?? null;
}

/** An edition whose sessions are being changed: its status and its period (`YYYY-MM-DD`). */
export interface EditionUnderChange {
  status: EditionStatus;
  startDate: string;
  endDate: string;
}

/**
 * Serialises the transactions that name the same key (`upload-quota`, person, edition) until each ends, on any
 * replica: a PostgreSQL advisory lock, for what has no row of its own to lock yet (a first answer, a count of rows
 * that a parallel request is about to add to). Like lockRow, a statement of its own.
 */
export async function lockKey(manager: EntityManager, ...key: [name: string, ...parts: string[]]): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`koers:${key.join(':')}`]);
}
