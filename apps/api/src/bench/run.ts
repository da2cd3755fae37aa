import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { startBaseline } from './bare-baseline';
import { KoersProcess } from './koers-process';
import { benchPeople, blockShape, generateNationalDataset } from './national-dataset';
import { login, type PreparedScenario, SCENARIOS } from './scenarios';
import { initialJavaScriptGzipBytes } from './web-bundle-size';

const CONNECTIONS = 32;
/** Seconds per measurement; a smoke run sets a few (KOERS_BENCH_SECONDS=2). */
const DURATION_SECONDS = Number(process.env.KOERS_BENCH_SECONDS ?? 10);
/** The size of a block of the national data set: 1 is 200 editions; a smoke run sets 0.05 (ten editions). */
const SCALE = Number(process.env.KOERS_BENCH_SCALE ?? 1);
/** The larger data set, in national data sets: the country joining. */
const GROWTH = 5;
/** Issue #21's targets: on two shared cores, against the bare baseline in the same run. */
const TARGETS = { minThroughputRatio: 0.9, maxP99Ratio: 1.3, maxP50Growth: 1.3, maxInitialJsKb: 150 };
const repoRoot = path.resolve(__dirname, '../../../..');

interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  statusCodes: Record<string, number>;
}

type Request = PreparedScenario['request'];

/** A few requests first, unmeasured: the first ones of a fresh process pay for compiling its code. */
async function warmUp(url: string, request: Request): Promise<void> {
  await autocannon({ url: url + request.path, method: request.method as 'GET', headers: request.headers, body: request.body, connections: 4, amount: 40 });
}

