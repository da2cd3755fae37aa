import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { NotificationWorker } from '../notifications/notification-worker';
import { addCalendarDays, amsterdamToInstant, instantToAmsterdam, isoWeekday } from '../calendar/amsterdam-time';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';
import { workingDayFromNow, workingDayInWeeks } from '../../test/working-day';

describe('editions after opening', () => {
  let t: TestApp;
  let admin: HttpClient;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true, name: 'Merel Programmabureau' })).email);
    programmeId = (await given(t.db).programme()).id;
    await given(t.db).curriculum(programmeId, 'PPNPB', [{ slotIndex: 1, offsetDays: -3, title: 'Vraagstuk' }]);
  });
  afterAll(() => t.close());

  let counter = 0;
  async function openEdition(overrides: Record<string, unknown> = {}) {
    counter += 1;
    const response = await admin.post(`/api/programmes/${programmeId}/editions`, {
      name: `HIS-I ${counter}.0`,
      startDate: '2027-01-05',
      cadenceWeeks: 3,
      weekday: 2,
      startTime: '09:30',
      defaultLocation: 'Amersfoort',
      ...overrides,
    });
    expect(response.status).toBe(201);
    const sessions = (await admin.get(`/api/editions/${response.body.id}/sessions`)).body;
    return { id: response.body.id as string, sessions: sessions as any[] };
  }

  async function setStatus(editionId: string, ...statuses: string[]) {
    for (const status of statuses) expect((await admin.post(`/api/editions/${editionId}/status`, { status })).status).toBe(200);
  }

  /** Puts the edition's sessions two years back, as if they were all held. */
  const endSessions = (editionId: string) =>
    t.db.query(`UPDATE session SET starts_at = starts_at - interval '2 years', ends_at = ends_at - interval '2 years' WHERE edition_id = $1`, [editionId]);

  describe('the overview', () => {
    it('lists every edition with status, dates, enrolled/capacity, waiting list and next session, in a fixed number of queries', async () => {
      const edition = await given(t.db).edition({ name: 'Overzicht 1', capacity: 2, startDate: '2030-01-08', endDate: '2030-08-20' });
      await given(t.db).session(edition.id, { title: 'Voorbij', startsAt: '2020-01-07T08:30:00Z' });
      await given(t.db).session(edition.id, { title: 'Afgelast', startsAt: '2030-01-08T08:30:00Z', status: 'cancelled' });
      const next = await given(t.db).session(edition.id, { title: 'Lesdag 1', startsAt: '2030-01-15T08:30:00Z' });
      for (const status of ['active', 'active', 'waitlisted']) {
        const person = await given(t.db).person();
        await t.db.query(`INSERT INTO enrolment (edition_id, person_id, role, status) VALUES ($1, $2, 'participant', $3)`, [edition.id, person.id, status]);
      }
      await given(t.db).enrolment(edition.id, (await given(t.db).person()).id, 'trainer');

      t.queries.reset();
      const few = await admin.get('/api/editions');
      const queriesForFew = t.queries.count;
      expect(few.status).toBe(200);
      expect(few.body.find((e: any) => e.id === edition.id)).toEqual({
        id: edition.id,
        name: 'Overzicht 1',
        programmeId: expect.any(String),
        programmeName: 'Health Innovation School – Implementation',
        status: 'running',
        startDate: '2030-01-08',
        endDate: '2030-08-20',
        enrolled: 2,
        capacity: 2,
        waitlisted: 1,
        nextSession: { id: next.id, kind: 'programme_day', title: 'Lesdag 1', startsAt: '2030-01-15T09:30:00+01:00' },
      });

      for (let i = 0; i < 8; i++) await openEdition();
      t.queries.reset();
      const many = await admin.get('/api/editions');
      expect(many.body.length).toBeGreaterThan(few.body.length + 7);
      expect(t.queries.count).toBe(queriesForFew);
    });

    it('is for the programme office only', async () => {
      expect((await t.anonymous().get('/api/editions')).status).toBe(401);
      const participant = await given(t.db).person();
      await given(t.db).enrolment((await given(t.db).edition()).id, participant.id, 'participant');
      expect((await (await t.loginAs(participant.email)).get('/api/editions')).status).toBe(403);
    });
  });

  describe('status', () => {
    it('moves one step at a time from draft to archived, completing only once every session that takes place has ended', async () => {
      const { id, sessions } = await openEdition();
      expect((await admin.get(`/api/editions/${id}`)).body).toMatchObject({ status: 'draft', nextStatus: 'open', capacity: 36 });
      await setStatus(id, 'open', 'running');
      const early = await admin.post(`/api/editions/${id}/status`, { status: 'completed' });
      expect([early.status, early.body.error]).toEqual([409, 'edition_sessions_ahead']);
      expect((await admin.get(`/api/editions/${id}`)).body.status).toBe('running');
      // Held but for the last, which is cancelled: nothing ahead that takes place.
      await endSessions(id);
      const last = sessions[sessions.length - 1];
      await t.db.query(`UPDATE session SET starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 2 hours' WHERE id = $1`, [last.id]);
      expect((await admin.post(`/api/editions/${id}/status`, { status: 'completed' })).status).toBe(409);
      expect((await admin.post(`/api/editions/${id}/sessions/${last.id}/cancel`, {})).status).toBe(200);
      for (const [status, next] of [
        ['completed', 'archived'],
        ['archived', null],
      ]) {
        const response = await admin.post(`/api/editions/${id}/status`, { status });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ status, nextStatus: next });
      }
    });

    it('refuses skipping a step or going back, with a clear message', async () => {
      const { id } = await openEdition();
      const skip = await admin.post(`/api/editions/${id}/status`, { status: 'running' });
      expect(skip.status).toBe(409);
      expect(skip.body).toMatchObject({
        error: 'illegal_status_transition',
        message: 'Deze statuswijziging kan niet. Een editie gaat stap voor stap van concept naar open, lopend, afgerond en gearchiveerd.',
      });
      await setStatus(id, 'open');
      const back = await admin.post(`/api/editions/${id}/status`, { status: 'draft' }, { 'accept-language': 'en' });
      expect(back.status).toBe(409);
      expect(back.body.message).toBe('This status change is not possible. An edition moves one step at a time from draft to open, running, completed and archived.');
      // The status it has already is no change: the same answer (a double click).
      expect((await admin.post(`/api/editions/${id}/status`, { status: 'open' })).status).toBe(200);
      expect((await admin.post(`/api/editions/${id}/status`, { status: 'gone' })).status).toBe(400);
      expect((await admin.get(`/api/editions/${id}`)).body.status).toBe('open');
    });

    it('edits name, capacity, venue and link with the same rules as opening, each optional', async () => {
      const { id } = await openEdition();
      const edited = await admin.request('PATCH', `/api/editions/${id}`, { capacity: 40, defaultLocation: '  Amersfoort  ' });
      expect(edited.status).toBe(200);
      expect(await admin.get(`/api/editions/${id}`)).toMatchObject({ body: { capacity: 40 } });
      const bad = await admin.request('PATCH', `/api/editions/${id}`, { name: '   ', capacity: 0, defaultOnlineUrl: 'javascript:alert(1)', colour: 'blauw' });
      expect(bad.status).toBe(400);
      expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['capacity', 'colour', 'defaultOnlineUrl', 'name']);
      // null asks to clear: a name, a capacity or the public page's switch cannot be cleared, and saying so beats a 200
      // that kept them. The venue and the link can.
      const nulls = await admin.request('PATCH', `/api/editions/${id}`, { name: null, capacity: null, openForApplications: null, defaultLocation: null });
      expect(nulls.status).toBe(400);
      expect(nulls.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['capacity', 'name', 'openForApplications']);
      const cleared = await admin.request('PATCH', `/api/editions/${id}`, { defaultLocation: null });
      expect([cleared.status, cleared.body.defaultLocation, cleared.body.capacity]).toEqual([200, null, 40]);
    });

    it('opens applications with a deadline and a price for the public page, and clears them with null', async () => {
      const { id } = await openEdition();
      const opened = await admin.request('PATCH', `/api/editions/${id}`, { openForApplications: true, applicationDeadline: '2027-01-05', priceCents: 295000 });
      expect(opened.body).toMatchObject({ openForApplications: true, applicationDeadline: '2027-01-05', priceCents: 295000 });
      const bad = await admin.request('PATCH', `/api/editions/${id}`, { openForApplications: 'ja', applicationDeadline: '2027-02-30', priceCents: -1 });
      expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['applicationDeadline', 'openForApplications', 'priceCents']);
      // After the first day, applications would be taken for an edition under way.
      const late = await admin.request('PATCH', `/api/editions/${id}`, { applicationDeadline: '2027-01-06' });
      expect([late.status, late.body.fields]).toEqual([400, [{ field: 'applicationDeadline', message: 'Kies een aanmelddeadline op of vóór de eerste dag van de editie.' }]]);
      const cleared = await admin.request('PATCH', `/api/editions/${id}`, { applicationDeadline: null, priceCents: null });
      expect(cleared.body).toMatchObject({ openForApplications: true, applicationDeadline: null, priceCents: null });
    });

    it('makes an archived edition read-only', async () => {
      const { id, sessions } = await openEdition();
      await setStatus(id, 'open', 'running');
      await endSessions(id);
      await setStatus(id, 'completed', 'archived');
      const writes = [
        admin.request('PATCH', `/api/editions/${id}`, { name: 'Nieuwe naam' }),
        admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { startTime: '10:00' }),
        admin.post(`/api/editions/${id}/sessions/${sessions[0].id}/cancel`, {}),
        admin.put(`/api/editions/${id}/sessions/${sessions[0].id}/staff`, { staff: [] }),
        admin.post(`/api/editions/${id}/enrolments`, { role: 'trainer', name: 'Nieuw', email: 'nieuw@example.nl' }),
        admin.post(`/api/editions/${id}/enrolments/import?dryRun=false`, 'naam;e-mail;organisatie\r\nA;a@example.nl;X\r\n', { 'content-type': 'text/csv' }),
        admin.post(`/api/editions/${id}/status`, { status: 'archived' }),
      ];
      for (const response of await Promise.all(writes)) {
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({ error: 'edition_archived', message: 'Deze editie is gearchiveerd en kan niet meer worden gewijzigd.' });
      }
      expect((await admin.get(`/api/editions/${id}/sessions`)).status).toBe(200);
    });

    it('takes nothing still to come into a completed edition, and fixes its outcome, while a held session\'s time and venue can still be put right', async () => {
      const { id, sessions } = await openEdition();
      await admin.post(`/api/editions/${id}/enrolments`, { role: 'participant', name: 'Anna', email: `anna.${id}@zorg.example`, organisation: 'De Linde' });
      await setStatus(id, 'open', 'running');
      await endSessions(id);
      expect((await admin.post(`/api/editions/${id}/sessions/${sessions[2].id}/cancel`, { reason: 'Ging niet door' })).status).toBe(200);
      await setStatus(id, 'completed');
      const extra = {
        kind: 'programme_day',
        title: 'Terugkomdag',
        date: '2027-01-12',
        startTime: '09:00',
        endTime: '12:00',
        mode: 'on_site',
        audience: { participants: true, internalTeams: false, directors: false },
      };
      const added = await admin.post(`/api/editions/${id}/sessions`, extra);
      expect([added.status, added.body.error]).toEqual([409, 'edition_completed']);
      expect(added.body.message).toBe('Deze editie is afgerond: er komt geen bijeenkomst meer bij die nog moet plaatsvinden. Plan haar in een volgende editie.');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM session WHERE edition_id = $1 AND ends_at > now()`, [id])).toEqual([{ n: 0 }]);
      // A session held two years ago that started an hour later than recorded, and a venue put right: nobody's news.
      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { startTime: '10:30', location: 'Utrecht' })).status).toBe(200);
      expect(await t.db.query(`SELECT 1 FROM notification_delivery WHERE kind = 'session_changed' AND payload->>'sessionId' = $1`, [sessions[0].id])).toEqual([]);
      // Cancelling a held programme day, or adding one to the past, would change which days count and so who completed
      // it: the days held stay as they were when the edition was completed.
      const cancelled = await admin.post(`/api/editions/${id}/sessions/${sessions[1].id}/cancel`, { reason: 'Ging niet door' });
      expect([cancelled.status, cancelled.body.error]).toEqual([409, 'completion_fixed']);
      const addedInThePast = await admin.post(`/api/editions/${id}/sessions`, { ...extra, date: '2025-03-11' });
      expect([addedInThePast.status, addedInThePast.body.error]).toEqual([409, 'completion_fixed']);
      // Attendance is put right as it was (a certificate already issued stands, or is withdrawn by the office).
      const [anna] = await t.db.query(`SELECT id FROM person WHERE email = $1`, [`anna.${id}@zorg.example`]);
      expect((await admin.put(`/api/sessions/${sessions[1].id}/attendance`, [{ personId: anna.id, status: 'absent' }])).status).toBe(200);
      expect(await t.db.query(`SELECT status FROM session WHERE id = $1`, [sessions[1].id])).toEqual([{ status: 'scheduled' }]);
      // Nor does one cancelled before take place again by being given a time.
      const revived = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[2].id}`, { startTime: '10:30' });
      expect([revived.status, revived.body.error]).toEqual([409, 'completion_fixed']);
    });
  });

  describe('moving and cancelling sessions', () => {
    it('asks before moving a session still to come into the past, since a mistyped date would mail everyone a day gone by', async () => {
      // Around today, whenever the test runs.
      const day = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);
      const g = given(t.db);
      const edition = await g.edition({ status: 'running', startDate: day(-30), endDate: day(200) });
      const coming = await g.session(edition.id, { title: 'Lesdag 4', startsAt: new Date(Date.now() + 10 * 24 * 3600_000) });
      const participant = await g.person();
      await g.enrolment(edition.id, participant.id, 'participant');
      const later = await g.session(edition.id, { title: 'Lesdag 5', startsAt: new Date(Date.now() + 20 * 24 * 3600_000) });
      // Confirmed as a closed day too, should three days ago have been a weekend or holiday.
      const intoThePast = { date: day(-3), startTime: '09:30', endTime: '12:00', confirmedClosedDates: [day(-3)] };
      const refused = await admin.request('PATCH', `/api/editions/${edition.id}/sessions/${coming.id}`, intoThePast);
      expect([refused.status, refused.body.error]).toEqual([409, 'session_moved_into_past']);
      expect(refused.body.message).toMatch(/^[A-Z][a-z]+ \d+ \w+ \d{4}, 09:30 is al voorbij\. Controleer de datum; is de bijeenkomst toen echt gehouden, bevestig dat dan\.$/);
      expect((await admin.get(`/api/editions/${edition.id}/sessions/${coming.id}/changes`)).body).toEqual([]);
      // Confirmed: it was held then.
      const confirmed = await admin.request('PATCH', `/api/editions/${edition.id}/sessions/${coming.id}`, { ...intoThePast, confirmPast: true });
      expect([confirmed.status, confirmed.body.status]).toEqual([200, 'moved']);
      // Those it expected are told it was held then, not that it moved to a day gone by.
      await t.app.get(NotificationWorker).runOnce();
      const [told] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === participant.email);
      expect(told.subject).toBe('Eerder gehouden: Lesdag 4');
      expect(told.text).toMatch(/Lesdag 4 \(.*\) is al gehouden, op .*, en niet op .* zoals gepland\./);
      // A session already held is put right without asking, and a move that stays ahead never asks.
      expect((await admin.request('PATCH', `/api/editions/${edition.id}/sessions/${coming.id}`, { startTime: '10:00', endTime: '12:30' })).status).toBe(200);
      expect((await admin.request('PATCH', `/api/editions/${edition.id}/sessions/${later.id}`, { startTime: '10:00' })).status).toBe(200);
    });

    it('marks a moved session of a published edition as moved, keeps its history, raises its sequence and moves template deadlines with it', async () => {
      const { id, sessions } = await openEdition();
      await setStatus(id, 'open');
      const day2 = sessions.find((s) => s.title === 'programme_day 2');
      const [templated] = await t.db.query(`SELECT id, due_at FROM assignment WHERE session_id = $1`, [day2.id]);
      const byHand = await given(t.db).assignment(id, { sessionId: day2.id, dueAt: '2027-01-20T16:00:00Z' });
      const participant = await given(t.db).person();
      await given(t.db).enrolment(id, participant.id, 'participant');
      // A cut-off on the other side of the spring clock change than its deadline (Tuesday 30 March, 23:59 summer time).
      await t.db.query(`UPDATE assignment SET cutoff_at = '2027-03-30T21:59:00Z' WHERE id = $1`, [templated.id]);

      const response = await admin.request('PATCH', `/api/editions/${id}/sessions/${day2.id}`, {
        date: '2027-04-06',
        location: 'Zorg aan Zet, Utrecht',
        reason: 'Zaal niet beschikbaar',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: day2.id,
        startsAt: '2027-04-06T09:30:00+02:00',
        endsAt: '2027-04-06T16:00:00+02:00',
        location: 'Zorg aan Zet, Utrecht',
        status: 'moved',
        sequence: day2.sequence + 1,
      });
      // The move says which deadline went along, and where to; the one set by hand stays and is not named.
      const [templateTitle] = await t.db.query(`SELECT title FROM assignment WHERE id = $1`, [templated.id]);
      expect(response.body.warnings.filter((w: { code: string }) => w.code === 'deadline_moved')).toEqual([
        {
          code: 'deadline_moved',
          assignmentTitle: templateTitle.title,
          dueAt: '2027-04-02T21:59:00.000Z',
          passed: false,
          message: `De deadline van “${templateTitle.title}” schuift mee naar vrijdag 2 april 2027, 23:59.`,
        },
      ]);
      // Whoever has not handed in is told of the deadline that moved, from the one they knew.
      expect(await t.db.query(`SELECT payload FROM notification_delivery WHERE kind = 'deadline_changed' AND person_id = $1`, [participant.id])).toEqual([
        { payload: { assignmentId: templated.id, previousDueAt: templated.due_at.toISOString() } },
      ]);

      const changes = await admin.get(`/api/editions/${id}/sessions/${day2.id}/changes`);
      expect(changes.body).toEqual([
        {
          id: expect.any(String),
          status: 'moved',
          previous: { startsAt: day2.startsAt, endsAt: day2.endsAt, location: 'Amersfoort', onlineUrl: null, status: 'scheduled' },
          reason: 'Zaal niet beschikbaar',
          changedAt: expect.any(String),
          changedByName: 'Merel Programmabureau',
        },
      ]);
      // A new venue for the moved session keeps saying where it was before its move, not its own time.
      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${day2.id}`, { location: 'Jaarbeurs, Utrecht' })).status).toBe(200);
      const movedFrom = new Date(day2.startsAt).toISOString();
      expect((await admin.get(`/api/sessions/${day2.id}`)).body).toMatchObject({ status: 'moved', location: 'Jaarbeurs, Utrecht', movedFrom });
      const schedule = (await (await t.loginAs(participant.email)).get('/api/me/schedule')).body;
      expect(schedule.find((entry: { sessionId: string }) => entry.sessionId === day2.id)).toMatchObject({ status: 'moved', movedFrom });

      const deadlines = await t.db.query(`SELECT id, due_at, cutoff_at FROM assignment WHERE session_id = $1`, [day2.id]);
      const dueOf = (assignmentId: string) => deadlines.find((a: any) => a.id === assignmentId).due_at.toISOString();
      // Three days before the session falls on a Saturday, before and after the move: the Friday before.
      expect(templated.due_at.toISOString()).toBe('2027-01-22T22:59:00.000Z');
      expect(dueOf(templated.id)).toBe('2027-04-02T21:59:00.000Z');
      // Its cut-off moves as far on the clock, 70 days: 23:59 again, not an hour earlier by counting hours.
      expect(deadlines.find((a: any) => a.id === templated.id).cutoff_at.toISOString()).toBe('2027-06-08T21:59:00.000Z');
      expect(dueOf(byHand.id)).toBe('2027-01-20T16:00:00.000Z');
    });

    it('gives a late joiner two weeks for a deadline a session move brings forward, and nobody who was there from the start', async () => {
      const { id, sessions } = await openEdition();
      await setStatus(id, 'open');
      // Running since September: one participant there from the start, one who joined today.
      await t.db.query(`UPDATE edition SET start_date = '2026-09-01' WHERE id = $1`, [id]);
      const [fromTheStart, lateJoiner] = [await given(t.db).person(), await given(t.db).person()];
      const early = await given(t.db).enrolment(id, fromTheStart.id, 'participant');
      await t.db.query(`UPDATE enrolment SET enrolled_at = '2026-08-20T10:00:00Z' WHERE id = $1`, [early.id]);
      await given(t.db).enrolment(id, lateJoiner.id, 'participant');
      const day2 = sessions.find((s) => s.title === 'programme_day 2');
      const [templated] = await t.db.query(`SELECT id FROM assignment WHERE session_id = $1`, [day2.id]);

      // Brought forward to next week: its deadline, three days before, now falls within the late joiner's two weeks.
      const moved = await admin.request('PATCH', `/api/editions/${id}/sessions/${day2.id}`, { date: workingDayFromNow(7), reason: 'Eerder' });
      expect(moved.status).toBe(200);
      const extensions = await t.db.query(`SELECT person_id AS "personId", reason FROM assignment_extension WHERE assignment_id = $1`, [templated.id]);
      expect(extensions).toEqual([{ personId: lateJoiner.id, reason: 'late_enrolment' }]);
      const [{ due }] = await t.db.query(`SELECT to_char(due_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS due FROM assignment_extension WHERE assignment_id = $1`, [templated.id]);
      expect(due).toBe(`${addCalendarDays(instantToAmsterdam(new Date()).date, 14)} 23:59`);
    });

    it('changes a draft edition in place: a new time is not yet a move', async () => {
      const { id, sessions } = await openEdition();
      const response = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { startTime: '10:00', endTime: '15:30' });
      expect(response.body).toMatchObject({ startsAt: '2027-01-05T10:00:00+01:00', endsAt: '2027-01-05T15:30:00+01:00', status: 'scheduled' });
      const backwards = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { endTime: '08:00' });
      expect(backwards.status).toBe(400);
      expect(backwards.body.fields).toEqual([{ field: 'endTime', message: 'De eindtijd moet na de begintijd liggen.' }]);
      // Koningsdag, as in the opening wizard: only once that very date is confirmed.
      const kingsDay = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { date: '2027-04-27' });
      expect([kingsDay.status, kingsDay.body.error, kingsDay.body.message, kingsDay.body.details]).toEqual([
        409,
        'closed_days_unconfirmed',
        'Bevestig eerst de bijeenkomsten op een weekend, feestdag, vrije dag of in een schoolvakantie: dinsdag 27 april 2027 (Koningsdag).',
        { dates: ['2027-04-27'] },
      ]);
      const inEnglish = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { date: '2027-04-27' }, { 'accept-language': 'en' });
      expect(inEnglish.body.message).toMatch(/: Tuesday 27 April 2027 \(King's Day\)\.$/);
      const confirmed = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { date: '2027-04-27', confirmedClosedDates: ['2027-04-27'] });
      expect([confirmed.status, confirmed.body.startsAt]).toEqual([200, '2027-04-27T10:00:00+02:00']);
      // A change of time only, on the day it already has, asks nothing.
      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { date: '2027-04-27', startTime: '11:00' })).status).toBe(200);
      const farOff = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[0].id}`, { date: '2025-01-05' }, { 'accept-language': 'en' });
      expect([farOff.status, farOff.body.fields?.[0]?.message]).toEqual([400, expect.stringMatching(/^This date is more than a year outside the edition's period \(\d+ \w+ 2027 to \d+ \w+ 2027\)\. Check the year\.$/)]);
    });

    it('cancels a session without deleting it, once', async () => {
      const { id, sessions } = await openEdition();
      await setStatus(id, 'open');
      const cancelled = await admin.post(`/api/editions/${id}/sessions/${sessions[2].id}/cancel`, { reason: 'Spreker ziek' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ id: sessions[2].id, status: 'cancelled', sequence: 1 });
      expect((await admin.post(`/api/editions/${id}/sessions/${sessions[2].id}/cancel`, {})).body.sequence).toBe(1);
      const list = (await admin.get(`/api/editions/${id}/sessions`)).body;
      expect(list).toHaveLength(sessions.length);
      expect(list.find((s: any) => s.id === sessions[2].id).status).toBe('cancelled');
      const changes = (await admin.get(`/api/editions/${id}/sessions/${sessions[2].id}/changes`)).body;
      expect(changes.map((c: any) => [c.status, c.previous.status, c.reason])).toEqual([['cancelled', 'scheduled', 'Spreker ziek']]);
    });

    it('takes a cancelled session back only when asked: a move of a session cancelled meanwhile is refused and undoes nothing', async () => {
      const { id, sessions } = await openEdition();
      const participant = await given(t.db).person({ name: 'Pien Doorgaan' });
      await given(t.db).enrolment(id, participant.id, 'participant');
      await setStatus(id, 'open');
      await t.app.get(NotificationWorker).runOnce();
      const url = `/api/editions/${id}/sessions/${sessions[3].id}`;
      const [moved, cancelled] = await Promise.all([
        admin.request('PATCH', url, { startTime: '10:00', reason: 'Later begonnen' }),
        admin.post(`${url}/cancel`, { reason: 'Trainer ziek' }),
      ]);
      expect(cancelled.status).toBe(200);
      // Whichever came second, the session is cancelled: a move that came first was cancelled after it, one that came
      // second was refused.
      expect([200, 409]).toContain(moved.status);
      if (moved.status === 409) expect(moved.body.error).toBe('reinstate_required');
      expect((await admin.get(`/api/editions/${id}/sessions`)).body.find((s: { id: string }) => s.id === sessions[3].id).status).toBe('cancelled');

      const later = await admin.request('PATCH', url, { date: '2027-05-11', startTime: '10:00' }, { 'accept-language': 'en' });
      expect([later.status, later.body.error, later.body.message]).toEqual([409, 'reinstate_required', expect.stringContaining('Take place after all')]);
      expect(await t.db.query(`SELECT status, sequence FROM session WHERE id = $1`, [sessions[3].id])).toEqual([{ status: 'cancelled', sequence: moved.status === 200 ? 2 : 1 }]);
      // A venue put right on a cancelled session leaves it cancelled, and tells nobody of the cancellation again.
      const cancellationMails = async () =>
        (await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE kind = 'session_changed' AND payload->>'sessionId' = $1`, [sessions[3].id]))[0].n;
      const mailsBefore = await cancellationMails();
      expect((await admin.request('PATCH', url, { location: 'Zaal 2' })).body).toMatchObject({ status: 'cancelled', location: 'Zaal 2' });
      expect(await cancellationMails()).toBe(mailsBefore);

      // Taken back at its own time, it is scheduled again, and whoever heard of the cancellation hears it is back on.
      await t.app.get(NotificationWorker).runOnce();
      const back = await admin.request('PATCH', url, { reinstate: true, reason: 'Trainer beter' });
      expect(back.body).toMatchObject({ status: 'scheduled' });
      await t.app.get(NotificationWorker).runOnce();
      const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === participant.email && mail.subject.includes(sessions[3].title));
      expect(mails.map((mail) => mail.subject.split(':')[0]).sort()).toEqual(['Gaat toch door', 'Geannuleerd']);
      expect(mails.find((mail) => mail.subject.startsWith('Gaat toch door'))?.text).toContain('Reden: Trainer beter');
      // Asking a session that takes place to take place again changes nothing.
      const again = await admin.request('PATCH', url, { reinstate: true });
      expect(again.body.sequence).toBe(back.body.sequence);
    });

    it('keeps the edition running from its first to its last session that takes place, with applications closing by the first day and the office’s deadline back once it is later again', async () => {
      const { id, sessions } = await openEdition();
      await setStatus(id, 'open');
      expect((await admin.request('PATCH', `/api/editions/${id}`, { applicationDeadline: '2027-01-04' })).status).toBe(200);
      const period = async () => {
        const { startDate, endDate, applicationDeadline } = (await admin.get(`/api/editions/${id}`)).body;
        return { startDate, endDate, applicationDeadline };
      };
      const [first, second] = sessions;
      const [last, beforeLast] = [...sessions].reverse();
      expect(await period()).toEqual({ startDate: '2027-01-05', endDate: last.startsAt.slice(0, 10), applicationDeadline: '2027-01-04' });

      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${last.id}`, { date: '2027-06-01' })).status).toBe(200);
      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${first.id}`, { date: '2026-12-29' })).status).toBe(200);
      expect(await period()).toEqual({ startDate: '2026-12-29', endDate: '2027-06-01', applicationDeadline: '2026-12-29' });

      expect((await admin.post(`/api/editions/${id}/sessions/${last.id}/cancel`, {})).status).toBe(200);
      expect((await admin.post(`/api/editions/${id}/sessions/${first.id}/cancel`, {})).status).toBe(200);
      // The first day is later again: the programme office's own deadline holds again, not the one the move forced.
      expect(await period()).toEqual({ startDate: second.startsAt.slice(0, 10), endDate: beforeLast.startsAt.slice(0, 10), applicationDeadline: '2027-01-04' });

      // Asked to take place again, a cancelled session does.
      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${last.id}`, { startTime: '10:00', reinstate: true })).body.status).toBe('moved');
      expect((await period()).endDate).toBe('2027-06-01');

      // Without a deadline, applications stay open until the first day, wherever it moves.
      const open = await openEdition();
      expect((await admin.request('PATCH', `/api/editions/${open.id}/sessions/${open.sessions[0].id}`, { date: '2026-12-29' })).status).toBe(200);
      expect((await admin.get(`/api/editions/${open.id}`)).body).toMatchObject({ startDate: '2026-12-29', applicationDeadline: null });
    });

    it('moves and cancels sessions one after the other while the edition is staffed and divided at the same moment: no deadlock, and the period fits', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 86_400_000);
      const sessions = await Promise.all([1, 2, 3, 4, 5, 6].map((week) => g.session(edition.id, { startsAt: inWeeks(week) })));
      const staff = await Promise.all(Array.from({ length: 4 }, () => g.person()));
      const participants = await Promise.all(Array.from({ length: 4 }, () => g.person()));
      for (const participant of participants) await g.enrolment(edition.id, participant.id, 'participant');
      const division = { groups: [{ name: 'Groep 1', participantIds: participants.slice(0, 2).map((p) => p.id), facilitatorIds: [] }, { name: 'Groep 2', participantIds: participants.slice(2).map((p) => p.id), facilitatorIds: [] }] };
      const answers = await Promise.all([
        ...sessions.slice(0, 4).map((session, index) => admin.request('PATCH', `/api/editions/${edition.id}/sessions/${session.id}`, { date: workingDayInWeeks(10 + index) })),
        ...sessions.slice(4).map((session) => admin.post(`/api/editions/${edition.id}/sessions/${session.id}/cancel`, {})),
        ...staff.map((person, index) => admin.put(`/api/editions/${edition.id}/sessions/${sessions[index].id}/staff`, { staff: [{ personId: person.id, role: 'trainer' }] })),
        ...staff.slice(0, 2).map((person) => admin.post(`/api/editions/${edition.id}/staff`, { personId: person.id, role: 'facilitator', kinds: ['programme_day'] })),
        admin.put(`/api/editions/${edition.id}/groups`, division),
        admin.put(`/api/editions/${edition.id}/groups`, division),
      ]);
      expect(answers.map((answer) => answer.status).filter((status) => status >= 300)).toEqual([]);
      const { endDate } = (await admin.get(`/api/editions/${edition.id}`)).body;
      expect(endDate).toBe(workingDayInWeeks(13));
    }, 20_000);

    it('fits the period to what a change committed while it waited for the edition', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 86_400_000);
      const [first, last] = await Promise.all([1, 2].map((week) => g.session(edition.id, { startsAt: inWeeks(week) })));
      const moved = await whileLocked(
        t.db,
        { table: 'edition', id: edition.id },
        () => admin.request('PATCH', `/api/editions/${edition.id}/sessions/${first.id}`, { startTime: '10:00' }),
        (transaction) => transaction.query(`UPDATE session SET starts_at = $2, ends_at = $2::timestamptz + interval '2 hours' WHERE id = $1`, [last.id, inWeeks(12)]),
      );
      expect(moved.status).toBe(200);
      // The period is in Amsterdam calendar days: from 23:00 UTC that is already the next day.
      expect((await admin.get(`/api/editions/${edition.id}`)).body.endDate).toBe(instantToAmsterdam(inWeeks(12)).date);
    });

    it('answers 404 for a session of another edition', async () => {
      const first = await openEdition();
      const second = await openEdition();
      expect((await admin.post(`/api/editions/${first.id}/sessions/${second.sessions[0].id}/cancel`, {})).status).toBe(404);
      expect((await admin.get(`/api/editions/${first.id}/sessions/${second.sessions[0].id}/changes`)).status).toBe(404);
    });
  });

  describe('adding a session', () => {
    const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
    const extraDay = (overrides: Record<string, unknown> = {}) => ({
      kind: 'programme_day',
      title: 'Extra lesdag:\r\nterugkomdag',
      date: workingDayInWeeks(30),
      startTime: '09:30',
      endTime: '16:00',
      mode: 'on_site',
      location: 'Zorg aan Zet, Utrecht',
      audience: { participants: true, internalTeams: false, directors: false },
      ...overrides,
    });

    it('adds a session the curriculum did not plan, puts it in the calendars of everyone it expects and extends the period', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open', startDate: inWeeks(1), endDate: inWeeks(20) });
      await g.session(edition.id, { startsAt: `${inWeeks(1)}T08:30:00Z` });
      const [participant, director] = [await g.person(), await g.person()];
      await g.enrolment(edition.id, director.id, 'director');
      await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });

      const added = await admin.post(`/api/editions/${edition.id}/sessions`, extraDay());
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        kind: 'programme_day',
        title: 'Extra lesdag: terugkomdag',
        theme: '',
        startsAt: expect.stringMatching(new RegExp(`^${workingDayInWeeks(30)}T09:30:00\\+0[12]:00$`)),
        mode: 'on_site',
        location: 'Zorg aan Zet, Utrecht',
        onlineUrl: null,
        status: 'scheduled',
        networkGroup: null,
        staff: [],
      });
      expect((await admin.get(`/api/editions/${edition.id}/sessions`)).body.map((session: any) => session.id)).toContain(added.body.id);
      expect((await admin.get(`/api/editions/${edition.id}`)).body.endDate).toBe(workingDayInWeeks(30));
      const calendarMails = await t.db.query(
        `SELECT person_id AS "personId", payload->'added' AS added FROM notification_delivery WHERE kind = 'calendar_updated' AND payload->>'editionId' = $1`,
        [edition.id],
      );
      expect(calendarMails).toEqual([{ personId: participant.id, added: [added.body.id] }]);
      const schedule = await (await t.loginAs(participant.email)).get('/api/me/schedule');
      expect(JSON.stringify(schedule.body)).toContain(added.body.id);
    });

    it('refuses a time the clocks skip when summer time begins, adding or moving, instead of starting an hour later', async () => {
      const edition = await given(t.db).edition({ status: 'open', startDate: inWeeks(1), endDate: inWeeks(20) });
      const session = await given(t.db).session(edition.id, { startsAt: `${inWeeks(1)}T08:30:00Z` });
      const lastSundayOfMarch = (year: number) => {
        const day = new Date(Date.UTC(year, 2, 31));
        return new Date(day.getTime() - day.getUTCDay() * 86_400_000).toISOString().slice(0, 10);
      };
      const thisYear = new Date().getUTCFullYear();
      const springForward = lastSundayOfMarch(thisYear) > new Date().toISOString().slice(0, 10) ? lastSundayOfMarch(thisYear) : lastSundayOfMarch(thisYear + 1);
      const skipped = { date: springForward, confirmedClosedDates: [springForward], startTime: '02:30', endTime: '04:00' };

      const added = await admin.post(`/api/editions/${edition.id}/sessions`, extraDay(skipped));
      expect([added.status, added.body.fields]).toEqual([
        400,
        [{ field: 'startTime', message: expect.stringMatching(/^02:30 bestaat niet op zondag \d+ maart \d{4}: de klok gaat die nacht van 02:00 naar 03:00\./) }],
      ]);
      const moved = await admin.patch(`/api/editions/${edition.id}/sessions/${session.id}`, skipped);
      expect([moved.status, moved.body.fields?.[0]?.field]).toEqual([400, 'startTime']);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM session WHERE edition_id = $1`, [edition.id])).toEqual([{ n: 1 }]);
      expect((await admin.post(`/api/editions/${edition.id}/sessions`, extraDay({ ...skipped, startTime: '03:30' }))).status).toBe(201);
    });

    it('keeps a moved session on the clock, refuses a start that runs it past midnight, and one with attendance moved to before marking opens', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open', startDate: inWeeks(1), endDate: inWeeks(20) });
      const lastSundayOfMarch = (year: number) => {
        const day = new Date(Date.UTC(year, 2, 31));
        return new Date(day.getTime() - day.getUTCDay() * 86_400_000).toISOString().slice(0, 10);
      };
      const thisYear = new Date().getUTCFullYear();
      const springForward = lastSundayOfMarch(thisYear) > new Date().toISOString().slice(0, 10) ? lastSundayOfMarch(thisYear) : lastSundayOfMarch(thisYear + 1);
      const tuesday = new Date(Date.parse(springForward) + 2 * 86_400_000).toISOString().slice(0, 10);
      const onTheClock = (body: { startsAt: string; endsAt: string }) => [instantToAmsterdam(new Date(body.startsAt)), instantToAmsterdam(new Date(body.endsAt))];

      // 01:30–03:30 the night summer time begins is one hour; two days later it is 01:30–03:30 still, two hours.
      const night = await admin.post(`/api/editions/${edition.id}/sessions`, extraDay({ date: springForward, confirmedClosedDates: [springForward], startTime: '01:30', endTime: '03:30' }));
      expect(night.status).toBe(201);
      const moved = await admin.patch(`/api/editions/${edition.id}/sessions/${night.body.id}`, { date: tuesday, confirmedClosedDates: [tuesday] });
      expect(onTheClock(moved.body)).toEqual([
        { date: tuesday, time: '01:30' },
        { date: tuesday, time: '03:30' },
      ]);
      // A new start keeps the length; one that would run past midnight is refused, as planning refuses it.
      const late = await admin.patch(`/api/editions/${edition.id}/sessions/${night.body.id}`, { startTime: '23:00' });
      expect([late.status, late.body.fields?.[0]?.field]).toEqual([400, 'startTime']);
      expect(onTheClock((await admin.patch(`/api/editions/${edition.id}/sessions/${night.body.id}`, { startTime: '21:00' })).body)[1]).toEqual({ date: tuesday, time: '23:00' });

      // A session held yesterday, with its attendance recorded, does not move to next week: its marks would count then.
      // (At a fixed time of day: "hours ago" near midnight would run the corrected session into the next day.)
      const participant = await g.person();
      await g.enrolment(edition.id, participant.id, 'participant');
      const yesterday = addCalendarDays(instantToAmsterdam(new Date()).date, -1);
      const held = await g.session(edition.id, { startsAt: amsterdamToInstant(yesterday, '10:00'), durationMinutes: 120 });
      await t.db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, 'present')`, [held.id, participant.id]);
      const later = await admin.patch(`/api/editions/${edition.id}/sessions/${held.id}`, { date: tuesday, confirmedClosedDates: [tuesday] });
      expect([later.status, later.body.error]).toEqual([409, 'session_has_attendance']);
      expect(later.body.message).toContain('1 persoon');
      // Its time corrected within the past is fine.
      const corrected = await admin.patch(`/api/editions/${edition.id}/sessions/${held.id}`, { date: yesterday, startTime: '09:00', confirmedClosedDates: [yesterday] });
      expect(corrected.status).toBe(200);
    });

    it('adds a network session for one group, run by its facilitators and expected by its members only', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open' });
      const [anna, bram, facilitator] = [await g.person(), await g.person(), await g.person()];
      await g.enrolment(edition.id, anna.id, 'participant');
      await g.enrolment(edition.id, bram.id, 'participant');
      await g.enrolment(edition.id, facilitator.id, 'facilitator');
      const division = await admin.put(`/api/editions/${edition.id}/groups`, {
        groups: [
          { name: 'Groep Noord', participantIds: [anna.id], facilitatorIds: [facilitator.id] },
          { name: 'Groep Zuid', participantIds: [bram.id], facilitatorIds: [] },
        ],
      });
      expect(division.status).toBe(200);
      const [noord] = (await admin.get(`/api/editions/${edition.id}/groups`)).body.groups;

      const added = await admin.post(
        `/api/editions/${edition.id}/sessions`,
        extraDay({ kind: 'network_session', title: 'Extra intervisie', mode: 'online', location: null, onlineUrl: 'https://meet.example.nl/noord', networkGroupId: noord.id }),
      );
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ networkGroup: 'Groep Noord', staff: [expect.objectContaining({ personId: facilitator.id, role: 'facilitator' })] });
      const expected = await t.db.query(`SELECT person_id AS "personId" FROM expected_attendee WHERE session_id = $1 ORDER BY person_id`, [added.body.id]);
      expect(expected.map((row: { personId: string }) => row.personId).sort()).toEqual([anna.id, facilitator.id].sort());
    });

    it('refuses a group with another kind or of another edition, times out of order, bad input and anyone but the programme office, storing nothing', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open' });
      const other = await g.edition();
      const otherGroup = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Elders', 1) RETURNING id`, [other.id]);
      const url = `/api/editions/${edition.id}/sessions`;
      const refusal = async (body: unknown) => {
        const answer = await admin.post(url, body);
        return [answer.status, answer.body.fields?.map((field: { field: string }) => field.field).sort()];
      };
      expect(await refusal(extraDay({ networkGroupId: otherGroup[0].id }))).toEqual([400, ['networkGroupId']]);
      expect(await refusal(extraDay({ kind: 'network_session', networkGroupId: otherGroup[0].id }))).toEqual([400, ['networkGroupId']]);
      expect(await refusal(extraDay({ endTime: '09:00' }))).toEqual([400, ['endTime']]);
      expect(await refusal(extraDay({ audience: undefined }))).toEqual([400, ['audience']]);
      expect(await refusal(extraDay({ audience: [] }))).toEqual([400, ['audience']]);
      // A mistyped year (2072 for 2027) would stretch the period on the public page and the certificates.
      const farOff = await admin.post(url, extraDay({ date: '2072-03-09' }));
      expect([farOff.status, farOff.body.fields]).toEqual([
        400,
        [{ field: 'date', message: 'Deze datum ligt meer dan een jaar buiten de periode van de editie (12 januari 2027 tot en met 12 september 2027). Controleer het jaar.' }],
      ]);
      expect(await refusal(extraDay({ date: '2027-02-30', mode: 'walking' }))).toEqual([400, ['date', 'mode']]);
      expect((await admin.post(url, extraDay({ title: 'Met\u0007bel' }))).status).toBe(400);
      const saturday = '2027-03-13';
      const onSaturday = await admin.post(url, extraDay({ date: saturday }));
      expect([onSaturday.status, onSaturday.body.message, onSaturday.body.details]).toEqual([
        409,
        'Bevestig eerst de bijeenkomsten op een weekend, feestdag, vrije dag of in een schoolvakantie: zaterdag 13 maart 2027.',
        { dates: [saturday] },
      ]);
      expect(await t.db.query(`SELECT id FROM session WHERE edition_id = $1`, [edition.id])).toEqual([]);
      expect((await admin.post(url, extraDay({ date: saturday, confirmedClosedDates: [saturday] }))).status).toBe(201);

      const trainer = await g.person();
      await g.enrolment(edition.id, trainer.id, 'trainer');
      expect((await (await t.loginAs(trainer.email)).post(url, extraDay())).status).toBe(403);
      expect((await t.anonymous().post(url, extraDay())).status).toBe(401);
      expect((await admin.post('/api/editions/00000000-0000-4000-8000-000000000000/sessions', extraDay())).status).toBe(404);
      const archived = await g.edition({ status: 'archived' });
      expect((await admin.post(`/api/editions/${archived.id}/sessions`, extraDay())).status).toBe(409);
    });
  });

  describe('the sessions of an edition', () => {
    it('are visible to admins and the edition’s trainers and facilitators, not to others', async () => {
      const { id } = await openEdition();
      const other = await openEdition();
      const trainer = await given(t.db).person();
      await given(t.db).enrolment(id, trainer.id, 'trainer');
      const otherTrainer = await given(t.db).person();
      await given(t.db).enrolment(other.id, otherTrainer.id, 'trainer');
      const participant = await given(t.db).person();
      await given(t.db).enrolment(id, participant.id, 'participant');

      expect((await (await t.loginAs(trainer.email)).get(`/api/editions/${id}/sessions`)).status).toBe(200);
      expect((await (await t.loginAs(otherTrainer.email)).get(`/api/editions/${id}/sessions`)).status).toBe(403);
      expect((await (await t.loginAs(participant.email)).get(`/api/editions/${id}/sessions`)).status).toBe(403);
      expect((await t.anonymous().get(`/api/editions/${id}/sessions`)).status).toBe(401);
      expect((await admin.get('/api/editions/00000000-0000-4000-8000-000000000000/sessions')).status).toBe(404);
      const trainerClient = await t.loginAs(trainer.email);
      expect((await trainerClient.post(`/api/editions/${id}/sessions/${other.sessions[0].id}/cancel`, {})).status).toBe(403);
    });
  });

  describe('copying an edition', () => {
    it('proposes the next name and the same rhythm, venue and staff', async () => {
      const trainer = await given(t.db).person({ name: 'Sanne de Vries' });
      const { id } = await openEdition({
        name: 'Cohort Zuid 7',
        startDate: '2027-01-07',
        weekday: 4,
        cadenceWeeks: 2,
        startTime: '13:15',
        capacity: 24,
        staff: [{ personId: trainer.id, role: 'trainer', kinds: ['programme_day'] }],
      });
      // A programme day added by hand between the first two says nothing of the rhythm.
      const extra = await admin.post(`/api/editions/${id}/sessions`, {
        kind: 'programme_day',
        title: 'Extra lesdag',
        date: '2027-01-12',
        startTime: '09:00',
        endTime: '12:00',
        mode: 'on_site',
        audience: { participants: true, internalTeams: false, directors: false },
      });
      expect(extra.status).toBe(201);
      const copy = await admin.get(`/api/editions/${id}/copy-settings`);
      expect(copy.body).toEqual({
        programmeId,
        suggestedName: 'Cohort Zuid 8',
        capacity: 24,
        defaultLocation: 'Amersfoort',
        defaultOnlineUrl: null,
        cadenceWeeks: 2,
        weekday: 4,
        startTime: '13:15',
        schoolHolidayRegion: null,
        staff: [{ personId: trainer.id, name: 'Sanne de Vries', role: 'trainer', kinds: ['programme_day'] }],
      });
      // Nor does a moved second programme day: the first and third, twice the rhythm apart, still give two weeks.
      const [, secondDay] = await t.db.query(
        `SELECT s.id FROM session s WHERE s.edition_id = $1 AND s.kind = 'programme_day' AND s.curriculum_slot_id IS NOT NULL ORDER BY s.starts_at`,
        [id],
      );
      await t.db.query(`UPDATE session SET status = 'moved', starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' WHERE id = $1`, [secondDay.id]);
      expect((await admin.get(`/api/editions/${id}/copy-settings`)).body).toMatchObject({ cadenceWeeks: 2, weekday: 4, startTime: '13:15' });
      // Nor a programme day added to the template since, after the first: the edition's own days are numbered, not today's template.
      const [{ position: firstDay }] = await t.db.query(
        `SELECT cs.position FROM session s JOIN curriculum_slot cs ON cs.id = s.curriculum_slot_id WHERE s.edition_id = $1 AND s.kind = 'programme_day' ORDER BY cs.position LIMIT 1`,
        [id],
      );
      await t.db.query(`UPDATE curriculum_slot SET position = position + 100 WHERE programme_id = $1 AND position > $2`, [programmeId, firstDay]);
      await t.db.query(`INSERT INTO curriculum_slot (programme_id, position, kind, title, duration_minutes, mode) VALUES ($1, $2, 'programme_day', 'Nieuwe tweede dag', 240, 'on_site')`, [
        programmeId,
        firstDay + 1,
      ]);
      expect((await admin.get(`/api/editions/${id}/copy-settings`)).body).toMatchObject({ cadenceWeeks: 2 });
      // Once that name is taken, the next free one.
      await given(t.db).edition({ programmeId, name: 'Cohort Zuid 8' });
      expect((await admin.get(`/api/editions/${id}/copy-settings`)).body.suggestedName).toBe('Cohort Zuid 9');
    });
  });

  describe('changing an edition', () => {
    it('adds a session sent several times at once only once, and mails its participants once', async () => {
      const { id } = await openEdition({});
      await admin.post(`/api/editions/${id}/enrolments`, { role: 'participant', name: 'Anna', email: `anna.${id}@zorg.example`, organisation: 'De Linde' });
      const request = {
        kind: 'programme_day',
        title: 'Extra lesdag',
        date: '2027-01-12',
        startTime: '09:00',
        endTime: '12:00',
        mode: 'on_site',
        audience: { participants: true, internalTeams: false, directors: false },
      };
      const sent = await Promise.all(Array.from({ length: 8 }, () => admin.post(`/api/editions/${id}/sessions`, request)));
      expect(sent.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      expect(sent.find((response) => response.status === 409)!.body.error).toBe('session_already_planned');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM session WHERE edition_id = $1 AND title = 'Extra lesdag'`, [id])).toEqual([{ n: 1 }]);
      // Typed again with other capitals it is the same session.
      expect((await admin.post(`/api/editions/${id}/sessions`, { ...request, title: 'extra Lesdag' })).status).toBe(409);
      // The same day in another time slot is another session.
      expect((await admin.post(`/api/editions/${id}/sessions`, { ...request, startTime: '13:00', endTime: '16:00' })).status).toBe(201);
    });

    it('renames it and moves people up from the waiting list when the capacity grows', async () => {
      const { id } = await openEdition({ capacity: 1 });
      const enrol = (name: string) =>
        admin.post(`/api/editions/${id}/enrolments`, { role: 'participant', name, email: `${name.toLowerCase()}@zorg.example`, organisation: 'De Linde' });
      expect((await enrol('Anna')).body).toMatchObject({ status: 'active', waitlistPosition: null });
      expect((await enrol('Bram')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect((await enrol('Cas')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

      const updated = await admin.request('PATCH', `/api/editions/${id}`, { name: 'HIS-I Noord', capacity: 2, defaultOnlineUrl: 'https://meet.example.nl/noord' });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ name: 'HIS-I Noord', capacity: 2, enrolled: 2, waitlisted: 1, defaultOnlineUrl: 'https://meet.example.nl/noord', defaultLocation: 'Amersfoort' });
      const waiting = await t.db.query(`SELECT p.name, e.waitlist_position FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.edition_id = $1 AND e.status = 'waitlisted'`, [id]);
      expect(waiting).toEqual([{ name: 'Cas', waitlist_position: 1 }]);

      const taken = await admin.request('PATCH', `/api/editions/${id}`, { name: 'HIS-I 1.0' });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toBe('edition_name_taken');
      // Whatever its capitals: it would read as the same edition everywhere.
      expect((await admin.request('PATCH', `/api/editions/${id}`, { name: 'his-i 1.0' })).body.error).toBe('edition_name_taken');
      expect((await admin.post(`/api/programmes/${programmeId}/editions`, { name: 'HIS-I NOORD', startDate: '2027-01-05', cadenceWeeks: 3, weekday: 2, startTime: '09:30' })).body.error).toBe(
        'edition_name_taken',
      );
    });

    it('keeps the region whose school holidays it was planned around: adding or moving a session into them asks first', async () => {
      const { id, sessions } = await openEdition({ schoolHolidayRegion: 'noord' });
      expect((await admin.get(`/api/editions/${id}`)).body.schoolHolidayRegion).toBe('noord');
      expect((await admin.get(`/api/editions/${id}/copy-settings`)).body.schoolHolidayRegion).toBe('noord');
      const periods: { kind: string; region: string | null; name: string; firstDay: string }[] = (await admin.get('/api/closed-days?schoolYear=2026')).body.periods;
      const holiday = periods.find((period) => period.kind === 'school_holiday' && period.region === 'noord' && period.firstDay > '2027-01-05')!;
      let weekday = holiday.firstDay;
      while (isoWeekday(weekday) > 5) weekday = addCalendarDays(weekday, 1);

      const moved = await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[1].id}`, { date: weekday });
      expect([moved.status, moved.body.error, moved.body.details]).toEqual([409, 'closed_days_unconfirmed', { dates: [weekday] }]);
      expect(moved.body.message).toContain(`(${holiday.name}`);
      const added = await admin.post(`/api/editions/${id}/sessions`, {
        kind: 'programme_day',
        title: 'Terugkomdag',
        date: weekday,
        startTime: '09:30',
        endTime: '16:00',
        mode: 'on_site',
        audience: { participants: true, internalTeams: false, directors: false },
      });
      expect([added.status, added.body.error]).toEqual([409, 'closed_days_unconfirmed']);

      // Planned around no region, the school holidays are days like any other.
      const cleared = await admin.request('PATCH', `/api/editions/${id}`, { schoolHolidayRegion: null });
      expect([cleared.status, cleared.body.schoolHolidayRegion]).toEqual([200, null]);
      expect((await admin.request('PATCH', `/api/editions/${id}/sessions/${sessions[1].id}`, { date: weekday })).status).toBe(200);
      const unknown = await admin.request('PATCH', `/api/editions/${id}`, { schoolHolidayRegion: 'west' });
      expect([unknown.status, unknown.body.fields?.map((field: { field: string }) => field.field)]).toEqual([400, ['schoolHolidayRegion']]);
      expect((await admin.request('PATCH', `/api/editions/${id}`, { schoolHolidayRegion: 'zuid' })).body.schoolHolidayRegion).toBe('zuid');
    });
  });
});
