import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { readConfig } from '../app/config';
import { createApp } from '../app/create-app';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { startBaseline } from './bare-baseline';
import { BENCH_PASSWORD, generateNationalDataset } from './national-dataset';
import { type BenchSession, SCENARIOS } from './scenarios';
import { initialJavaScriptGzipBytes } from './web-bundle-size';

const CONNECTIONS = 32;
const DURATION_SECONDS = Number(process.env.KOERS_BENCH_SECONDS ?? 10);
const TARGETS = { minRatio: 0.5, maxP99Ms: 50, maxInitialJsKb: 150 };
const repoRoot = path.resolve(__dirname, '../../../..');

interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  statusCodes: Record<string, number>;
}

async function measure(url: string, request: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<Measurement> {
  const result = await autocannon({
    url: url + request.path,
    method: request.method as 'GET',
    headers: request.headers,
    body: request.body,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    // The load generator in a thread of its own: on the servers' event loop its parsing of responses would count as
    // their latency.
    workers: 1,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0])),
  };
}

/** Logs in over HTTP like a browser and returns the headers that authenticate later requests. */
async function login(baseUrl: string, email: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = (await (await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } })).json()) as { csrfToken: string };
  const me = (await (await fetch(`${baseUrl}/api/me`, { headers: { cookie } })).json()) as { id: string; enrolments: { editionId: string }[] };
  return { cookie, csrfToken: csrf.csrfToken, personId: me.id, editionIds: me.enrolments.map((e) => e.editionId) };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-bench-'));
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: 'koers', persistent: false });
  const setup = new DataSource(dataSourceOptions(database.url));
  await setup.initialize();
  await setup.runMigrations();
  const started = Date.now();
  await generateNationalDataset(setup);
  console.warn(`National data set generated in ${Date.now() - started} ms`);

  const config = { ...readConfig({}), dataDir: dir, seedDemo: false, logLevel: 'error' as const, databaseUrl: database.url };
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const koersUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const sessions = {
    participant: await login(koersUrl, 'bench-p4001@koers.bench'),
    trainer: await login(koersUrl, 'bench-t1@koers.bench'),
  };
  const scenarios = await Promise.all(SCENARIOS.map((scenario) => scenario.prepare(setup, sessions, { koersUrl, config })));
  const baseline = await startBaseline(database.url, (db) => scenarios.map((s) => s.baselineRoute(db)));

  const rows = [];
  try {
    for (const scenario of scenarios) {
      const koers = await measure(koersUrl, scenario.request);
      const bare = await measure(baseline.url, scenario.request);
      rows.push({ name: scenario.name, koers, baseline: bare, ratio: Number((koers.requestsPerSecond / bare.requestsPerSecond).toFixed(2)) });
    }
  } finally {
    await baseline.close();
    await app.close();
    await setup.destroy();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }

  const initialJsKb = Number(((await initialJavaScriptGzipBytes(path.join(repoRoot, 'apps/web/dist'))) / 1024).toFixed(1));
  const results = {
    machine: { cpus: os.cpus().length, node: process.version },
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    targets: TARGETS,
    scenarios: rows,
    initialJavaScriptGzipKb: initialJsKb,
    meetsTargets: rows.every((r) => r.ratio >= TARGETS.minRatio && r.koers.p99Ms < TARGETS.maxP99Ms && r.koers.errors === 0) && initialJsKb < TARGETS.maxInitialJsKb,
  };
  await mkdir(path.join(repoRoot, 'bench'), { recursive: true });
  await writeFile(path.join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const table = [
    '| scenario | Koers req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.koers.requestsPerSecond} | ${r.koers.p50Ms} | ${r.koers.p99Ms} | ${r.baseline.requestsPerSecond} | ${r.baseline.p50Ms} | ${r.baseline.p99Ms} | ${r.ratio} |`,
    ),
    '',
    `Initial JavaScript: ${initialJsKb} KB gzip. Targets: ratio >= ${TARGETS.minRatio}, p99 < ${TARGETS.maxP99Ms} ms, initial JS < ${TARGETS.maxInitialJsKb} KB. ${results.meetsTargets ? 'All met.' : 'NOT all met.'}`,
  ];
  process.stdout.write(`${table.join('\n')}\n`);
  const failures = rows.filter((r) => r.koers.errors > 0 || r.baseline.errors > 0);
  if (failures.length > 0) {
    const detail = failures.map((f) => `${f.name}: Koers ${JSON.stringify(f.koers.statusCodes)}, baseline ${JSON.stringify(f.baseline.statusCodes)}`);
    throw new Error(`Requests failed in:\n${detail.join('\n')}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
