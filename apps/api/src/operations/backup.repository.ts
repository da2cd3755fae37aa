import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';
import { SERVING_APPLICATION_NAME } from '../database/data-source-options';

/** A pg client as TypeORM's query runner holds it; COPY needs the client itself. */
type PgClient = { query: (stream: unknown) => Readable & Writable };

/** The SQL of a backup and a restore: the tables in an order their foreign keys accept, and their rows as COPY streams. */
export class BackupRepository {
  constructor(private readonly db: DataSource) {}

  /** Opens one read-only snapshot, so every table is read as of the same moment while Koers keeps running. */
  async openSnapshot(): Promise<QueryRunner> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return runner;
  }

  async appliedMigrations(runner: QueryRunner): Promise<string[]> {
    const rows: { name: string }[] = await runner.query(`SELECT name FROM migrations ORDER BY id`);
    return rows.map((row) => row.name);
  }

  /** The schema's tables (the migrations' own bookkeeping aside), each after every table it refers to. */
  async tablesInDependencyOrder(runner: QueryRunner): Promise<string[]> {
    const tables: { name: string }[] = await runner.query(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('migrations', 'running_replica') ORDER BY 1`,
    );
    const references: { child: string; parent: string }[] = await runner.query(
      `SELECT DISTINCT child.relname AS child, parent.relname AS parent
         FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = child.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' AND child.relname <> parent.relname`,
    );
    const ordered: string[] = [];
    const remaining = new Set(tables.map((table) => table.name));
    while (remaining.size > 0) {
      const ready = [...remaining].filter((table) => references.every((ref) => ref.child !== table || !remaining.has(ref.parent)));
      if (ready.length === 0) throw new Error(`foreign keys form a cycle between ${[...remaining].join(', ')}`);
      for (const table of ready) {
        ordered.push(table);
        remaining.delete(table);
      }
    }
    return ordered;
  }

  async copyOut(runner: QueryRunner, table: string, into: Writable): Promise<void> {
    const client = (await runner.connect()) as PgClient;
    await pipeline(client.query(copyTo(`COPY ${quote(table)} TO STDOUT`)), into);
  }

  async copyIn(runner: QueryRunner, table: string, from: Readable): Promise<void> {
    const client = (await runner.connect()) as PgClient;
    await pipeline(from, client.query(copyFrom(`COPY ${quote(table)} FROM STDIN`)));
  }

  /** Empties the tables a restore loads, in one statement (so their foreign keys among each other do not get in the way). */
  async emptyTables(runner: QueryRunner, tables: readonly string[]): Promise<void> {
    if (tables.length > 0) await runner.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
  }

  /**
   * Every stored file the snapshot's rows name: each column called `storage_key` or `…_storage_key` (hand-ins,
   * materials, attachments, photos), found in the schema, so a table added later is taken along by its name alone.
   */
  async storageKeys(snapshot: QueryRunner): Promise<string[]> {
    const columns: { tableName: string; columnName: string }[] = await snapshot.query(
      `SELECT c.relname AS "tableName", a.attname AS "columnName"
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND (a.attname = 'storage_key' OR a.attname LIKE '%\\_storage\\_key')
        ORDER BY 1, 2`,
    );
    if (columns.length === 0) return [];
    const union = columns.map(({ tableName, columnName }) => `SELECT ${quote(columnName)}::text AS key FROM ${quote(tableName)} WHERE ${quote(columnName)} IS NOT NULL`).join(' UNION ');
    const rows: { key: string }[] = await snapshot.query(union);
    return rows.map((row) => row.key);
  }

  /** How many connections of a serving Koers the database has now (SERVING_APPLICATION_NAME). */
  async servingConnections(): Promise<number> {
    const [{ serving }] = await this.db.query(
      `SELECT count(*)::int AS serving FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
      [SERVING_APPLICATION_NAME],
    );
    return serving;
  }

  /** Whether the database holds no data yet: no schema, or the schema of a Koers that was started but never used. */
  async holdsNoData(): Promise<boolean> {
    const [{ hasSchema }] = await this.db.query(`SELECT to_regclass('public.person') IS NOT NULL AS "hasSchema"`);
    if (!hasSchema) return true;
    const [{ empty }] = await this.db.query(`SELECT NOT EXISTS (SELECT 1 FROM person) AND NOT EXISTS (SELECT 1 FROM programme) AS empty`);
    return empty;
  }

  /** Clears the schema of a database that holds no data, so the backup's own schema can be built in its place. */
  async dropEmptySchema(): Promise<void> {
    await this.db.query('DROP SCHEMA public CASCADE');
    await this.db.query('CREATE SCHEMA public');
  }

  /** After rows came in with their ids, every sequence continues after the highest id. */
  async resetSequences(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DO $$ DECLARE s record; BEGIN
        FOR s IN SELECT seq.relname AS sequence, tbl.relname AS tbl, att.attname AS col
                   FROM pg_class seq JOIN pg_depend d ON d.objid = seq.oid AND d.deptype = 'a'
                   JOIN pg_class tbl ON tbl.oid = d.refobjid JOIN pg_attribute att ON att.attrelid = tbl.oid AND att.attnum = d.refobjsubid
                  WHERE seq.relkind = 'S' LOOP
          EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I), 0) + 1, false)', s.sequence, s.col, s.tbl);
        END LOOP;
      END $$`);
  }
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
