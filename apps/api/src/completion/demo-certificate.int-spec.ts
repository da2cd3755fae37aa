import { DEMO_PASSWORD, seedDemoData } from '../demo/demo-seed';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('assignments and certificates in the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.db, new Date('2026-11-25T10:00:00Z'));
  });
  afterAll(() => t.close());

  it('gives the demo trainer a review queue and HIS-I 1.0 participants a certificate', async () => {
    const trainer = await t.loginAs('trainer@koers.demo', DEMO_PASSWORD);
    const queue = await trainer.get('/api/review-queue');
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBeGreaterThan(0);

    const [edition] = await t.db.query(`SELECT id FROM edition WHERE name = 'HIS-I 1.0'`);
    const overview = await trainer.get(`/api/editions/${edition.id}/assignment-overview`);
    const completed = overview.body.rows.filter((row: any) => row.completed);
    expect(completed.length).toBeGreaterThan(overview.body.rows.length / 2);

    const [graduate] = await t.db.query(`SELECT email FROM person WHERE id = $1`, [completed[0].personId]);
    const pdf = await (await t.loginAs(graduate.email, DEMO_PASSWORD)).get(`/api/me/certificate/${edition.id}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
