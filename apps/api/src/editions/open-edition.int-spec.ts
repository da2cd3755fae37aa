import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { workingDayInWeeks } from '../../test/working-day';
import { isoWeekday } from '../calendar/amsterdam-time';
import { isDutchPublicHoliday } from '../calendar/dutch-holidays';
import { EditionSessionsRepository } from './edition-sessions.repository';

/** The HIS-I shape: ten programme days (two with the internal teams), four network sessions, two board meetings. */
const HIS_I = 'PPNTBPNPPNTNPBPP';

const wizard = (overrides: Record<string, unknown> = {}) => ({
  name: `HIS-I ${Math.random().toString(36).slice(2, 8)}`,
  startDate: '2027-01-05',
  cadenceWeeks: 3,
  weekday: 2,
  startTime: '09:30',
  defaultLocation: 'Care Innovation Center, Amersfoort',
  defaultOnlineUrl: 'https://meet.example.nl/his',
  ...overrides,
});

describe('opening a new edition', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['loginAs']>>;
  let programmeId: string;
  let slotIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const person = await given(t.db).person({ isAdmin: true });
    admin = await t.loginAs(person.email);
    programmeId = (await given(t.db).programme()).id;
    ({ slotIds } = await given(t.db).curriculum(programmeId, HIS_I, [
      { slotIndex: 1, offsetDays: -3, title: 'Beschrijf je vraagstuk' },
      { slotIndex: 15, offsetDays: -3, title: 'Eindpresentatie' },
    ]));
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.db.query(`SELECT count(*) FROM ${table}`))[0].count);

  it('starts on a Tuesday in January every three weeks: ten programme days, none on a holiday or weekend, all at 09:30 Amsterdam time on both sides of the March clock change', async () => {
    const body = wizard();
    const created = await admin.post(`/api/programmes/${programmeId}/editions`, body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String) });

    const sessions = await admin.get(`/api/editions/${created.body.id}/sessions`);
    expect(sessions.status).toBe(200);
    expect(sessions.body).toHaveLength(16);
    const programmeDays = sessions.body.filter((s: any) => s.kind === 'programme_day');
    expect(programmeDays).toHaveLength(10);
    for (const session of sessions.body) {
      const date = session.startsAt.slice(0, 10);
      expect(isoWeekday(date)).toBeLessThanOrEqual(5);
      expect(isDutchPublicHoliday(date)).toBeNull();
      expect(session.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T09:30:00\+0[12]:00$/);
    }
    const offsets = programmeDays.map((s: any) => `${s.startsAt.slice(0, 10)} ${s.startsAt.slice(-6)}`);
    expect(offsets).toEqual([
      '2027-01-05 +01:00',
      '2027-01-26 +01:00',
      '2027-02-16 +01:00',
      '2027-03-09 +01:00',
      '2027-03-30 +02:00',
      '2027-04-20 +02:00',
      '2027-05-11 +02:00',
      '2027-06-01 +02:00',
      '2027-06-22 +02:00',
      '2027-07-13 +02:00',
    ]);
    expect(new Date(programmeDays[3].startsAt).toISOString()).toBe('2027-03-09T08:30:00.000Z');
    expect(new Date(programmeDays[4].startsAt).toISOString()).toBe('2027-03-30T07:30:00.000Z');
    expect(sessions.body.filter((s: any) => s.audience.internalTeams)).toHaveLength(2);
    expect(sessions.body.filter((s: any) => s.kind === 'board_meeting').map((s: any) => s.audience)).toEqual([
      { participants: false, internalTeams: false, directors: true },
      { participants: false, internalTeams: false, directors: true },
    ]);
    expect(sessions.body[0]).toMatchObject({
      kind: 'programme_day',
      mode: 'hybrid',
      location: 'Care Innovation Center, Amersfoort',
      onlineUrl: 'https://meet.example.nl/his',
      status: 'scheduled',
      staff: [],
    });

    const [edition] = await t.db.query(`SELECT status, start_date, end_date, capacity FROM edition WHERE id = $1`, [created.body.id]);
    expect(edition).toEqual({ status: 'draft', start_date: '2027-01-05', end_date: sessions.body[15].startsAt.slice(0, 10), capacity: 36 });
    const assignments = await t.db.query(
      `SELECT a.title, a.due_at, s.title AS session FROM assignment a JOIN session s ON s.id = a.session_id WHERE a.edition_id = $1 ORDER BY a.due_at`,
      [created.body.id],
    );
    expect(assignments.map((a: any) => [a.title, a.due_at.toISOString()])).toEqual([
      // Three days before programme day 2 (26 January) is a Saturday: the Friday before, 23:59 Amsterdam.
      ['Beschrijf je vraagstuk', '2027-01-22T22:59:00.000Z'],
      ['Eindpresentatie', expect.stringMatching(/T21:59:00.000Z$/)],
    ]);
  });

  it('previews the same schedule without storing anything, with every session and deadline', async () => {
    const [editions, sessions] = [await count('edition'), await count('session')];
    const preview = await admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard());
    expect(preview.status).toBe(200);
    expect(preview.body.sessions).toHaveLength(16);
    expect(preview.body.sessions[0]).toEqual({
      slotId: slotIds[0],
      kind: 'programme_day',
      title: 'programme_day 1',
      theme: '',
      date: '2027-01-05',
      startTime: '09:30',
      endTime: '16:00',
      startsAt: '2027-01-05T09:30:00+01:00',
      endsAt: '2027-01-05T16:00:00+01:00',
      mode: 'hybrid',
      location: 'Care Innovation Center, Amersfoort',
      onlineUrl: 'https://meet.example.nl/his',
      audience: { participants: true, internalTeams: false, directors: false },
      warnings: [],
    });
    expect(preview.body.assignments).toEqual([
      { templateId: expect.any(String), title: 'Beschrijf je vraagstuk', slotId: slotIds[1], sessionTitle: 'programme_day 2', dueAt: '2027-01-22T23:59:00+01:00' },
      expect.objectContaining({ title: 'Eindpresentatie', slotId: slotIds[15] }),
    ]);
    expect(preview.body).toMatchObject({ startDate: '2027-01-05' });
    expect([await count('edition'), await count('session')]).toEqual([editions, sessions]);
  });

  it('refuses staff sent as null on its field, and previews without staff when it is left out (null answered 500)', async () => {
    const preview = await admin.post(`/api/programmes/${programmeId}/editions/preview`, { ...wizard(), staff: null });
    expect([preview.status, preview.body.fields?.map((f: { field: string }) => f.field)]).toEqual([400, ['staff']]);
    const withoutAny = await admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard());
    expect(withoutAny.status).toBe(200);
    expect(withoutAny.body.sessions).toHaveLength(16);
  });

  it('moves a session off a public holiday with a warning, in the reader’s language', async () => {
    // Thursdays from 15 April 2027: the second programme day falls on Hemelvaartsdag, 6 May.
    const body = wizard({ startDate: '2027-04-15', weekday: 4 });
    const dutch = await admin.post(`/api/programmes/${programmeId}/editions/preview`, body);
    const moved = dutch.body.sessions.find((s: any) => s.warnings.length > 0);
    expect(moved).toMatchObject({ date: '2027-05-13', startTime: '09:30' });
    expect(moved.warnings).toEqual([
      {
        code: 'moved_off_holiday',
        originalDate: '2027-05-06',
        holidayName: 'Hemelvaartsdag',
        sameWeekdayNextWeek: true,
        message: 'Verplaatst van donderdag 6 mei 2027 (Hemelvaartsdag) naar dezelfde weekdag een week later.',
      },
    ]);
    const english = await admin.post(`/api/programmes/${programmeId}/editions/preview`, body, { 'accept-language': 'en' });
    expect(english.body.sessions.find((s: any) => s.slotId === moved.slotId).warnings[0].message).toBe('Moved from Thursday 6 May 2027 (Ascension Day) to the same weekday one week later.');
  });

  it('refuses a start date more than two years ago or three years ahead as a mistyped year, on its field', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    for (const startDate of [`${year - 3}-09-01`, `${year + 45}-09-01`]) {
      const refused = await admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard({ startDate }));
      expect(refused.status).toBe(400);
      expect(refused.body.fields).toEqual([{ field: 'startDate', message: expect.stringMatching(/^1 september \d{4} ligt meer dan (twee jaar geleden|drie jaar vooruit)\. Controleer het jaar\.$/) }]);
      expect((await admin.post(`/api/programmes/${programmeId}/editions`, wizard({ startDate }))).status).toBe(400);
    }
  });

  it('avoids the school holidays of a region when asked', async () => {
    const body = wizard({ startDate: '2026-02-03', cadenceWeeks: 3 });
    const everywhere = await admin.post(`/api/programmes/${programmeId}/editions/preview`, body);
    expect(everywhere.body.sessions.find((s: any) => s.slotId === slotIds[1]).date).toBe('2026-02-24');
    const noord = await admin.post(`/api/programmes/${programmeId}/editions/preview`, { ...body, schoolHolidayRegion: 'noord' });
    expect(noord.body.sessions.find((s: any) => s.slotId === slotIds[1])).toMatchObject({
      date: '2026-03-03',
      warnings: [expect.objectContaining({ code: 'moved_off_holiday', holidayName: 'Voorjaarsvakantie' })],
    });
  });

  it('creates the edition with the dates, times, venues and links the admin changed in the preview', async () => {
    const body = wizard();
    const preview = await admin.post(`/api/programmes/${programmeId}/editions/preview`, body);
    const sessions = preview.body.sessions.map(({ slotId, date, startTime, endTime, location, onlineUrl }: any) => ({
      slotId,
      date,
      startTime,
      endTime,
      location,
      onlineUrl,
    }));
    sessions[1] = { ...sessions[1], date: '2027-01-27', startTime: '13:00', endTime: '17:00', location: 'Zorg aan Zet, Utrecht', onlineUrl: '' };
    // Onto Koningsdag: allowed, but the preview warns.
    sessions[9] = { ...sessions[9], date: '2027-04-27' };

    const checked = await admin.post(`/api/programmes/${programmeId}/editions/preview`, { ...body, sessions });
    expect(checked.status).toBe(200);
    expect(checked.body.sessions.find((s: any) => s.slotId === sessions[9].slotId).warnings).toEqual([
      { code: 'closed_day', date: '2027-04-27', holidayName: 'Koningsdag', message: 'Deze datum valt op een vrije dag (Koningsdag).' },
    ]);
    // Three days before Wednesday 27 January is a Sunday: the deadline moves to the Friday before.
    expect(checked.body.assignments[0].dueAt).toBe('2027-01-22T23:59:00+01:00');

    const [editions, storedSessions] = [await count('edition'), await count('session')];
    const unconfirmed = await admin.post(`/api/programmes/${programmeId}/editions`, { ...body, sessions, confirmedClosedDates: ['2027-04-26'] });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body).toMatchObject({
      error: 'closed_days_unconfirmed',
      message: 'Bevestig eerst de bijeenkomsten op een weekend, feestdag, vrije dag of in een schoolvakantie: dinsdag 27 april 2027.',
      details: { dates: ['2027-04-27'] },
    });
    const english = await admin.post(`/api/programmes/${programmeId}/editions`, { ...body, sessions }, { 'accept-language': 'en' });
    expect(english.body.message).toBe('First confirm the sessions on a weekend, public holiday, closed day or school holiday: Tuesday 27 April 2027.');
    expect([await count('edition'), await count('session')]).toEqual([editions, storedSessions]);

    const created = await admin.post(`/api/programmes/${programmeId}/editions`, { ...body, sessions, confirmedClosedDates: ['2027-04-27'] });
    expect(created.status).toBe(201);
    const stored = (await admin.get(`/api/editions/${created.body.id}/sessions`)).body;
    expect(stored.find((s: any) => s.title === 'programme_day 2')).toMatchObject({
      startsAt: '2027-01-27T13:00:00+01:00',
      endsAt: '2027-01-27T17:00:00+01:00',
      location: 'Zorg aan Zet, Utrecht',
      onlineUrl: null,
    });
    expect(stored.some((s: any) => s.startsAt.startsWith('2027-04-27'))).toBe(true);
  });

  it('refuses edited sessions that do not match the template or end before they start', async () => {
    const body = wizard();
    const preview = await admin.post(`/api/programmes/${programmeId}/editions/preview`, body);
    const sessions = preview.body.sessions.map(({ slotId, date, startTime, endTime }: any) => ({ slotId, date, startTime, endTime }));
    const missing = await admin.post(`/api/programmes/${programmeId}/editions`, { ...body, sessions: sessions.slice(1) });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('session_plan_mismatch');
    sessions[2] = { ...sessions[2], endTime: '09:00' };
    const backwards = await admin.post(`/api/programmes/${programmeId}/editions`, { ...body, sessions }, { 'accept-language': 'en' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toEqual([{ field: 'sessions.2.endTime', message: 'The end time must be after the start time.' }]);
  });

  it('writes everything in one transaction: a failure midway leaves nothing behind', async () => {
    const before = await Promise.all(['edition', 'session', 'assignment'].map(count));
    const repository = t.app.get(EditionSessionsRepository);
    const failing = jest.spyOn(repository, 'insertAssignments').mockRejectedValueOnce(new Error('disk full'));
    const body = wizard();
    const response = await admin.post(`/api/programmes/${programmeId}/editions`, body);
    failing.mockRestore();
    expect(response.status).toBe(500);
    expect(await Promise.all(['edition', 'session', 'assignment'].map(count))).toEqual(before);
    expect((await admin.post(`/api/programmes/${programmeId}/editions`, body)).status).toBe(201);
  });

  it('refuses a name that is taken, with nothing written', async () => {
    const body = wizard();
    expect((await admin.post(`/api/programmes/${programmeId}/editions`, body)).status).toBe(201);
    const sessions = await count('session');
    const again = await admin.post(`/api/programmes/${programmeId}/editions`, body);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'edition_name_taken', message: 'Er is al een editie met deze naam. Kies een andere naam.' });
    expect(await count('session')).toBe(sessions);
    // Said when the schedule is made, on the name's field (in other capitals too), where the wizard's first step has it.
    const previewed = await admin.post(`/api/programmes/${programmeId}/editions/preview`, { ...body, name: body.name.toUpperCase() });
    expect([previewed.status, previewed.body.error, previewed.body.fields]).toEqual([409, 'edition_name_taken', [{ field: 'name', message: expect.stringContaining('Kies een andere naam') }]]);
  });

  it('warns when a planned trainer already runs a session that day in another edition, and assigns the staff on creation', async () => {
    const trainer = await given(t.db).person({ name: 'Sanne de Vries' });
    const facilitator = await given(t.db).person({ name: 'Karin Smeets' });
    const other = await given(t.db).edition({ name: 'HIS-I 2.0' });
    const busySession = await given(t.db).session(other.id, { title: 'Lesdag 7', startsAt: '2027-01-26T08:30:00Z' });
    await given(t.db).sessionStaff(busySession.id, trainer.id);
    const staff = [
      { personId: trainer.id, role: 'trainer', kinds: ['programme_day', 'board_meeting'] },
      { personId: facilitator.id, role: 'facilitator', kinds: ['network_session'] },
    ];
    const body = wizard({ staff });

    t.queries.reset();
    const preview = await admin.post(`/api/programmes/${programmeId}/editions/preview`, body);
    const busyCheck = t.queries.statements.filter((sql) => sql.includes('FROM session_staff st'));
    expect(busyCheck).toHaveLength(1);
    const warned = preview.body.sessions.filter((s: any) => s.warnings.length > 0);
    expect(warned).toEqual([
      expect.objectContaining({
        date: '2027-01-26',
        warnings: [
          {
            code: 'trainer_busy',
            personId: trainer.id,
            personName: 'Sanne de Vries',
            editionName: 'HIS-I 2.0',
            sessionTitle: 'Lesdag 7',
            message: 'Sanne de Vries verzorgt die dag al “Lesdag 7” in HIS-I 2.0.',
          },
        ],
      }),
    ]);

    const created = await admin.post(`/api/programmes/${programmeId}/editions`, body);
    const sessions = (await admin.get(`/api/editions/${created.body.id}/sessions`)).body;
    const staffed = (kind: string) => sessions.filter((s: any) => s.kind === kind).map((s: any) => s.staff.map((m: any) => [m.name, m.role]));
    expect(new Set(staffed('programme_day').map(String))).toEqual(new Set([String([['Sanne de Vries', 'trainer']])]));
    expect(new Set(staffed('network_session').map(String))).toEqual(new Set([String([['Karin Smeets', 'facilitator']])]));
    const enrolled = await t.db.query(`SELECT person_id, role FROM enrolment WHERE edition_id = $1 ORDER BY role`, [created.body.id]);
    expect(enrolled).toEqual([
      { person_id: trainer.id, role: 'trainer' },
      { person_id: facilitator.id, role: 'facilitator' },
    ]);

    const unknown = await admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard({ staff: [{ ...staff[0], personId: '00000000-0000-4000-8000-000000000000' }] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('unknown_staff_member');
  });

  it('plans each network session once per network group when asked, at the planned time, each group led by one of the planned facilitators', async () => {
    const [ahmed, karin, joost, sanne] = [await given(t.db).person({ name: 'Ahmed Bouzid' }), await given(t.db).person({ name: 'Karin Smeets' }), await given(t.db).person({ name: 'Joost Vermeer' }), await given(t.db).person({ name: 'Sanne de Vries' })];
    // Starting soon, whatever day the test runs: a network session that has already started is not divided.
    const startDate = workingDayInWeeks(2);
    const body = wizard({
      startDate,
      weekday: isoWeekday(startDate),
      networkGroups: 3,
      staff: [
        ...[ahmed, karin, joost].map((person) => ({ personId: person.id, role: 'facilitator', kinds: ['network_session'] })),
        { personId: sanne.id, role: 'trainer', kinds: ['programme_day'] },
      ],
    });
    const created = await admin.post(`/api/programmes/${programmeId}/editions`, body);
    expect(created.status).toBe(201);
    const all = (await admin.get(`/api/editions/${created.body.id}/sessions`)).body;
    const sessions = all.filter((s: any) => s.kind === 'network_session');
    expect(sessions).toHaveLength(4 * 3);
    const byTitle = new Map<string, any[]>();
    for (const session of sessions) byTitle.set(session.title, [...(byTitle.get(session.title) ?? []), session]);
    // Each group's copy at the same time, run by its own facilitator: nobody in two places at once.
    for (const instances of byTitle.values()) {
      expect(instances.map((s) => [s.networkGroup, s.staff.map((m: any) => m.name)]).sort()).toEqual([
        ['Netwerkgroep 1', ['Ahmed Bouzid']],
        ['Netwerkgroep 2', ['Karin Smeets']],
        ['Netwerkgroep 3', ['Joost Vermeer']],
      ]);
      expect(new Set(instances.map((s) => s.startsAt)).size).toBe(1);
    }
    expect(all.filter((s: any) => s.kind === 'programme_day').every((s: any) => s.staff.map((m: any) => m.name).join() === 'Sanne de Vries')).toBe(true);
    const groups = (await admin.get(`/api/editions/${created.body.id}/groups`)).body.groups;
    expect(groups.map((g: any) => [g.name, g.members.length, g.facilitators.map((f: any) => f.personId)])).toEqual([
      ['Netwerkgroep 1', 0, [ahmed.id]],
      ['Netwerkgroep 2', 0, [karin.id]],
      ['Netwerkgroep 3', 0, [joost.id]],
    ]);
    const staffed = await admin.post(`/api/editions/${created.body.id}/staff`, { personId: sanne.id, role: 'trainer', kinds: ['programme_day'] });
    expect(staffed.body.warnings.filter((warning: any) => warning.code === 'staff_double_booked')).toEqual([]);
  });

  it('runs a fixed number of SQL statements, however large the template', async () => {
    const small = (await given(t.db).programme()).id;
    await given(t.db).curriculum(small, 'PP');
    const statementsToOpen = async (id: string) => {
      t.queries.reset();
      const response = await admin.post(`/api/programmes/${id}/editions`, wizard());
      expect(response.status).toBe(201);
      return t.queries.count;
    };
    // The template in one query, then the edition, its sessions and its assignments in one transaction.
    expect(await statementsToOpen(programmeId)).toBe(await statementsToOpen(small));
  });

  it('validates the wizard fields', async () => {
    const bad = await admin.post(
      `/api/programmes/${programmeId}/editions/preview`,
      wizard({ weekday: 6, startDate: '2027-02-30', startTime: '9:30', cadenceWeeks: 0, schoolHolidayRegion: 'west', extra: 1 }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: any) => f.field).sort()).toEqual(['cadenceWeeks', 'extra', 'schoolHolidayRegion', 'startDate', 'startTime', 'weekday']);
    expect(bad.body.fields.find((f: any) => f.field === 'startTime').message).toBe('Vul een tijd in als uu:mm, van 00:00 tot 23:59, zoals 09:30.');
    // A time or a date in another form than the one wanted is told which one that is.
    const forms = await admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard({ startDate: '2027-03-02T00:00:00Z', startTime: '24:00' }), { 'accept-language': 'en' });
    expect(forms.body.fields).toEqual([
      { field: 'startDate', message: 'Enter a date as yyyy-mm-dd, such as 2027-03-09.' },
      { field: 'startTime', message: 'Enter a time as hh:mm, from 00:00 to 23:59, such as 09:30.' },
    ]);
    expect((await admin.post(`/api/programmes/00000000-0000-4000-8000-000000000000/editions/preview`, wizard())).status).toBe(404);

    // Schedules and deadlines from a day in year 9999 ran past year 10000 and answered 500.
    for (const startDate of ['9999-12-28', '0001-01-02', '1999-12-28']) {
      const farOff = await admin.post(`/api/programmes/${programmeId}/editions`, wizard({ startDate }));
      expect([startDate, farOff.status, farOff.body.fields]).toEqual([startDate, 400, [expect.objectContaining({ field: 'startDate' })]]);
    }
    const preview = (await admin.post(`/api/programmes/${programmeId}/editions/preview`, wizard())).body;
    const edited = preview.sessions.map(({ slotId, date, startTime, endTime }: any, i: number) => ({ slotId, date: i === 0 ? '9999-12-31' : date, startTime, endTime }));
    const editedFarOff = await admin.post(`/api/programmes/${programmeId}/editions`, { ...wizard(), sessions: edited });
    expect([editedFarOff.status, editedFarOff.body.fields]).toEqual([400, [expect.objectContaining({ field: 'sessions.0.date' })]]);

    const startsWithNetwork = (await given(t.db).programme()).id;
    await given(t.db).curriculum(startsWithNetwork, 'NP');
    const refused = await admin.post(`/api/programmes/${startsWithNetwork}/editions/preview`, wizard());
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('curriculum_must_start_with_programme_day');
  });

  it('is for the programme office only', async () => {
    expect((await t.anonymous().post(`/api/programmes/${programmeId}/editions/preview`, wizard())).status).toBe(401);
    const edition = await given(t.db).edition();
    const trainer = await given(t.db).person();
    await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
    const client = await t.loginAs(trainer.email);
    expect((await client.post(`/api/programmes/${programmeId}/editions/preview`, wizard())).status).toBe(403);
    expect((await client.post(`/api/programmes/${programmeId}/editions`, wizard())).status).toBe(403);
  });
});
