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

/**
 * Two seconds of the same load first, unmeasured: V8 compiles a process's hot code only after it has run a while, and
 * Koers has far more code on a request's path than the bare server, so a few requests left its first scenario
 * measured half-compiled (its throughput ratio swung from 0.75 to 0.98 between runs; the later scenarios' did not).
 */
export async function warmUp(url: string, request: Request): Promise<void> {
  await autocannon({ url: url + request.path, method: request.method as 'GET', headers: request.headers, body: request.body, connections: CONNECTIONS, duration: 2 });
}

export async function measure(url: string, request: Request, seconds: number): Promise<Measurement> {
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

/** Median, 99th percentile and maximum of measured durations, in whole milliseconds. */
export function latencies(durationsMs: number[]): { p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (quantile: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0);
  return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: Math.round(sorted[sorted.length - 1] ?? 0) };
}
