import { Client } from 'pg';
import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';
import { Draining } from './draining';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 while the database answers, and 503 once it does not', async () => {
    const up = await t.anonymous().get('/api/health');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok', database: 'up' });
    expect(up.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const loggedIn = await t.loginAs((await given(t.db).person()).email);
    const name = t.databaseUrl.slice(t.databaseUrl.lastIndexOf('/') + 1);
    const admin = new Client({ connectionString: t.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
    try {
      const down = await t.anonymous().get('/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', database: 'down' });
      // Not ready for traffic, but alive: restarting it would not bring the database back.
      expect((await t.anonymous().get('/api/health/ready')).status).toBe(503);
      expect((await t.anonymous().get('/api/health/live')).status).toBe(200);
      // With a session cookie too (the guard cannot read the session now), and any other route says why: 503, not 500.
      expect((await loggedIn.get('/api/health')).status).toBe(503);
      const me = await loggedIn.get('/api/me');
      expect([me.status, me.body.error]).toEqual([503, 'database_unavailable']);
    } finally {
      await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  });

  it('answers 503 database_busy when no database connection comes free in time, and serves again once one does', async () => {
    const small = await createTestApp({ dbPoolSize: 2, dbWaitSeconds: 1 });
    try {
      const loggedIn = await small.loginAs((await given(small.db).person()).email);
      // Both of the pool's connections taken, as a stuck transaction would take them.
      const holders = [small.db.createQueryRunner(), small.db.createQueryRunner()];
      for (const holder of holders) await holder.connect();
      const started = Date.now();
      const busy = await loggedIn.get('/api/me');
      expect([busy.status, busy.body.error, busy.body.message]).toEqual([503, 'database_busy', 'Koers heeft het even te druk. Probeer het over een minuut opnieuw.']);
      expect(Date.now() - started).toBeLessThan(5_000);
      for (const holder of holders) await holder.release();
      expect((await loggedIn.get('/api/me')).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('is ready while its database answers and not once it is stopping, when its mail worker stops first', async () => {
    const ready = await t.anonymous().get('/api/health/ready');
    expect([ready.status, ready.body]).toEqual([200, { status: 'ok', database: 'up', mailWorker: 'off', stopping: false }]);
    const worker = t.app.get(NotificationWorker);
    worker.start(3600);
    expect((await t.anonymous().get('/api/health/ready')).body.mailWorker).toBe('running');
    await worker.onModuleDestroy();
    const stopping = await t.anonymous().get('/api/health/ready');
    expect([stopping.status, stopping.body.mailWorker]).toEqual([503, 'stopped']);
    expect((await t.anonymous().get('/api/health/live')).body).toEqual({ status: 'ok' });
  });

  it('keeps no connection open while draining, so a proxy never reuses one the server is about to close', async () => {
    const stopping = await createTestApp();
    try {
      expect((await stopping.anonymous().get('/api/health/live')).headers.connection).not.toBe('close');
      stopping.app.get(Draining).begin();
      const answered = await stopping.anonymous().get('/api/health/live');
      expect([answered.status, answered.headers.connection]).toEqual([200, 'close']);
      expect((await stopping.anonymous().get('/api/health/ready')).body.stopping).toBe(true);
    } finally {
      await stopping.close();
    }
  });

  it('sends security headers and the same error body everywhere', async () => {
    const response = await t.anonymous().get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'not_found', message: 'Niet gevonden.' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const badJson = await t.anonymous().request('POST', '/api/auth/login', '{"email":', { 'content-type': 'application/json' });
    expect(badJson.status).toBe(400);
    expect([badJson.body.error, badJson.body.message]).toEqual(['json_malformed', 'De gegevens zijn geen geldige JSON. Controleer de aanhalingstekens, komma’s en haakjes.']);
  });

  it('publishes the OpenAPI document', async () => {
    const response = await t.anonymous().get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/me', '/api/health']));
  });
});
