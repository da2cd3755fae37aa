import { existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { ReadinessResponse } from '@koers/shared/api';
import { startServer, stopServer } from './support/server';

describe('stopping the server', () => {
  it('answers every request sent as SIGTERM comes, says it is not ready while it drains, and then stops with its database', async () => {
    // An installation of its own (no demo, so it starts in seconds) with the embedded database, as `npm start` runs.
    const server = await startServer(async () => ({ KOERS_DEMO: '0', KOERS_SHUTDOWN_DRAIN_SECONDS: '2' }), 'server-shutdown.log');
    try {
      const exited = once(server.process, 'exit');
      const startedAt = Date.now();
      const inFlight = Array.from({ length: 30 }, () => fetch(`${server.url}/api/health`).then((response) => response.status, () => 0));
      server.process.kill('SIGTERM');
      // Asked until it says so (the signal takes a moment to arrive), well within the drain's two seconds.
      let readiness: { status: number; stopping: boolean } = { status: 200, stopping: false };
      while (!readiness.stopping) {
        const ready = await fetch(`${server.url}/api/health/ready`);
        readiness = { status: ready.status, stopping: ((await ready.json()) as ReadinessResponse).stopping };
      }
      expect(readiness.status).toBe(503);
      expect(Date.now() - startedAt).toBeLessThan(2_000);
      expect(await Promise.all(inFlight)).toEqual(Array(30).fill(200));
      const [code] = await exited;
      expect(code).toBe(0);
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2_000);
      // PostgreSQL stopped cleanly, after the server.
      expect(existsSync(path.join(server.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      await stopServer(server);
    }
  });
});
