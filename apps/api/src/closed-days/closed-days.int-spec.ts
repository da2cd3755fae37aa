import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * A school-holiday file in the shape the Rijksoverheid's open data serves (dates as instants at Amsterdam midnight,
 * written in UTC, region names as published, a trailing space in a type as seen in the real files). The dates are
 * this test's own, not the published ones.
 */
const openDataFile = (schoolyear: string, vacations: { type: string; regions: [string, string, string][] }[]) => ({
  id: 'test',
  type: 'Schoolvakanties',
  title: `Schoolvakanties ${schoolyear}`,
  content: [
    {
      title: `Schoolvakanties ${schoolyear}`,
      schoolyear,
      vacations: vacations.map(({ type, regions }) => ({
        type,
        compulsorydates: 'false',
        regions: regions.map(([region, startdate, enddate]) => ({ region, startdate, enddate })),
      })),
    },
  ],
  license: 'CC0',
});

const schoolYear2026 = openDataFile('2026-2027', [
  {
    type: 'Herfstvakantie ',
    regions: [
      ['noord', '2026-10-16T22:00:00.000Z', '2026-10-24T22:00:00.000Z'],
      ['midden', '2026-10-16T22:00:00.000Z', '2026-10-24T22:00:00.000Z'],
      ['zuid', '2026-10-09T22:00:00.000Z', '2026-10-17T22:00:00.000Z'],
    ],
  },
  { type: 'Kerstvakantie', regions: [['heel Nederland', '2026-12-18T23:00:00.000Z', '2027-01-02T23:00:00.000Z']] },
]);

const wizard = (overrides: Record<string, unknown> = {}) => ({
  name: `HIS-I ${Math.random().toString(36).slice(2, 8)}`,
  startDate: '2027-01-05',
  cadenceWeeks: 3,
  weekday: 2,
  startTime: '09:30',
  ...overrides,
});

