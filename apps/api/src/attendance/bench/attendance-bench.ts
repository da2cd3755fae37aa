import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER } from '@koers/shared/api';
import { DataSource } from 'typeorm';
import { readConfig } from '../../app/config';
import { createApp } from '../../app/create-app';
import { BENCH_PASSWORD, generateNationalDataset } from '../../bench/national-dataset';
import { dataSourceOptions } from '../../database/data-source-options';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { QueryCounter } from '../../database/query-counter';

/**
 * Server time of the two attendance requests that must feel instant: a trainer saving 40 marks at once and the
 * edition report (40 people × 15 sessions), on the national-scale benchmark data set (200 editions, 100,000
 * attendance rows). Requests go through the whole application in-process (Fastify inject: routing, session
 * lookup, CSRF, validation, service, SQL), so the figures are server time without the network.
 *
 *   npm run build -w @koers/api && node apps/api/dist/attendance/bench/attendance-bench.js
 */
const ITERATIONS = Number(process.env.KOERS_BENCH_ITERATIONS ?? 200);
const WARM_UP = 20;
const TARGET_MS = { save40: 20, report: 50 };

interface Timing {
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  statements: number;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-attendance-bench-'));
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: 'koers', persistent: false });
  const setup = new DataSource(dataSourceOptions(database.url));
  await setup.initialize();
  await setup.runMigrations();
  await generateNationalDataset(setup);

  const queries = new QueryCounter();
  const config = { ...readConfig({}), dataDir: dir, seedDemo: false, logLevel: 'error' as const, databaseUrl: database.url };
  const app = await createApp(config, { queryCounter: queries });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  try {
    const headers = await login(app, 'bench-t1@koers.bench');
    const [{ editionId, sessionId }] = await setup.query(
      `SELECT e.id AS "editionId", s.id AS "sessionId" FROM edition e JOIN session s ON s.edition_id = e.id
        WHERE e.name = 'Editie 1' AND s.title = 'Sessie 1'`,
    );
    const people: string[] = (
      await setup.query(`SELECT person_id FROM expected_attendee WHERE session_id = $1 AND role = 'participant' ORDER BY person_id`, [sessionId])
    ).map((row: { person_id: string }) => row.person_id);
    if (people.length !== 40) throw new Error(`expected 40 participants, found ${people.length}`);

    // Every save flips all 40 marks, so each one writes 40 marks and 40 history rows: the worst case.
    let round = 0;
    const save40 = await time(app, queries, () => {
      const status = round++ % 2 === 0 ? 'late' : 'present';
      return { method: 'PUT' as const, url: `/api/sessions/${sessionId}/attendance`, headers, payload: people.map((personId) => ({ personId, status })) };
    });
    const report = await time(app, queries, () => ({ method: 'GET' as const, url: `/api/editions/${editionId}/attendance`, headers }));

    const rows = [
      { name: 'save 40 marks (PUT /api/sessions/:id/attendance)', timing: save40, target: TARGET_MS.save40 },
      { name: 'edition report, 40 people × 15 sessions (GET /api/editions/:id/attendance)', timing: report, target: TARGET_MS.report },
    ];
    const lines = [
      `Attendance server time, ${ITERATIONS} requests each after ${WARM_UP} to warm up (${os.cpus().length} CPUs, Node ${process.version})`,
      '| request | mean ms | p50 ms | p95 ms | p99 ms | SQL statements | target (p50) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        ({ name, timing: t, target }) =>
          `| ${name} | ${t.meanMs} | ${t.p50Ms} | ${t.p95Ms} | ${t.p99Ms} | ${t.statements} | < ${target} ms ${t.p50Ms < target ? 'met' : 'NOT met'} |`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
    await setup.destroy();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function login(app: NestFastifyApplication, email: string): Promise<Record<string, string>> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: BENCH_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } });
  return { cookie, [CSRF_HEADER]: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken };
}

type Request = Parameters<NestFastifyApplication['inject']>[0] & object;

async function time(app: NestFastifyApplication, queries: QueryCounter, request: () => Request): Promise<Timing> {
  const durations: number[] = [];
  let statements = 0;
  for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
    queries.reset();
    const started = process.hrtime.bigint();
    const response = await app.inject(request());
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
    if (i >= WARM_UP) durations.push(elapsed);
    statements = queries.count;
  }
  durations.sort((a, b) => a - b);
  const at = (p: number) => round(durations[Math.min(durations.length - 1, Math.floor(p * durations.length))]);
  return { meanMs: round(durations.reduce((a, b) => a + b, 0) / durations.length), p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), statements };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