async function measure(url: string, request: Request, seconds = DURATION_SECONDS): Promise<Measurement> {
  const result = await autocannon({
    url: url + request.path,
    method: request.method as 'GET',
    headers: request.headers,
    body: request.body,
    connections: CONNECTIONS,
    duration: seconds,
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

interface ScenarioRow {
  name: string;
  koers: Measurement;
  baseline: Measurement;
  /** Koers' throughput over the baseline's. */
  ratio: number | null;
  /** Koers' p99 over the baseline's. */
  p99Ratio: number | null;
}

async function measureScenarios(koersUrl: string, baselineUrl: string, scenarios: PreparedScenario[]): Promise<ScenarioRow[]> {
  const rows: ScenarioRow[] = [];
  for (const scenario of scenarios) {
    await warmUp(koersUrl, scenario.request);
    const koers = await measure(koersUrl, scenario.request);
    await warmUp(baselineUrl, scenario.request);
    const baseline = await measure(baselineUrl, scenario.request);
    rows.push({ name: scenario.name, koers, baseline, ratio: ratio(koers.requestsPerSecond, baseline.requestsPerSecond), p99Ratio: ratio(koers.p99Ms, baseline.p99Ms) });
  }
  return rows;
}

/** a / b to two decimals; null when b measured nothing (a run too short to complete a request). */
const ratio = (a: number, b: number) => (b > 0 ? Number((a / b).toFixed(2)) : null);

async function datasetSize(db: DataSource, generatedMs: number) {
  const [counts] = await db.query(
    `SELECT (SELECT count(*) FROM edition)::int AS editions, (SELECT count(*) FROM enrolment WHERE role = 'participant')::int AS participants,
            (SELECT count(*) FROM session)::int AS sessions, (SELECT count(*) FROM attendance)::int AS "attendanceRows",
            (SELECT count(*) FROM submission)::int AS submissions`,
  );
  return { ...counts, generatedMs: Math.round(generatedMs) };
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-bench-'));
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: 'koers', persistent: false });
  const setup = new DataSource(dataSourceOptions(database.url));
  await setup.initialize();
  await setup.runMigrations();
  const shape = blockShape(SCALE);
  const people = benchPeople(shape);
  const koersDataDir = path.join(dir, 'koers');
  let koers: KoersProcess | undefined;
  let baseline: Awaited<ReturnType<typeof startBaseline>> | undefined;

  try {
    const small = await datasetSize(setup, await timed(() => generateNationalDataset(setup, { shape, blocks: 1 })));
    console.warn(`National data set (${small.editions} editions, ${small.attendanceRows} attendance rows) generated in ${small.generatedMs} ms`);

    koers = await KoersProcess.start(database.url, koersDataDir);
    const sessions = { participant: await login(koers.url, people.participant), trainer: await login(koers.url, people.trainer) };
    const context = { koersUrl: koers.url, config: koers.config };
    const scenarios = await Promise.all(SCENARIOS.map((scenario) => scenario.prepare(setup, sessions, context)));
    baseline = await startBaseline(database.url, (db) => scenarios.map((s) => s.baselineRoute(db)));

    koers.enter('scenarios 1×');
    const rows = await measureScenarios(koers.url, baseline.url, scenarios);
    const firstInstance = { readyMs: koers.readyMs, ...(await koers.stop()) };
    koers = undefined;

    const large = await datasetSize(setup, await timed(() => generateNationalDataset(setup, { shape, blocks: GROWTH })));
    console.warn(`Grown to ${GROWTH}× (${large.editions} editions, ${large.attendanceRows} attendance rows) in ${large.generatedMs} ms`);
    // A fresh instance on the grown database: its start is `npm run serve` on an existing database.
    koers = await KoersProcess.start(database.url, koersDataDir);
    koers.enter(`scenarios ${GROWTH}×`);
    const grownRows = await measureScenarios(koers.url, baseline.url, scenarios);
    const grownInstance = { readyMsOnExistingDatabase: koers.readyMs, ...(await koers.stop()) };
    koers = undefined;

    const growth = rows.map((row, i) => ({
      name: row.name,
      koers: { p50Ms: [row.koers.p50Ms, grownRows[i].koers.p50Ms], p99Ms: [row.koers.p99Ms, grownRows[i].koers.p99Ms], p50Growth: ratio(grownRows[i].koers.p50Ms, row.koers.p50Ms) },
      baseline: {
        p50Ms: [row.baseline.p50Ms, grownRows[i].baseline.p50Ms],
        p99Ms: [row.baseline.p99Ms, grownRows[i].baseline.p99Ms],
        p50Growth: ratio(grownRows[i].baseline.p50Ms, row.baseline.p50Ms),
      },
    }));

    const initialJsKb = Number(((await initialJavaScriptGzipBytes(path.join(repoRoot, 'apps/web/dist'))) / 1024).toFixed(1));
    const checks = {
      throughput: rows.every((r) => r.ratio !== null && r.ratio >= TARGETS.minThroughputRatio),
      p99: rows.every((r) => r.p99Ratio !== null && r.p99Ratio <= TARGETS.maxP99Ratio),
      growth: growth.every((g) => g.koers.p50Growth !== null && g.koers.p50Growth <= TARGETS.maxP50Growth),
      initialJs: initialJsKb < TARGETS.maxInitialJsKb,
      noErrors: [...rows, ...grownRows].every((r) => r.koers.errors === 0),
    };
    const results = {
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg().map((load) => Number(load.toFixed(1))) },
      connections: CONNECTIONS,
      durationSeconds: DURATION_SECONDS,
      scale: SCALE,
      targets: TARGETS,
      dataset: { '1×': small, [`${GROWTH}×`]: large },
      scenarios: rows,
      scenariosGrown: grownRows,
      growth,
      koersInstances: { '1×': firstInstance, [`${GROWTH}×`]: grownInstance },
      initialJavaScriptGzipKb: initialJsKb,
      checks,
      meetsTargets: Object.values(checks).every(Boolean),
    };
    await mkdir(path.join(repoRoot, 'bench'), { recursive: true });
    await writeFile(path.join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

    const table = [
      `Data: 1× ${small.editions} editions / ${small.participants} participants / ${small.attendanceRows} attendance rows (generated in ${(small.generatedMs / 1000).toFixed(1)} s); ` +
        `${GROWTH}× ${large.editions} / ${large.participants} / ${large.attendanceRows} (grown in ${(large.generatedMs / 1000).toFixed(1)} s)`,
      '',
      '| scenario | Koers req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | throughput ratio | p99 ratio |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.koers.requestsPerSecond} | ${r.koers.p50Ms} | ${r.koers.p99Ms} | ${r.baseline.requestsPerSecond} | ${r.baseline.p50Ms} | ${r.baseline.p99Ms} | ${r.ratio} | ${r.p99Ratio} |`,
      ),
      '',
      `| growth 1× → ${GROWTH}× | Koers p50 ms | p99 ms | p50 growth | baseline p50 ms | p99 ms | p50 growth |`,
      '|---|---:|---:|---:|---:|---:|---:|',
      ...growth.map(
        (g) =>
          `| ${g.name} | ${g.koers.p50Ms.join(' → ')} | ${g.koers.p99Ms.join(' → ')} | ${g.koers.p50Growth} | ${g.baseline.p50Ms.join(' → ')} | ${g.baseline.p99Ms.join(' → ')} | ${g.baseline.p50Growth} |`,
      ),
      '',
      `Initial JavaScript: ${initialJsKb} KB gzip. Targets: ${JSON.stringify(TARGETS)}. ${results.meetsTargets ? 'All met.' : `NOT met: ${Object.keys(checks).filter((name) => !checks[name as keyof typeof checks]).join(', ')}.`}`,
    ];
    process.stdout.write(`${table.join('\n')}\n`);
    const failures = [...rows, ...grownRows].filter((r) => r.koers.errors > 0 || r.baseline.errors > 0);
    if (failures.length > 0) {
      const detail = failures.map((f) => `${f.name}: Koers ${JSON.stringify(f.koers.statusCodes)}, baseline ${JSON.stringify(f.baseline.statusCodes)}`);
      throw new Error(`Requests failed in:\n${detail.join('\n')}`);
    }
  } finally {
    await koers?.stop();
    await baseline?.close();
    await setup.destroy();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
