import { Pool } from 'pg';
import { createTestDatabase, dropTestDatabase } from '../../test/test-app';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient } from './prepared-statements';

describe('PreparingClient', () => {
  let url: string;
  let client: PreparingClient;
  beforeAll(async () => {
    url = await createTestDatabase('template0');
    client = new PreparingClient({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await dropTestDatabase(url);
  });

  const preparedOnThisConnection = async () =>
    (await client.query(`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`)).rows.map((row) => row.statement as string);

  it('prepares a statement with parameters once and reuses it; one without parameters stays unprepared', async () => {
    expect((await client.query('SELECT $1::int + 1 AS n', [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query('SELECT $1::int + 1 AS n', [41])).rows).toEqual([{ n: 42 }]);
    expect((await client.query('SELECT 7 AS n')).rows).toEqual([{ n: 7 }]);
    expect(await preparedOnThisConnection()).toEqual(['SELECT $1::int + 1 AS n']);
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements per connection and runs the rest unprepared`, async () => {
    for (let i = 0; i <= MAX_PREPARED_PER_CONNECTION; i++) {
      expect((await client.query(`SELECT $1::int + ${i} AS n`, [1])).rows).toEqual([{ n: 1 + i }]);
    }
    expect(await preparedOnThisConnection()).toHaveLength(MAX_PREPARED_PER_CONNECTION);
  });

  it('fails once when a migration changed the result type of a statement, then runs it unprepared', async () => {
    const other = new PreparingClient({ connectionString: url });
    await other.connect();
    try {
      await other.query('CREATE TABLE changing (id int)');
      await other.query('INSERT INTO changing VALUES (1)');
      const select = () => other.query('SELECT * FROM changing WHERE id = $1', [1]);
      expect((await select()).rows).toEqual([{ id: 1 }]);
      await other.query('ALTER TABLE changing ADD COLUMN label text');
      await expect(select()).rejects.toMatchObject({ code: '0A000' });
      expect((await select()).rows).toEqual([{ id: 1, label: null }]);
    } finally {
      await other.end();
    }
  });

  it('prepares what a pool runs through its callback API too', async () => {
    const pool = new Pool({ connectionString: url, max: 1, Client: PreparingClient });
    try {
      await pool.query('SELECT $1::text AS word', ['koers']);
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = 'SELECT $1::text AS word'`);
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await pool.end();
    }
  });
});
