import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { queryDirectly } from './direct-query';
import { QueryCounter } from './query-counter';

describe('queryDirectly', () => {
  let url: string;
  let db: DataSource;
  const counter = new QueryCounter();
  beforeAll(async () => {
    url = await createTestDatabase('template0');
    db = queryDirectly(await new DataSource({ ...dataSourceOptions(url), logger: counter }).initialize());
    await db.query('CREATE TABLE item (id int PRIMARY KEY, name text)');
  });
  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  it('answers as TypeORM does: rows, and [rows, affected] for an UPDATE or DELETE; each statement reaches the logger', async () => {
    counter.reset();
    expect(await db.query('INSERT INTO item VALUES ($1, $2), ($3, $4) RETURNING id', [1, 'a', 2, 'b'])).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await db.query('UPDATE item SET name = $1 RETURNING id', ['c'])).toEqual([[{ id: 1 }, { id: 2 }], 2]);
    expect(await db.query('DELETE FROM item WHERE id = $1', [2])).toEqual([[], 1]);
    expect(await db.manager.query('SELECT name FROM item')).toEqual([{ name: 'c' }]);
    expect(counter.count).toBe(4);
  });

  it("fails with QueryFailedError carrying PostgreSQL's code, and gives the connection back", async () => {
    const failing = db.query('INSERT INTO item VALUES ($1, $2)', [1, 'duplicate']);
    await expect(failing).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failing).rejects.toMatchObject({ driverError: { code: '23505' } });
    const pool = db.driver as unknown as { master: { totalCount: number; idleCount: number } };
    expect(pool.master.idleCount).toBe(pool.master.totalCount);
  });

  it('survives a connection lost during a statement: the statement fails, the next one gets a fresh connection', async () => {
    await expect(db.query('SELECT pg_terminate_backend(pg_backend_pid()) WHERE $1', [true])).rejects.toBeInstanceOf(QueryFailedError);
    expect(await db.query('SELECT $1::int AS n', [1])).toEqual([{ n: 1 }]);
  });

  it('leaves statements in a transaction to TypeORM', async () => {
    await expect(
      db.transaction(async (manager) => {
        await manager.query('INSERT INTO item VALUES ($1, $2)', [3, 'rolled back']);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.query('SELECT count(*)::int AS n FROM item WHERE id = $1', [3])).toEqual([{ n: 0 }]);
  });
});
