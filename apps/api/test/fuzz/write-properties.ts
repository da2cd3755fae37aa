import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import type { HttpClient, TestResponse } from '../http-client';
import { toJson, type WireBody } from './hostile-input';

/** Runs per endpoint; FUZZ_RUNS raises it when hunting for bugs. */
export const RUNS = Number(process.env.FUZZ_RUNS) || 200;

/**
 * A fixed seed keeps CI repeatable: a red build means a change broke something, not that a new random input was
 * drawn. Explore other inputs locally with FUZZ_SEED=<number> (or FUZZ_SEED=random).
 */
export const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20271109);

/** Rows inserted, updated and deleted so far, per table. */
export type Snapshot = Map<string, { inserted: number; updated: number; deleted: number }>;

/** Tables written between two snapshots, with the change in their row counts. */
export type Changes = Map<string, { added: number }>;

/**
 * Counts every row written to every table, from triggers installed in this test file's own database: a snapshot
 * is then one small read however much data the runs pile up, and even a write that leaves a row as it was counts.
 * `login_session` updates are not counted: any authenticated request may keep its session alive. Nor is
 * `rate_limit_counter`: every request may count against a limit (the limits have specs of their own). Nor is
 * `running_replica`, which a running instance confirms every half minute whatever the requests.
 */
