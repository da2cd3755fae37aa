/**
 * How long the server takes to open an edition of 14 sessions and 5 assignments and enrol 40 participants
 * (with their directors) from a CSV file, and how many SQL statements that takes. Not a test: it prints figures.
 *
 *   npm run build -w @koers/shared && npm run build -w @koers/api && node apps/api/dist/editions/bench/open-edition.bench.js
 *
 * It starts its own embedded PostgreSQL in a temporary directory and talks to the real application in-process
 * (Fastify inject), so the times are server time without any network. KOERS_BENCH_RUNS sets the number of runs (20).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CSRF_HEADER } from '@koers/shared/api';
import type { CreatedEdition } from '@koers/shared/editions';
import type { EnrolmentImportReport } from '@koers/shared/enrolments';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { readConfig } from '../../app/config';
import { createApp } from '../../app/create-app';
import { hashPassword } from '../../auth/password-hasher';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { QueryCounter } from '../../database/query-counter';
import { participantsCsv, seedHisProgramme } from '../../bench/his-programme';

const RUNS = Number(process.env.KOERS_BENCH_RUNS ?? 20);
const WARM_UP_RUNS = 3;
const TARGET_MS = 300;
const PASSWORD = 'bench-password-1';

interface Measured {
  ms: number;
  statements: number;
}

async function seed(db: DataSource): Promise<{ programmeId: string; adminEmail: string }> {
  const adminEmail = 'admin@koers.bench';
  await db.query(`INSERT INTO person (name, email, password_hash, is_admin) VALUES ('Programmabureau', $1, $2, true)`, [adminEmail, await hashPassword(PASSWORD)]);
  return { ...(await seedHisProgramme(db)), adminEmail };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-bench-open-'));
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: 'koers', persistent: false });
  const queries = new QueryCounter();
  const config = { ...readConfig({}), dataDir: dir, seedDemo: false, logLevel: 'error' as const, workerIntervalSeconds: 0, databaseUrl: database.url };
  const app: NestFastifyApplication = await createApp(config, { queryCounter: queries });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  try {
    const { programmeId, adminEmail } = await seed(app.get<DataSource>(getDataSourceToken()));
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: adminEmail, password: PASSWORD } });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = (await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } })).json().csrfToken;
    const headers = { cookie, [CSRF_HEADER]: csrf };

    const timed = async <T>(request: InjectOptions, expectStatus: number): Promise<Measured & { body: T }> => {
      queries.reset();
      const started = performance.now();
      const response = await app.inject(request);
      const ms = performance.now() - started;
      if (response.statusCode !== expectStatus) throw new Error(`${response.statusCode} ${response.body}`);
      return { ms, statements: queries.count, body: response.json<T>() };
    };
    const openEdition = (run: number) =>
      timed<CreatedEdition>(
        {
          method: 'POST',
          url: `/api/programmes/${programmeId}/editions`,
          headers,
          payload: { name: `HIS-I ${run}.0`, startDate: '2027-01-05', cadenceWeeks: 3, weekday: 2, startTime: '09:30', capacity: 40 },
        },
        201,
      );
    const enrol = (run: number, editionId: string, count: number) =>
      timed<EnrolmentImportReport>(
        {
          method: 'POST',
          url: `/api/editions/${editionId}/enrolments/import?dryRun=false`,
          headers: { ...headers, 'content-type': 'text/csv' },
          payload: participantsCsv(`run${run}`, count),
        },
        200,
      );

    const results: { open: Measured; enrol: Measured }[] = [];
    for (let run = 1; run <= WARM_UP_RUNS + RUNS; run++) {
      const open = await openEdition(run);
      const enrolled = await enrol(run, open.body.id, 40);
      if (enrolled.body.summary.enrolled !== 40) throw new Error(`enrolled ${enrolled.body.summary.enrolled} of 40`);
      if (run > WARM_UP_RUNS) results.push({ open, enrol: enrolled });
    }
    const fewer = await enrol(9999, (await openEdition(9999)).body.id, 10);

    const sessions = await app.get<DataSource>(getDataSourceToken()).query(`SELECT count(*)::int AS n FROM session WHERE edition_id = (SELECT id FROM edition WHERE name = 'HIS-I 1.0')`);
    const assignments = await app.get<DataSource>(getDataSourceToken()).query(`SELECT count(*)::int AS n FROM assignment WHERE edition_id = (SELECT id FROM edition WHERE name = 'HIS-I 1.0')`);
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
    };
    const row = (name: string, measured: Measured[]) => {
      const { median, p95, max } = stats(measured.map((m) => m.ms));
      const counts = [...new Set(measured.map((m) => m.statements))].join('/');
      return `${name.padEnd(52)} ${median.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${max.toFixed(1).padStart(7)}   ${counts}`;
    };
    const totals = results.map((r) => ({ ms: r.open.ms + r.enrol.ms, statements: r.open.statements + r.enrol.statements }));
    const medianTotal = stats(totals.map((m) => m.ms)).median;

    console.warn(`\nOpening an edition: ${sessions[0].n} sessions, ${assignments[0].n} assignments, 40 participants with 8 directors; ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs.`);
    console.warn(`${'server time (ms)'.padEnd(52)}  median     p95     max   SQL statements`);
    console.warn(row('POST /api/programmes/:id/editions', results.map((r) => r.open)));
    console.warn(row('POST /api/editions/:id/enrolments/import (40 rows)', results.map((r) => r.enrol)));
    console.warn(row('both', totals));
    console.warn(row('(import of 10 rows, for comparison)', [fewer]));
    console.warn(`\nTarget: under ${TARGET_MS} ms. Median ${medianTotal.toFixed(1)} ms: ${medianTotal < TARGET_MS ? 'met' : 'NOT met'}.`);
  } finally {
    await app.close();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
