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
