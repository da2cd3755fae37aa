import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { readConfig } from '../../app/config';
import { createApp } from '../../app/create-app';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { QueryCounter } from '../../database/query-counter';
import { DEMO_PASSWORD, seedDemoData } from '../../demo/demo-seed';

/**
 * Server time of what a participant's phone and a calendar app ask most often, on the demo data: my schedule,
 * the session page, and the calendar feed (full and revalidated with If-None-Match). Requests go through the
 * whole application in-process (Fastify inject: routing, session lookup, guard, service, SQL, serialisation),
 * so the figures are server time without the network.
 *
 *   npm run build -w @koers/api && node apps/api/dist/sessions/bench/schedule-bench.js
 */
const ITERATIONS = Number(process.env.KOERS_BENCH_ITERATIONS ?? 500);
const WARM_UP = 50;

interface Timing {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  statements: number;
  bytes: number;
}

type Request = Parameters<NestFastifyApplication['inject']>[0] & object;

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-schedule-bench-'));
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: 'koers', persistent: false });
  const queries = new QueryCounter();
  const config = { ...readConfig({}), dataDir: dir, seedDemo: false, logLevel: 'error' as const, databaseUrl: database.url };
  const app = await createApp(config, { queryCounter: queries });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  try {
    await seedDemoData(app.get<DataSource>(getDataSourceToken()));
    const rows: { name: string; timing: Timing }[] = [];
    for (const email of ['deelnemer@koers.demo', 'trainer@koers.demo']) {
      const cookie = await login(app, email);
      const schedule = await app.inject({ method: 'GET', url: '/api/me/schedule', headers: { cookie } });
      const sessions = JSON.parse(schedule.body) as { sessionId: string; startsAt: string }[];
      const next = sessions.find((s) => new Date(s.startsAt) > new Date()) ?? sessions[0];
      const feed = JSON.parse((await app.inject({ method: 'POST', url: '/api/me/calendar/reset', headers: await withCsrf(app, cookie) })).body);
      const feedUrl = new URL(feed.feedUrl).pathname;
      const etag = String((await app.inject({ method: 'GET', url: feedUrl })).headers.etag);

      rows.push({ name: `${email}: GET /api/me/schedule (${sessions.length} sessions)`, timing: await time(app, queries, { method: 'GET', url: '/api/me/schedule', headers: { cookie } }) });
      rows.push({ name: `${email}: GET /api/sessions/:id (next session)`, timing: await time(app, queries, { method: 'GET', url: `/api/sessions/${next.sessionId}`, headers: { cookie } }) });
      rows.push({ name: `${email}: GET /api/calendar/<token>.ics`, timing: await time(app, queries, { method: 'GET', url: feedUrl }) });
      rows.push({ name: `${email}: same feed with If-None-Match (304)`, timing: await time(app, queries, { method: 'GET', url: feedUrl, headers: { 'if-none-match': etag } }, 304) });
    }
    const lines = [
      `Schedule and calendar feed on the demo data: server time of ${ITERATIONS} sequential requests each after ${WARM_UP} to warm up (${os.cpus().length} CPUs, Node ${process.version})`,
      '| request | p50 ms | p99 ms | mean ms | SQL statements | response bytes |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map(({ name, timing: t }) => `| ${name} | ${t.p50Ms} | ${t.p99Ms} | ${t.meanMs} | ${t.statements} | ${t.bytes} |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function login(app: NestFastifyApplication, email: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

async function withCsrf(app: NestFastifyApplication, cookie: string): Promise<Record<string, string>> {
  const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } });
  return { cookie, 'x-csrf-token': (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken };
}

async function time(app: NestFastifyApplication, queries: QueryCounter, request: Request, expectedStatus = 200): Promise<Timing> {
  const durations: number[] = [];
  let statements = 0;
  let bytes = 0;
  for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
    queries.reset();
    const started = process.hrtime.bigint();
    const response = await app.inject(request);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.statusCode !== expectedStatus) throw new Error(`${request.url}: ${response.statusCode} ${response.body}`);
    if (i >= WARM_UP) durations.push(elapsed);
    statements = queries.count;
    bytes = response.rawPayload.length;
  }
  durations.sort((a, b) => a - b);
  const at = (p: number) => round(durations[Math.min(durations.length - 1, Math.floor(p * durations.length))]);
  return { p50Ms: at(0.5), p99Ms: at(0.99), meanMs: round(durations.reduce((a, b) => a + b, 0) / durations.length), statements, bytes };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
