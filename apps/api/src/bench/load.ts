import autocannon from 'autocannon';
import type { PreparedScenario } from './scenarios';

/** Concurrent connections of every load measurement. */
export const CONNECTIONS = 32;

type Request = PreparedScenario['request'];

export interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  statusCodes: Record<string, number>;
}

/** The load of every measurement: the scenario's request on CONNECTIONS connections, each sending the next at once. */
const load = (url: string, request: Request) => ({
  url: url + request.path,
  method: request.method as 'GET',
  headers: request.headers,
  body: request.body,
  connections: CONNECTIONS,
});

/**
 * Two seconds of the same load first, unmeasured: V8 compiles a process's hot code only after it has run a while, and
 * Koers has far more code on a request's path than the bare server, so a few requests left its first scenario
 * measured half-compiled (its throughput ratio swung from 0.75 to 0.98 between runs; the later scenarios' did not).
 */
export async function warmUp(url: string, request: Request): Promise<void> {
  await autocannon({ ...load(url, request), duration: 2 });
}

export async function measure(url: string, request: Request, seconds: number): Promise<Measurement> {
  const result = await autocannon({
    ...load(url, request),
    duration: seconds,
    // The load generator in a thread of its own: what the bench does meanwhile (the login burst's requests) must not
    // hold it up.
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

/** One slice of a paired measurement, in seconds. */
const SLICE_SECONDS = 2;

/** What autocannon answers for a run with `skipAggregateResult`: counts and an encoded latency histogram. */
interface RawRun {
  totalCompletedRequests: number;
  duration: number;
  errors: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

/** autocannon's merge of such runs (documented in its README, missing from its type definitions). */
const aggregateResult = (autocannon as unknown as { aggregateResult(runs: RawRun[], options: { url: string; connections: number }): autocannon.Result }).aggregateResult;

/**
 * Koers and the baseline under the same load, taking turns in two-second slices (K B, B K, K B, …) for `seconds`
 * each; each server's slices are merged into one measurement, their latency histograms added, so its p50 and p99
 * are exact over all its requests. A shared machine that slows down for a while then slows both servers, instead of
 * whichever happened to be measured at the time (measured one after the other for ten seconds each, the same code's
 * ratios moved by 0.2 between runs on an unsteady day).
 */
export async function measurePair(koersUrl: string, baselineUrl: string, request: Request, seconds: number): Promise<{ koers: Measurement; baseline: Measurement }> {
  const runs = { koers: [] as RawRun[], baseline: [] as RawRun[] };
  const urls = { koers: koersUrl, baseline: baselineUrl };
  const slices = Math.max(1, Math.round(seconds / SLICE_SECONDS));
  for (let slice = 0; slice < slices; slice++) {
    for (const server of slice % 2 === 0 ? (['koers', 'baseline'] as const) : (['baseline', 'koers'] as const)) {
      // On this thread: both servers run in processes of their own, so the load generator takes nothing from them.
      const run = (await autocannon({ ...load(urls[server], request), duration: SLICE_SECONDS, skipAggregateResult: true })) as unknown as RawRun;
      runs[server].push(run);
    }
  }
  return { koers: merged(koersUrl, runs.koers), baseline: merged(baselineUrl, runs.baseline) };
}

function merged(url: string, runs: RawRun[]): Measurement {
  const { latency } = aggregateResult(runs, { url, connections: CONNECTIONS });
  const statusCodes: Record<string, number> = {};
  for (const run of runs) for (const [code, stat] of Object.entries(run.statusCodeStats)) statusCodes[code] = (statusCodes[code] ?? 0) + stat.count;
  const sum = (count: (run: RawRun) => number) => runs.reduce((total, run) => total + count(run), 0);
  return {
    requestsPerSecond: Math.round(sum((run) => run.totalCompletedRequests) / sum((run) => run.duration)),
    p50Ms: latency.p50,
    p99Ms: latency.p99,
    errors: sum((run) => run.errors + run.non2xx),
    statusCodes,
  };
}

/** Median, 99th percentile and maximum of measured durations, in whole milliseconds. */
export function latencies(durationsMs: number[]): { p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (quantile: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0);
  return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: Math.round(sorted[sorted.length - 1] ?? 0) };
}
