import { Client, type ClientConfig, Pool } from 'pg';
import { createTestDatabase, dropTestDatabase } from '../../test/test-app';
import { poolOptions } from './data-source-options';
import { MAX_ROW_SHAPES, ShapedResult, ShapedRowsClient } from './row-shapes';

describe('ShapedRowsClient', () => {
  let url: string;
  let shaped: ShapedRowsClient;
  let plain: Client;
  beforeAll(async () => {
    url = await createTestDatabase('template0');
    // The pool's own client class, preparing what has parameters; its module registers Koers' type parsers.
    const { Client: Preparing } = poolOptions({ dbPoolSize: 1, dbPreparedStatements: true, dbWaitSeconds: 10 });
    shaped = new Preparing({ connectionString: url });
    plain = new Client({ connectionString: url });
    await Promise.all([shaped.connect(), plain.connect()]);
  });
  afterAll(async () => {
    await Promise.all([shaped.end(), plain.end()]);
    await dropTestDatabase(url);
  });

  const STATEMENTS: [string, unknown[]?][] = [
    [
      `SELECT 1::int AS n, 'Zoë Brouwer-Hoël'::text AS name, NULL::text AS missing, true AS yes, 12.50::numeric AS amount,
              '2027-03-09'::date AS day, '2027-03-09T08:30:00Z'::timestamptz AS starts_at, '{"a": [1, 2]}'::jsonb AS data,
              ARRAY['a', 'b'] AS words, gen_random_uuid() IS NOT NULL AS has_id, 9007199254740993::bigint AS big`,
    ],
    [`SELECT $1::text AS word, $2::int AS n, NULL AS nothing`, ['Αλέξανδρος', 7]],
    // The same column names with other types: a list is known by its types too.
    [`SELECT $1::int AS word, $2::text AS n, 1 AS nothing`, [3, 'seven']],
    // A name twice keeps its first place and its last value, as pg's rows do.
    [`SELECT 1 AS id, 2 AS other, 3 AS id`],
    [`SELECT 'x' AS "__proto__", 'y' AS "constructor", 'z' AS "a""quote\\back"`],
    [`SELECT n, n * 2 AS double FROM generate_series(1, 50) AS n WHERE n > $1`, [45]],
    [`SELECT 1 AS n WHERE false`],
  ];

  it('answers the same rows as pg, in the same order, with the same keys and values', async () => {
    for (const [sql, values] of STATEMENTS) {
      for (let run = 0; run < 2; run++) {
        const [ours, pgs] = await Promise.all([shaped.query(sql, values), plain.query(sql, values)]);
        const keysOf = (rows: object[]) => rows.map((row) => Object.keys(row));
        expect(keysOf(ours.rows)).toEqual(keysOf(pgs.rows));
        expect(ours.rows).toEqual(pgs.rows);
        expect(ours).toBeInstanceOf(ShapedResult);
        expect(ours.rowCount).toBe(pgs.rowCount);
        expect(ours.fields.map((field) => field.name)).toEqual(pgs.fields.map((field) => field.name));
      }
    }
    const [row] = (await shaped.query(`SELECT 'x' AS "__proto__"`)).rows;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('x');
  });

  it('keeps dates as calendar days and timestamps as instants', async () => {
    const [row] = (await shaped.query(`SELECT '2027-03-09'::date AS day, '2027-03-09T08:30:00Z'::timestamptz AS at`)).rows;
    expect(row).toEqual({ day: '2027-03-09', at: new Date('2027-03-09T08:30:00Z') });
  });

  it('passes PostgreSQL errors on, through a promise and through a callback', async () => {
    await expect(shaped.query('SELECT 1 / $1::int AS n', [0])).rejects.toMatchObject({ code: '22012' });
    const viaCallback = await new Promise<{ code?: string }>((resolve) =>
      shaped.query('SELECT 1 / $1::int AS n', [0], (error) => resolve(error as unknown as { code?: string })),
    );
    expect(viaCallback).toMatchObject({ code: '22012' });
    // As pg does: no error is null.
    expect(await new Promise((resolve) => shaped.query('SELECT $1::int AS n', [1], (error) => resolve(error)))).toBeNull();
    expect((await shaped.query('SELECT $1::int AS n', [1])).rows).toEqual([{ n: 1 }]);
  });

  it('answers every statement of a multi-statement query, and a config object as pg does', async () => {
    const results = (await shaped.query('SELECT 1 AS a; SELECT 2 AS b')) as unknown as { rows: object[] }[];
    expect(results.map((result) => result.rows)).toEqual([[{ a: 1 }], [{ b: 2 }]]);
    expect((await shaped.query({ text: 'SELECT $1::int AS n', values: [4], rowMode: 'array' })).rows).toEqual([[4]]);
  });

  it('serves a pool through its callback API, with or without preparing', async () => {
    for (const dbPreparedStatements of [true, false]) {
      const pool = new Pool({ connectionString: url, ...poolOptions({ dbPoolSize: 2, dbPreparedStatements, dbWaitSeconds: 10 }) });
      try {
        const { rows } = await pool.query('SELECT $1::text AS word', ['koers']);
        expect(rows).toEqual([{ word: 'koers' }]);
      } finally {
        await pool.end();
      }
    }
  });

  it("leaves to pg the rows it cannot shape: binary columns, and column lists beyond the last one it keeps", async () => {
    // pg reads `binary` (values in PostgreSQL's binary format), though its type declarations leave it out.
    const binary = { connectionString: url, binary: true } as ClientConfig;
    const [binaryShaped, binaryPlain] = [new ShapedRowsClient(binary), new Client(binary)];
    await Promise.all([binaryShaped.connect(), binaryPlain.connect()]);
    try {
      // A fixed instant: now() differs between the two connections' statements.
      const sql = `SELECT $1::int AS n, $2::text AS word, '2027-03-09T08:30:00.123456+01'::timestamptz AS at`;
      const values = [5, 'vijf'];
      expect((await binaryShaped.query(sql, values)).rows).toEqual((await binaryPlain.query(sql, values)).rows);
    } finally {
      await Promise.all([binaryShaped.end(), binaryPlain.end()]);
    }

    // Last in this file: it fills the kept lists.
    for (let i = 0; i <= MAX_ROW_SHAPES; i++) await shaped.query(`SELECT ${i} AS "column ${i}"`);
    const beyond = `SELECT 1 AS id, 'één' AS name, '2027-03-09'::date AS day, 3 AS id`;
    const [ours, pgs] = await Promise.all([shaped.query(beyond), plain.query(beyond)]);
    expect(ours.rows).toEqual(pgs.rows);
    expect(Object.keys(ours.rows[0])).toEqual(Object.keys(pgs.rows[0]));
  });
});
