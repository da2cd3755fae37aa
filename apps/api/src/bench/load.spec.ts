import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { measurePair } from './load';

/** A server that answers every request after `delayMs`, counting what it served. */
async function server(delayMs: number) {
  let served = 0;
  const instance = http.createServer((_request, response) => {
    setTimeout(() => {
      served++;
      response.end('{}');
    }, delayMs);
  });
  instance.listen(0, '127.0.0.1');
  await once(instance, 'listening');
  return {
    url: `http://127.0.0.1:${(instance.address() as AddressInfo).port}`,
    served: () => served,
    close: () => new Promise((resolve) => instance.close(resolve)),
  };
}

describe('measurePair', () => {
  it('measures both servers in turns and merges each one’s slices into exact totals and percentiles', async () => {
    // Both servers wait before answering, so the measurement stays light (at most 32 requests per wait): a server
    // answering at once would take a whole core for eight seconds from the timing tests running beside this one.
    const [koers, baseline] = await Promise.all([server(100), server(40)]);
    try {
      const { koers: slow, baseline: fast } = await measurePair(koers.url, baseline.url, { method: 'GET', path: '/', headers: {} }, 4);

      // Two slices of two seconds each: every answer the servers gave is counted, from both slices. The rate divides
      // by the slices' measured length, which on a busy machine (a CI run beside other work) runs up to a fifth over
      // their two seconds each; a rate from one slice's answers would be half of this.
      expect(slow.requestsPerSecond * 4).toBeGreaterThan(koers.served() * 0.7);
      expect(fast.requestsPerSecond * 4).toBeGreaterThan(baseline.served() * 0.7);
      expect(slow.statusCodes['200']).toBeGreaterThan(koers.served() * 0.9);
      expect(fast.statusCodes['200']).toBeGreaterThan(baseline.served() * 0.9);
      expect([slow.errors, fast.errors]).toEqual([0, 0]);
      // 32 connections waiting 100 ms each: at most 320 answers a second, none faster than 100 ms; against 40 ms, at
      // most 800 a second, well apart.
      expect(slow.p50Ms).toBeGreaterThanOrEqual(100);
      expect(slow.p99Ms).toBeGreaterThanOrEqual(slow.p50Ms);
      expect(slow.requestsPerSecond).toBeLessThanOrEqual(320);
      expect(fast.p50Ms).toBeGreaterThanOrEqual(40);
      expect(fast.p50Ms).toBeLessThan(100);
      expect(fast.requestsPerSecond).toBeLessThanOrEqual(800);
      expect(fast.requestsPerSecond).toBeGreaterThan(slow.requestsPerSecond * 1.5);
    } finally {
      await Promise.all([koers.close(), baseline.close()]);
    }
  }, 30000);
});
