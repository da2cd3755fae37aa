import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD, seedDemoData } from './demo-seed';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const counts = () =>
    t.db.query(
      `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM session)::int AS sessions,
              (SELECT count(*) FROM enrolment)::int AS enrolments, (SELECT count(*) FROM attendance)::int AS attendance`,
    );

  it('seeds HIS-I once, even when two starts race, and the demo participant sees HIS-I 2.0', async () => {
    const today = new Date('2026-11-25T10:00:00Z');
    const results = await Promise.all([seedDemoData(t.db, today), seedDemoData(t.db, today)]);
    expect(results.sort()).toEqual([false, true]);
    const first = await counts();
    expect(await seedDemoData(t.db, today)).toBe(false);
    expect(await counts()).toEqual(first);

    const editions = await t.db.query(
      `SELECT e.name, e.status, e.start_date AS "startDate",
              (SELECT count(*)::int FROM enrolment en WHERE en.edition_id = e.id AND en.role = 'participant') AS participants,
              (SELECT count(*)::int FROM session s WHERE s.edition_id = e.id AND s.kind = 'programme_day') AS "programmeDays",
              (SELECT count(*)::int FROM session s WHERE s.edition_id = e.id AND s.kind = 'board_meeting') AS "boardMeetings",
              (SELECT count(*)::int FROM session s WHERE s.edition_id = e.id AND s.audience_internal_teams) AS "internalTeamDays"
         FROM edition e ORDER BY e.name`,
    );
    expect(editions).toEqual([
      expect.objectContaining({ name: 'HIS-I 1.0', status: 'completed', participants: 36, programmeDays: 10, boardMeetings: 2, internalTeamDays: 2 }),
      expect.objectContaining({ name: 'HIS-I 2.0', status: 'running', startDate: '2026-11-15', programmeDays: 10, boardMeetings: 2, internalTeamDays: 2 }),
    ]);
    const [history] = await t.db.query(
      `SELECT count(*)::int AS marks FROM attendance a JOIN session s ON s.id = a.session_id JOIN edition e ON e.id = s.edition_id WHERE e.name = 'HIS-I 1.0'`,
    );
    expect(history.marks).toBeGreaterThan(36 * 10);

    const participant = await t.loginAs('deelnemer@koers.demo', DEMO_PASSWORD);
    const me = await participant.get('/api/me');
    expect(me.body.enrolments).toEqual([expect.objectContaining({ editionName: 'HIS-I 2.0', role: 'participant' })]);
    // A few threads with replies: what is new to her is marked.
    const discussions = await participant.get(`/api/editions/${me.body.enrolments[0].editionId}/discussions`);
    expect(discussions.body.items.map((item: { replyCount: number; unreadCount: number }) => [item.replyCount, item.unreadCount])).toEqual([
      [1, 2],
      [2, 2],
      [2, 0],
    ]);
    expect((await participant.get('/api/me/discussions/unread')).body).toEqual({ threads: 2 });
    // Five Rebels of HIS-I 1.0 can be found by HIS-I 2.0.
    const alumni = await participant.get(`/api/editions/${me.body.enrolments[0].editionId}/alumni`);
    expect(alumni.body.map((entry: { editionName: string }) => entry.editionName)).toEqual(Array(5).fill('HIS-I 1.0'));
    for (const email of ['admin@koers.demo', 'trainer@koers.demo', 'directeur@koers.demo']) {
      expect((await t.anonymous().post('/api/auth/login', { email, password: DEMO_PASSWORD })).status).toBe(200);
    }
  });

  it('never schedules a session on a weekend', async () => {
    const weekend = await t.db.query(
      `SELECT title FROM session WHERE extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') > 5`,
    );
    expect(weekend).toEqual([]);
  });
});
