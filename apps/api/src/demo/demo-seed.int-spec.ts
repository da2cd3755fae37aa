import type { SchoolHolidayRegion } from '@koers/shared/domain';
import type { RegionMeasurements } from '@koers/shared/measurements';
import { ClosedDayCalendar } from '../calendar/closed-day-calendar';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ApplicationSelectionRepository } from '../applications/application-selection.repository';
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
              (SELECT count(*)::int FROM session s WHERE s.edition_id = e.id AND s.audience_internal_teams) AS "internalTeamDays",
              (SELECT count(*)::int FROM assignment a WHERE a.edition_id = e.id) AS assignments
         FROM edition e ORDER BY e.name`,
    );
    // Every edition has the curriculum's five assignments, as opening one makes them.
    expect(editions).toEqual([
      expect.objectContaining({ name: 'HIS-I 1.0', status: 'completed', participants: 36, programmeDays: 10, boardMeetings: 2, internalTeamDays: 2, assignments: 5 }),
      expect.objectContaining({ name: 'HIS-I 2.0', status: 'running', startDate: '2026-11-17', programmeDays: 10, boardMeetings: 2, internalTeamDays: 2, assignments: 5 }),
      expect.objectContaining({ name: 'HIS-I 3.0', status: 'open', startDate: '2027-09-07', participants: 0, programmeDays: 10, boardMeetings: 2, internalTeamDays: 2, assignments: 5 }),
    ]);
    // HIS-I 3.0 takes applications on the programme's public page (its dates are fixed here, the page's deadline check is not).
    expect(
      await t.db.query(
        `SELECT p.slug, e.open_for_applications AS "open", to_char(e.application_deadline, 'YYYY-MM-DD') AS deadline, e.price_cents AS "priceCents"
           FROM edition e JOIN programme p ON p.id = e.programme_id WHERE e.name = 'HIS-I 3.0'`,
      ),
    ).toEqual([{ slug: 'his-i', open: true, deadline: '2027-08-17', priceCents: 295000 }]);
    // Applications in each state but accepted (which would enrol people in an edition nobody is enrolled in yet).
    const applications = () =>
      t.db.query(
        `SELECT a.status, a.director_commitment AS commitment, count(*)::int AS count FROM application a JOIN edition e ON e.id = a.edition_id
          WHERE e.name = 'HIS-I 3.0' GROUP BY 1, 2 ORDER BY 1, 2`,
      );
    expect(await applications()).toEqual([
      { status: 'unconfirmed', commitment: 'pending', count: 1 },
      { status: 'confirmed', commitment: 'pending', count: 1 },
      { status: 'confirmed', commitment: 'committed', count: 3 },
      { status: 'confirmed', commitment: 'declined', count: 1 },
      { status: 'declined', commitment: 'committed', count: 1 },
    ]);
    // The demo is as the background jobs leave it: five minutes after the first start, the applications sweep finds no
    // waiting list beside a free place (asked directly: the sweep's other steps go by today's date, the seed by its own).
    expect(await t.app.get(ApplicationSelectionRepository).editionsWithPlaceForWaitlist()).toEqual([]);
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

  it('makes regio@koers.demo the programme manager of the demo participant’s region, with organisations in other regions too', async () => {
    await seedDemoData(t.db, new Date('2026-11-25T10:00:00Z'));
    const regional = await t.loginAs('regio@koers.demo', DEMO_PASSWORD);
    const regions = await regional.get('/api/regions');
    expect(regions.body).toEqual([expect.objectContaining({ name: 'Zuid-Kennemerland', organisations: 2 })]);
    const overview = await regional.get(`/api/regions/${regions.body[0].id}/overview`);
    const linde = overview.body.organisations.items.find((organisation: { name: string }) => organisation.name === 'Zorggroep De Linde');
    expect(linde.editions.map((edition: { editionName: string }) => edition.editionName)).toEqual(['HIS-I 2.0', 'HIS-I 1.0']);
    expect(linde.editions[0].participants).toContain('Lotte Bakker');

    // The region's own figures: HIS-I 1.0's scans by its two organisations together.
    const measurements = await regional.get<RegionMeasurements>(`/api/regions/${regions.body[0].id}/measurements`);
    const end = measurements.body.rounds.find((round) => round.editionName === 'HIS-I 1.0' && round.moment === 'after_last_programme_day')!;
    expect(end.dimensions.every((dimension) => dimension.mean !== null)).toBe(true);

    const admin = await t.loginAs('admin@koers.demo', DEMO_PASSWORD);
    const populated = (await admin.get('/api/regions')).body.filter((region: { organisations: number }) => region.organisations > 0);
    expect(populated.map((region: { name: string }) => region.name)).toEqual(['Den Haag', 'Groningen/Friesland/Drenthe', 'Utrecht', 'Zuid-Kennemerland', 'Zuidoost-Brabant']);
  });

  it('keeps every agenda inside its session’s times, with lunch only on full days on site', async () => {
    const sessions: { title: string; mode: string; agenda: string; start: string; end: string }[] = await t.db.query(
      `SELECT title, mode, agenda, to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS start,
              to_char(ends_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS "end"
         FROM session`,
    );
    expect(sessions.length).toBeGreaterThan(30);
    const problems = sessions.flatMap(({ title, mode, agenda, start, end }) => {
      const lines = agenda.split('\n');
      const times = lines.map((line) => /^(\d{2}:\d{2}) /.exec(line)?.[1]);
      return [
        ...(lines.length < 3 ? [`${title}: an agenda of ${lines.length} lines`] : []),
        ...times.flatMap((time, i) => (time === undefined ? [`${title}: "${lines[i]}" has no time`] : time < start || time >= end ? [`${title}: ${time} outside ${start}–${end}`] : [])),
        ...times.flatMap((time, i) => (i > 0 && time! <= times[i - 1]! ? [`${title}: ${time} not after ${times[i - 1]}`] : [])),
        ...(times[0] === start ? [] : [`${title}: starts at ${times[0]}, the session at ${start}`]),
        ...(/lunch/i.test(agenda) && (mode === 'online' || end <= '13:30') ? [`${title}: lunch on an online or half day`] : []),
      ];
    });
    expect(problems).toEqual([]);
    const [board] = sessions.filter(({ title }) => title.startsWith('Bestuurlijke bijeenkomst'));
    expect(board.agenda.split('\n').at(-1)).toMatch(/^1[0-2]:\d{2} Afspraken en afsluiting$/);
  });

  it('writes no text that stops mid-sentence', async () => {
    const texts: { source: string; text: string }[] = await t.db.query(
      `SELECT 'challenge description' AS source, description AS text FROM implementation_challenge
       UNION ALL SELECT 'challenge innovation', innovation FROM implementation_challenge
       UNION ALL SELECT 'challenge goal', goal FROM implementation_challenge
       UNION ALL SELECT 'challenge log', text FROM challenge_log_entry
       UNION ALL SELECT 'challenge comment', body FROM challenge_log_comment
       UNION ALL SELECT 'assignment instructions', instructions FROM assignment
       UNION ALL SELECT 'feedback', comment FROM feedback
       UNION ALL SELECT 'session notes', notes FROM session WHERE notes <> ''
       UNION ALL SELECT 'session covered', covered FROM session WHERE covered <> ''
       UNION ALL SELECT 'submission', text FROM submission`,
    );
    expect(texts.length).toBeGreaterThan(100);
    const cut = texts.filter(({ text }) => !/[.!?*)]$/.test(text.trim()));
    expect([...new Set(cut.map(({ source, text }) => `${source}: ${text}`))]).toEqual([]);
  });

  it('gives no director two participants with the same challenge', async () => {
    const shared = await t.db.query(
      `SELECT en.edition_id, en.director_person_id, c.title FROM implementation_challenge c JOIN enrolment en ON en.id = c.enrolment_id
        WHERE en.director_person_id IS NOT NULL
        GROUP BY en.edition_id, en.director_person_id, c.title HAVING count(*) > 1`,
    );
    expect(shared).toEqual([]);
  });

  it('puts no assignment deadline on a weekend', async () => {
    const weekend = await t.db.query(`SELECT title FROM assignment WHERE extract(isodow FROM due_at AT TIME ZONE 'Europe/Amsterdam') > 5`);
    expect(weekend).toEqual([]);
  });

  it('divides HIS-I 2.0 into three network groups, each led by its facilitator, with a session per group, and a day with two workshops', async () => {
    const groups = await t.db.query(
      `SELECT g.name, (SELECT count(*)::int FROM network_group_member m WHERE m.network_group_id = g.id AND m.left_at IS NULL) AS members,
              ARRAY(SELECT p.email FROM network_group_facilitator f JOIN person p ON p.id = f.person_id WHERE f.network_group_id = g.id) AS facilitators,
              ARRAY(SELECT DISTINCT p.email FROM session s JOIN session_staff st ON st.session_id = s.id JOIN person p ON p.id = st.person_id
                     WHERE s.network_group_id = g.id) AS staff,
              (SELECT count(*)::int FROM session s WHERE s.network_group_id = g.id) AS sessions
         FROM network_group g JOIN edition e ON e.id = g.edition_id WHERE e.name = 'HIS-I 2.0' ORDER BY g.position`,
    );
    expect(groups).toEqual([
      { name: 'Netwerkgroep Avans', members: 8, facilitators: ['begeleider1@koers.demo'], staff: ['begeleider1@koers.demo'], sessions: 4 },
      { name: 'Netwerkgroep Fontys', members: 8, facilitators: ['begeleider2@koers.demo'], staff: ['begeleider2@koers.demo'], sessions: 4 },
      { name: 'Netwerkgroep Zuyd', members: 8, facilitators: ['begeleider3@koers.demo'], staff: ['begeleider3@koers.demo'], sessions: 4 },
    ]);
    const participant = await t.loginAs('deelnemer@koers.demo', DEMO_PASSWORD);
    const network = (await participant.get('/api/me/schedule')).body.filter((s: { kind: string }) => s.kind === 'network_session');
    expect(network).toHaveLength(4);
    expect(new Set(network.map((s: { networkGroup: string }) => s.networkGroup))).toEqual(new Set(['Netwerkgroep Avans']));
    // The demo participant's group meets at the generated time, 09:30 in Amsterdam.
    for (const session of network) expect(new Date(session.startsAt).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })).toBe('09:30');
    const [day] = await t.db.query(
      `SELECT s.id, s.starts_at AS "startsAt", count(w.id)::int AS workshops FROM session s JOIN workshop w ON w.session_id = s.id GROUP BY s.id`,
    );
    expect(day.workshops).toBe(2);
    // Choosing closes the day before. The demo was seeded as of 25 November, the API answers as of now: she may still
    // choose for as long as that is ahead.
    const workshops = (await participant.get(`/api/sessions/${day.id}/workshops`)).body;
    expect(workshops).toMatchObject({ myChoice: null, choiceClosesAt: new Date(day.startsAt.getTime() - 24 * 3_600_000).toISOString() });
    expect(workshops.canChoose).toBe(new Date(workshops.choiceClosesAt) > new Date());

    // A member of her group and its facilitator commented on her latest log entry, and may: peer feedback.
    const [latest] = (await participant.get('/api/me/challenge')).body.log;
    const comments = latest.comments.map((comment: { authorName: string }) => comment.authorName);
    expect(comments).toHaveLength(2);
    // Commented on after it was written.
    expect(latest.comments.every((comment: { createdAt: string }) => comment.createdAt > latest.createdAt)).toBe(true);
    const groupmate = await t.db.query(
      `SELECT p.email FROM person p JOIN challenge_log_comment cm ON cm.author_person_id = p.id WHERE cm.log_entry_id = $1 ORDER BY cm.created_at LIMIT 1`,
      [latest.id],
    );
    const asGroupmate = await t.loginAs(groupmate[0].email, DEMO_PASSWORD);
    expect((await asGroupmate.get(`/api/challenge-log-entries/${latest.id}/comments`)).status).toBe(200);
    const asFacilitator = await t.loginAs('begeleider1@koers.demo', DEMO_PASSWORD);
    expect((await asFacilitator.get(`/api/challenge-log-entries/${latest.id}/comments`)).body).toHaveLength(2);
  });

  it('never schedules a session on a weekend', async () => {
    const weekend = await t.db.query(
      `SELECT title FROM session WHERE extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') > 5`,
    );
    expect(weekend).toEqual([]);
  });

  it('plans every session around the school holidays of its edition’s region, as the wizard does', async () => {
    const sessions: { title: string; day: string; region: SchoolHolidayRegion }[] = await t.db.query(
      `SELECT s.title, (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS day, e.school_holiday_region AS region
         FROM session s JOIN edition e ON e.id = s.edition_id`,
    );
    expect(new Set(sessions.map(({ region }) => region))).toEqual(new Set(['midden']));
    const closed = sessions.map(({ title, day, region }) => [title, day, new ClosedDayCalendar({ region }).closureOn(day)]).filter(([, , closure]) => closure !== null);
    expect(closed).toEqual([]);
  });

  it('holds measurements for every chart: HIS-I 2.0’s start scan by most organisations and the thermometer by several internal teams, HIS-I 1.0’s start and end', async () => {
    const rounds: { edition: string; moment: string; occurrence: number; opensAt: Date; organisations: number; answered: number; respondents: number; thermometer: boolean }[] = await t.db.query(
      `SELECT ed.name AS edition, r.moment, r.occurrence, r.opens_at AS "opensAt",
              (SELECT count(DISTINCT pp.organisation_id)::int FROM enrolment pe JOIN person pp ON pp.id = pe.person_id WHERE pe.edition_id = ed.id AND pe.role = 'participant') AS organisations,
              (SELECT count(DISTINCT pp.organisation_id)::int FROM measurement_response resp JOIN enrolment pe ON pe.id = resp.participant_enrolment_id JOIN person pp ON pp.id = pe.person_id
                WHERE resp.round_id = r.id) AS answered,
              (SELECT count(*)::int FROM measurement_response resp WHERE resp.round_id = r.id) AS respondents,
              i.kind = 'collaboration_thermometer' AS thermometer
         FROM measurement_round r JOIN edition ed ON ed.id = r.edition_id
         JOIN instrument_version v ON v.id = r.instrument_version_id JOIN instrument i ON i.id = v.instrument_id
        ORDER BY ed.name, r.opens_at`,
    );
    const of = (edition: string, moment: string, occurrence = 1, thermometer = false) =>
      rounds.find((round) => round.edition === edition && round.moment === moment && round.occurrence === occurrence && round.thermometer === thermometer)!;
    expect(rounds.filter((round) => round.edition === 'HIS-I 1.0')).toHaveLength(5);
    for (const moment of ['before_first_programme_day', 'after_last_programme_day']) {
      const round = of('HIS-I 1.0', moment);
      expect(round.respondents).toBeGreaterThan(20);
      expect(round.answered).toBeGreaterThan(round.organisations / 2);
    }
    expect(of('HIS-I 1.0', 'internal_team_days', 2, true).respondents).toBeGreaterThan(4);
    // The second team day is not a copy of the first: the teams' chart shows a change.
    const [{ changed }] = await t.db.query(
      `SELECT count(*)::int AS changed FROM (
         SELECT resp.person_id, a.item_id, array_agg(a.value ORDER BY r.occurrence) AS answers
           FROM measurement_answer a JOIN measurement_response resp ON resp.id = a.response_id JOIN measurement_round r ON r.id = resp.round_id JOIN edition ed ON ed.id = r.edition_id
          WHERE ed.name = 'HIS-I 1.0' AND r.moment = 'internal_team_days' GROUP BY resp.person_id, a.item_id) x
        WHERE answers[1] <> answers[2]`,
    );
    expect(changed).toBeGreaterThan(0);
    // The edition open for applications has its rounds, as opening it would make them.
    expect(rounds.filter((round) => round.edition === 'HIS-I 3.0').length).toBeGreaterThan(0);
    const start = of('HIS-I 2.0', 'before_first_programme_day');
    expect(start.answered).toBeGreaterThan(start.organisations / 2);
    // The first internal-team day is still ahead: the teams filled the thermometer's baseline.
    expect(of('HIS-I 2.0', 'before_first_programme_day', 1, true).respondents).toBeGreaterThan(4);
    expect(of('HIS-I 2.0', 'internal_team_days', 1, true).respondents).toBe(0);
    expect(of('HIS-I 2.0', 'after_last_programme_day').respondents).toBe(0);
    // The demo participant sees her organisation's start scan; her director compares it with the edition.
    const lotte = await t.loginAs('deelnemer@koers.demo', DEMO_PASSWORD);
    const editionId = (await t.db.query(`SELECT id FROM edition WHERE name = 'HIS-I 2.0'`))[0].id;
    const results = (await lotte.get(`/api/editions/${editionId}/measurements`)).body;
    const scan = results.rounds.find((round: { moment: string; instrument: { kind: string } }) => round.moment === 'before_first_programme_day' && round.instrument.kind === 'innovation_scan');
    expect(scan.organisations).toHaveLength(1);
    expect(scan.organisations[0].responses.length).toBeGreaterThanOrEqual(2);
    expect(scan.dimensions.every((dimension: { mean: number | null }) => dimension.mean !== null)).toBe(true);
  });
});