export async function snapshotter(db: DataSource): Promise<() => Promise<Snapshot>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'typeorm_metadata', 'rate_limit_counter', 'running_replica')`,
  );
  await db.query(`CREATE UNLOGGED TABLE fuzz_write (table_name text PRIMARY KEY, inserted bigint NOT NULL, updated bigint NOT NULL, deleted bigint NOT NULL)`);
  await db.query(`
    CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_TABLE_NAME = 'login_session' AND TG_OP = 'UPDATE' THEN RETURN NULL; END IF;
      INSERT INTO fuzz_write AS w VALUES (TG_TABLE_NAME, (TG_OP = 'INSERT')::int, (TG_OP = 'UPDATE')::int, (TG_OP = 'DELETE')::int)
      ON CONFLICT (table_name) DO UPDATE
         SET inserted = w.inserted + EXCLUDED.inserted, updated = w.updated + EXCLUDED.updated, deleted = w.deleted + EXCLUDED.deleted;
      RETURN NULL;
    END $$`);
  for (const { name } of tables) {
    await db.query(`CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`);
  }
  return async () => {
    const rows: { table_name: string; inserted: string; updated: string; deleted: string }[] = await db.query(`SELECT * FROM fuzz_write`);
    return new Map(rows.map((row) => [row.table_name, { inserted: Number(row.inserted), updated: Number(row.updated), deleted: Number(row.deleted) }]));
  };
}

export function changesBetween(before: Snapshot, after: Snapshot): Changes {
  const changes: Changes = new Map();
  const none = { inserted: 0, updated: 0, deleted: 0 };
  for (const [table, now] of after) {
    const then = before.get(table) ?? none;
    if (now.inserted !== then.inserted || now.updated !== then.updated || now.deleted !== then.deleted) {
      changes.set(table, { added: now.inserted - then.inserted - (now.deleted - then.deleted) });
    }
  }
  return changes;
}

/** Sends a body as the wire form says: JSON, raw bytes with their own content type, or nothing at all. */
export function send(client: HttpClient, method: 'POST' | 'PUT' | 'PATCH', url: string, body: WireBody, headers: Record<string, string> = {}) {
  if ('none' in body) return client.request(method, url, undefined, headers);
  if ('raw' in body) return client.request(method, url, body.raw, { 'content-type': body.contentType, ...headers });
  // A top-level `null` or string would otherwise be sent as raw text; JSON says what the client meant.
  return client.request(method, url, toJson(body.json), { 'content-type': 'application/json', ...headers });
}

const RAW_HTML = [/<script/i, /<img[^>]*onerror/i, /<svg[^>]*onload/i];

/** Responses in an HTML page never carry the hostile markup they were sent. */
export function expectNoReflectedHtml(label: string, html: string) {
  const found = RAW_HTML.find((pattern) => pattern.test(html));
  if (found) throw new Error(`${label}: raw ${found} in HTML:\n${html.slice(0, 2000)}`);
}

/** The project's error body: `{statusCode, error, message, requestId}` in JSON, with `fields[]` when validation failed. */
export function expectErrorBody(response: TestResponse) {
  const contentType = String(response.headers['content-type'] ?? '');
  if (!contentType.startsWith('application/json')) throw new Error(`${response.status} answered as ${contentType}: ${response.text.slice(0, 300)}`);
  const body = response.body as Record<string, unknown>;
  const shaped =
    body.statusCode === response.status &&
    typeof body.error === 'string' &&
    typeof body.message === 'string' &&
    body.message.length > 0 &&
    typeof body.requestId === 'string';
  if (!shaped) throw new Error(`${response.status} with an error body of the wrong shape: ${response.text.slice(0, 300)}`);
  if (body.error === 'validation_failed') {
    const fields = body.fields as { field?: unknown; message?: unknown }[] | undefined;
    if (!Array.isArray(fields) || fields.length === 0 || !fields.every((f) => typeof f.field === 'string' && typeof f.message === 'string')) {
      throw new Error(`validation_failed without fields[]: ${response.text.slice(0, 300)}`);
    }
  }
}

export interface WriteEndpoint<I> {
  /** `METHOD /path` as in the report. */
  name: string;
  input: fc.Arbitrary<I>;
  /** Stores what a valid request needs (a fresh reset token) before the snapshot, so it does not count as the request's write. */
  prepare?: () => Promise<void>;
  /** Sends one generated input; may read state (the current version) to build the valid body. */
  request: (input: I) => Promise<TestResponse>;
  /** Tables a refused request may still write: a failed login is counted against the address. */
  writesWhenRefused?: string[];
  /** For an accepted request: checks that everything it stands for was written (throws otherwise). */
  accepted?: (input: I, response: TestResponse, changes: Changes) => Promise<void> | void;
  /** Extra state outside the database (the files on disk), compared like the tables. */
  outside?: () => Promise<string[]>;
  /** At least this many runs must be accepted, so the fuzzing reaches past validation into the service. */
  minAccepted?: number;
  numRuns?: number;
}

export interface EndpointReport {
  name: string;
  runs: number;
  byStatus: Record<number, number>;
  ms: number;
}

/**
 * The four properties for one endpoint: never a 5xx; every 4xx has the error body; a refused request writes nothing
 * and an accepted one writes all of it; an HTML response never reflects markup unescaped. The seed and the
 * shrunk input are printed when a property fails (`FUZZ_SEED` replays a run).
 */
export async function checkWriteEndpoint<I>(takeSnapshot: () => Promise<Snapshot>, endpoint: WriteEndpoint<I>): Promise<EndpointReport> {
  const report: EndpointReport = { name: endpoint.name, runs: 0, byStatus: {}, ms: 0 };
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(endpoint.input, async (input) => {
      await endpoint.prepare?.();
      const before = await takeSnapshot();
      const outsideBefore = await endpoint.outside?.();
      const response = await endpoint.request(input);
      const changes = changesBetween(before, await takeSnapshot());
      report.runs += 1;
      report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;

      if (response.status >= 500) throw new Error(`${endpoint.name} answered ${response.status}: ${response.text.slice(0, 500)}`);
      if (String(response.headers['content-type'] ?? '').includes('text/html')) expectNoReflectedHtml(endpoint.name, response.text);
      if (response.status >= 400) {
        expectErrorBody(response);
        const unexpected = [...changes.keys()].filter((table) => !endpoint.writesWhenRefused?.includes(table));
        if (unexpected.length > 0) throw new Error(`${endpoint.name} refused with ${response.status} but changed ${unexpected.join(', ')}: ${response.text.slice(0, 300)}`);
        const left = (await endpoint.outside?.())?.filter((file) => !outsideBefore?.includes(file)) ?? [];
        if (left.length > 0) throw new Error(`${endpoint.name} refused with ${response.status} but left ${left.join(', ')} behind: ${response.text.slice(0, 300)}`);
      } else {
        await endpoint.accepted?.(input, response, changes);
      }
    }),
    { numRuns: endpoint.numRuns ?? RUNS, seed: SEED },
  );
  report.ms = Date.now() - started;
  const accepted = Object.entries(report.byStatus)
    .filter(([status]) => Number(status) < 300)
    .reduce((sum, [, count]) => sum + count, 0);
  if (accepted < (endpoint.minAccepted ?? 0)) {
    throw new Error(`${endpoint.name}: only ${accepted} of ${report.runs} runs were accepted; the fuzzing does not reach the service (${JSON.stringify(report.byStatus)})`);
  }
  return report;
}

/** Fails with the tables an accepted request should have written but did not, or wrote that it should not have. */
export function expectChanged(name: string, changes: Changes, expected: Record<string, number | 'changed'>, allowedAlso: string[] = []) {
  for (const [table, added] of Object.entries(expected)) {
    const change = changes.get(table);
    if (!change) throw new Error(`${name}: accepted but ${table} did not change`);
    if (added !== 'changed' && change.added !== added) throw new Error(`${name}: accepted but ${table} gained ${change.added} rows instead of ${added}`);
  }
  const stray = [...changes.keys()].filter((table) => !(table in expected) && !allowedAlso.includes(table));
  if (stray.length > 0) throw new Error(`${name}: accepted and also changed ${stray.join(', ')}`);
}