describe('closed days (Vrije dagen)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['loginAs']>>;
  let programmeId: string;
  let otherProgrammeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    programmeId = (await given(t.db).programme()).id;
    otherProgrammeId = (await given(t.db).programme()).id;
    await given(t.db).curriculum(programmeId, 'PPPP');
  });
  afterAll(() => t.close());

  const preview = (overrides: Record<string, unknown> = {}) => admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard(overrides));
  const sessionDates = (response: { body: { sessions: { date: string }[] } }) => response.body.sessions.map(({ date }) => date);

  it('is the programme office’s: 401 without login, 403 for anyone else', async () => {
    expect((await t.anonymous().get('/api/closed-days?schoolYear=2026')).status).toBe(401);
    const participant = await t.loginAs((await given(t.db).person()).email);
    expect((await participant.get('/api/closed-days?schoolYear=2026')).status).toBe(403);
    expect((await participant.post('/api/closed-days', { name: 'Dicht', firstDay: '2027-01-26', lastDay: '2027-01-26' })).status).toBe(403);
    expect((await participant.put('/api/closed-days/school-holidays', schoolYear2026)).status).toBe(403);
  });

  it('lists a school year: public holidays by law, the shipped school-holiday tables, and a labelled estimate where no table exists', async () => {
    const published = await admin.get('/api/closed-days?schoolYear=2025');
    expect(published.status).toBe(200);
    expect(published.body.periods).toContainEqual({
      id: null,
      name: 'Koningsdag',
      firstDay: '2026-04-27',
      lastDay: '2026-04-27',
      kind: 'public_holiday',
      source: 'rule',
      region: null,
      programme: null,
    });
    expect(published.body.periods).toContainEqual(
      expect.objectContaining({ name: 'Voorjaarsvakantie', firstDay: '2026-02-21', lastDay: '2026-03-01', region: 'noord', source: 'published' }),
    );
    expect(published.body.periods.filter(({ source }: { source: string }) => source === 'estimated')).toEqual([]);
    expect(published.body.periods.filter(({ kind }: { kind: string }) => kind === 'school_holiday')).toHaveLength(15);

    const later = await admin.get('/api/closed-days?schoolYear=2030');
    const estimated = later.body.periods.filter(({ kind }: { kind: string }) => kind === 'school_holiday');
    expect(estimated).toHaveLength(15);
    expect(estimated.every(({ source, name }: { source: string; name: string }) => source === 'estimated' && name.endsWith(' (geschat)'))).toBe(true);
    // In English, the holidays Koers knows have their English names.
    const english = (await admin.get('/api/closed-days?schoolYear=2030', { 'accept-language': 'en' })).body.periods.map(({ name }: { name: string }) => name);
    expect(english).toEqual(expect.arrayContaining(["King's Day", 'Christmas holiday (estimated)', 'Boxing Day']));
    expect(english.some((name: string) => name.includes('geschat') || name === 'Koningsdag')).toBe(false);

    expect((await admin.get('/api/closed-days?schoolYear=twenty')).status).toBe(400);
    // Left out, it is asked for as required, not measured against the largest year there is.
    expect((await admin.get('/api/closed-days')).body.fields).toEqual([{ field: 'schoolYear', message: 'Dit veld is verplicht.' }]);
  });

  it('plans around a closed day the office adds, names it in the preview, and stops when it is removed', async () => {
    expect(sessionDates(await preview())).toEqual(['2027-01-05', '2027-01-26', '2027-02-16', '2027-03-09']);

    const added = await admin.post('/api/closed-days', { name: '  Jaarbeurs gesloten ', firstDay: '2027-01-26', lastDay: '2027-01-27' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      name: 'Jaarbeurs gesloten',
      firstDay: '2027-01-26',
      lastDay: '2027-01-27',
      kind: 'closed_day',
      source: 'office',
      region: null,
      programme: null,
    });

    const moved = await preview();
    expect(sessionDates(moved)).toEqual(['2027-01-05', '2027-02-02', '2027-02-16', '2027-03-09']);
    expect(moved.body.sessions[1].warnings).toEqual([
      expect.objectContaining({
        code: 'moved_off_holiday',
        holidayName: 'Jaarbeurs gesloten',
        message: 'Verplaatst van dinsdag 26 januari 2027 (Jaarbeurs gesloten) naar dezelfde weekdag een week later.',
      }),
    ]);
    const overview = await admin.get('/api/closed-days?schoolYear=2026');
    expect(overview.body.periods).toContainEqual(added.body);

    expect((await admin.delete(`/api/closed-days/${added.body.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/closed-days/${added.body.id}`)).status).toBe(404);
    expect(sessionDates(await preview())).toEqual(['2027-01-05', '2027-01-26', '2027-02-16', '2027-03-09']);
  });

  it("applies a region's closed day only with that region, and a programme's only to that programme", async () => {
    const regional = await admin.post('/api/closed-days', { name: 'Regionaal congres', firstDay: '2027-02-16', lastDay: '2027-02-16', region: 'zuid' });
    const elsewhere = await admin.post('/api/closed-days', { name: 'Andere opleiding', firstDay: '2027-03-09', lastDay: '2027-03-09', programmeId: otherProgrammeId });
    const own = await admin.post('/api/closed-days', { name: 'Studiedag trainers', firstDay: '2027-01-05', lastDay: '2027-01-05', programmeId });
    expect([regional.status, elsewhere.status, own.status]).toEqual([201, 201, 201]);
    expect(own.body.programme).toEqual({ id: programmeId, name: expect.any(String) });

    expect(sessionDates(await preview())).toEqual(['2027-01-12', '2027-01-26', '2027-02-16', '2027-03-09']);
    const inZuid = await preview({ schoolHolidayRegion: 'zuid' });
    expect(sessionDates(inZuid)[2]).toBe('2027-02-23');
    expect(inZuid.body.sessions[2].warnings[0]).toMatchObject({ holidayName: 'Regionaal congres' });

    for (const { body } of [regional, elsewhere, own]) await admin.delete(`/api/closed-days/${body.id}`);
  });

  it('adds the same closed day sent again, also thirty at once, once: a double click leaves one row', async () => {
    const day = { name: 'Dubbel dicht', firstDay: '2027-08-09', lastDay: '2027-08-09', programmeId };
    const answers = await Promise.all(Array.from({ length: 30 }, () => admin.post('/api/closed-days', day)));
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    // Another name, region or programme on the same day is another closed day.
    const regional = await admin.post('/api/closed-days', { ...day, region: 'zuid' });
    expect(regional.body.id).not.toBe(answers[0].body.id);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM closed_period WHERE name = 'Dubbel dicht'`)).toEqual([{ n: 2 }]);
    for (const id of [answers[0].body.id, regional.body.id]) await admin.delete(`/api/closed-days/${id}`);
  });

  it('refuses a closed day that ends before it starts, lasts over a year, has no name, or is for an unknown programme', async () => {
    const backwards = await admin.post('/api/closed-days', { name: 'Dicht', firstDay: '2027-01-27', lastDay: '2027-01-26' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toBe('closed_period_out_of_order');
    expect((await admin.post('/api/closed-days', { name: 'Dicht', firstDay: '2027-01-01', lastDay: '2028-01-02' })).body.error).toBe('closed_period_too_long');
    expect((await admin.post('/api/closed-days', { name: ' ', firstDay: '2027-01-26', lastDay: '2027-01-26' })).status).toBe(400);
    expect((await admin.post('/api/closed-days', { name: 'Dicht', firstDay: '2027-02-30', lastDay: '2027-03-01' })).status).toBe(400);
    const unknown = await admin.post('/api/closed-days', { name: 'Dicht', firstDay: '2027-01-26', lastDay: '2027-01-26', programmeId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(Number((await t.db.query(`SELECT count(*) FROM closed_period WHERE kind = 'closed_day'`))[0].count)).toBe(0);
  });

  it("imports the Rijksoverheid's school-holiday file for a year: the table replaces the estimate in the list and in planning", async () => {
    const before = await preview({ startDate: '2026-10-06', cadenceWeeks: 2, schoolHolidayRegion: 'noord' });
    expect(before.body.sessions[1]).toMatchObject({ date: '2026-10-27', warnings: [expect.objectContaining({ holidayName: 'Herfstvakantie (geschat)' })] });

    const imported = await admin.put('/api/closed-days/school-holidays', schoolYear2026);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ schoolYear: 2026, periods: 6 });

    const overview = await admin.get('/api/closed-days?schoolYear=2026');
    const schoolHolidays = overview.body.periods.filter(({ kind }: { kind: string }) => kind === 'school_holiday');
    expect(schoolHolidays).toHaveLength(6);
    expect(schoolHolidays).toContainEqual(
      expect.objectContaining({ name: 'Herfstvakantie', region: 'noord', firstDay: '2026-10-17', lastDay: '2026-10-25', source: 'imported', id: null }),
    );
    expect(schoolHolidays).toContainEqual(expect.objectContaining({ name: 'Kerstvakantie', region: 'zuid', firstDay: '2026-12-19', lastDay: '2027-01-03' }));

    const after = await preview({ startDate: '2026-10-06', cadenceWeeks: 2, schoolHolidayRegion: 'noord' });
    expect(after.body.sessions[1]).toMatchObject({ date: '2026-10-27', warnings: [expect.objectContaining({ holidayName: 'Herfstvakantie' })] });
    const zuid = await preview({ startDate: '2026-10-06', cadenceWeeks: 2, schoolHolidayRegion: 'zuid' });
    expect(zuid.body.sessions[1]).toMatchObject({ date: '2026-10-20', warnings: [] });

    // Importing the same year again replaces the table instead of adding to it, also when imports arrive together (a
    // double click).
    expect((await admin.put('/api/closed-days/school-holidays', schoolYear2026)).status).toBe(200);
    const together = await Promise.all(Array.from({ length: 8 }, () => admin.put('/api/closed-days/school-holidays', schoolYear2026)));
    expect(together.map((response) => response.status)).toEqual(Array(8).fill(200));
    expect(Number((await t.db.query(`SELECT count(*) FROM closed_period WHERE school_year = 2026`))[0].count)).toBe(6);
  });

  it('refuses a file that is not a school-holiday file, with a message that says where to get one, and keeps the table', async () => {
    const wrong = await admin.put('/api/closed-days/school-holidays', { hello: 'world' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].message).toContain('opendata.rijksoverheid.nl');
    const unknownRegion = await admin.put(
      '/api/closed-days/school-holidays',
      openDataFile('2026-2027', [{ type: 'Herfstvakantie', regions: [['west', '2026-10-16T22:00:00.000Z', '2026-10-24T22:00:00.000Z']] }]),
    );
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.body.fields[0].message).toBe('Onbekende regio "west" bij Herfstvakantie.');
    const outsideYear = await admin.put(
      '/api/closed-days/school-holidays',
      openDataFile('2026-2027', [{ type: 'Herfstvakantie', regions: [['noord', '2028-10-16T22:00:00.000Z', '2028-10-24T22:00:00.000Z']] }]),
    );
    expect(outsideYear.status).toBe(400);
    const tooLong = await admin.put(
      '/api/closed-days/school-holidays',
      openDataFile('2026-2027', [{ type: 'Zomervakantie', regions: [['noord', '2026-07-01T22:00:00.000Z', '2027-09-28T22:00:00.000Z']] }]),
    );
    expect(tooLong.body.fields[0].message).toBe('Zomervakantie duurt langer dan 70 dagen.');
    const overridden = await admin.put(
      '/api/closed-days/school-holidays',
      openDataFile('2026-2027', [{ type: 'Extra\u202e', regions: [['noord', '2026-10-16T22:00:00.000Z', '2026-10-24T22:00:00.000Z']] }]),
    );
    expect(overridden.body.fields[0].message).toBe('Een vakantie heeft een naam met stuurtekens.');
    expect(Number((await t.db.query(`SELECT count(*) FROM closed_period WHERE school_year = 2025`))[0].count)).toBe(15);
  });
});
