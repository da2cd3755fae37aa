import { createTestApp, type TestApp } from '../../test/test-app';

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ metricsToken: 'prometheus-token-for-tests' });
  });
  afterAll(() => t?.close());

  it('answers only with the bearer token from KOERS_METRICS_TOKEN', async () => {
    expect((await t.anonymous().get('/metrics')).status).toBe(404);
    expect((await t.anonymous().get('/metrics', { authorization: 'Bearer wrong' })).status).toBe(404);
    expect((await t.anonymous().get('/metrics', { authorization: 'Bearer prometheus-token-for-tests-and-more' })).status).toBe(404);
    expect((await t.anonymous().get('/metrics', { authorization: 'Basic prometheus-token-for-tests' })).status).toBe(404);
  });

  it('takes the scheme whatever its capitals, as Prometheus and curl may write it', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      expect((await t.anonymous().get('/metrics', { authorization: `${scheme} prometheus-token-for-tests` })).status).toBe(200);
    }
  });

  it('shows request durations by route pattern, the mail queue, the database pool and the process', async () => {
    await t.anonymous().get('/api/health');
    await t.anonymous().get(`/api/sessions/00000000-0000-4000-8000-000000000001`);
    const response = await t.anonymous().get('/metrics', { authorization: 'Bearer prometheus-token-for-tests' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text: string = response.text;
    expect(text).toMatch(/koers_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="2xx"\} 1/);
    // The pattern, never the id: the label set stays small.
    expect(text).toContain('route="/api/sessions/:id"');
    expect(text).not.toContain('00000000-0000-4000-8000-000000000001');
    expect(text).toMatch(/koers_mail_queue_depth \d+/);
    expect(text).toMatch(/koers_mail_failed \d+/);
    expect(text).toMatch(/koers_db_pool_connections\{state="total"\} \d+/);
    expect(text).toContain('koers_process_cpu_seconds_total');
  });

  it('counts no waiting connection of its own on an idle instance, and still answers when the queue cannot be read', async () => {
    const scrape = async () => (await t.anonymous().get('/metrics', { authorization: 'Bearer prometheus-token-for-tests' })).text as string;
    const idle = await scrape();
    expect(idle).toContain('koers_db_pool_connections{state="waiting_clients"} 0');
    expect(idle).toContain('koers_database_up 1');

    // As when PostgreSQL is out of reach: the statement fails, the scrape does not.
    await t.db.query(`ALTER TABLE notification_delivery RENAME TO notification_delivery_away`);
    try {
      const response = await t.anonymous().get('/metrics', { authorization: 'Bearer prometheus-token-for-tests' });
      expect(response.status).toBe(200);
      expect(response.text).toContain('koers_database_up 0');
      expect(response.text).toMatch(/koers_mail_queue_depth NaN/i);
      expect(response.text).toContain('koers_process_cpu_seconds_total');
    } finally {
      await t.db.query(`ALTER TABLE notification_delivery_away RENAME TO notification_delivery`);
    }
    expect(await scrape()).toContain('koers_database_up 1');
  });
});
