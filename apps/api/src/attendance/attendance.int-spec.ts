import { given } from '../../test/builders';
import { whileLocked } from '../../test/while-locked';
import { createTestApp, type TestApp } from '../../test/test-app';

/** A running edition with a trainer, participants and one programme day that ended an hour ago. */
async function roomWithParticipants(t: TestApp, participants = 3) {
  const g = given(t.db);
  const edition = await g.edition();
  const trainer = await g.person({ name: 'Sanne de Vries' });
  await g.enrolment(edition.id, trainer.id, 'trainer');
  const people = [];
  for (let i = 0; i < participants; i++) {
    const person = await g.person({ name: `Deelnemer ${String(i).padStart(2, '0')}` });
    await g.enrolment(edition.id, person.id, 'participant');
    people.push(person);
  }
  // Enrolled a week ago, before the session (which ended an hour ago).
  await t.db.query(`UPDATE enrolment SET enrolled_at = now() - interval '7 days' WHERE edition_id = $1`, [edition.id]);
  const session = await g.session(edition.id, { startsAt: new Date(Date.now() - 3 * 3600_000), durationMinutes: 120 });
  await g.sessionStaff(session.id, trainer.id);
  return { edition, trainer, people, session };
}

const countRows = async (t: TestApp, table: 'attendance' | 'attendance_change', sessionId: string) =>
  (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE session_id = $1`, [sessionId]))[0].n as number;

describe('roster and attendance of a session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets only the edition’s trainers, the facilitators who run the session and admins see and mark the roster', async () => {
    const { edition, people, session } = await roomWithParticipants(t);
    const g = given(t.db);
    const [facilitator, otherFacilitator] = [await g.person(), await g.person()];
    await g.enrolment(edition.id, facilitator.id, 'facilitator');
    await g.sessionStaff(session.id, facilitator.id, 'facilitator');
    // A facilitator of the edition who does not run this session: its roster holds notes on people of other groups.
    await g.enrolment(edition.id, otherFacilitator.id, 'facilitator');
    const otherEdition = await g.edition();
    const otherTrainer = await g.person();
    await g.enrolment(otherEdition.id, otherTrainer.id, 'trainer');
    const admin = await g.person({ isAdmin: true });
    const mark = [{ personId: people[0].id, status: 'present' }];

    expect((await t.anonymous().get(`/api/sessions/${session.id}/roster`)).status).toBe(401);
    for (const outsider of [people[0], otherTrainer, otherFacilitator]) {
      const client = await t.loginAs(outsider.email);
      expect((await client.get(`/api/sessions/${session.id}/roster`)).status).toBe(403);
      const put = await client.put(`/api/sessions/${session.id}/attendance`, mark);
      expect(put.status).toBe(403);
      expect(put.body.error).toBe('forbidden');
      expect((await client.post(`/api/sessions/${session.id}/attendance/absent`)).status).toBe(403);
      expect((await client.get(`/api/sessions/${session.id}/attendance/changes`)).status).toBe(403);
    }
    expect(await countRows(t, 'attendance', session.id)).toBe(0);
    for (const recorder of [facilitator, admin]) {
      const client = await t.loginAs(recorder.email);
      expect((await client.get(`/api/sessions/${session.id}/roster`)).status).toBe(200);
      expect((await client.put(`/api/sessions/${session.id}/attendance`, mark)).status).toBe(200);
    }
    const admins = await t.loginAs(admin.email);
    expect((await admins.get(`/api/sessions/00000000-0000-4000-8000-000000000000/roster`)).status).toBe(404);
    expect((await admins.get(`/api/sessions/not-a-uuid/roster`)).status).toBe(404);
  });

  it('accepts present, late and absent from an hour before the start, excused at any time, and says from when', async () => {
    const g = given(t.db);
    const { edition, trainer, people } = await roomWithParticipants(t, 2);
    const later = await g.session(edition.id, { startsAt: '2099-03-09T08:30:00Z' });
    await g.sessionStaff(later.id, trainer.id);
    const soon = await g.session(edition.id, { startsAt: new Date(Date.now() + 45 * 60_000) });
    await g.sessionStaff(soon.id, trainer.id);
    const client = await t.loginAs(trainer.email);

    const early = await client.put(`/api/sessions/${later.id}/attendance`, [
      { personId: people[0].id, status: 'excused' },
      { personId: people[1].id, status: 'present' },
    ]);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      error: 'marking_not_open',
      message: expect.stringContaining('vanaf maandag 9 maart 2099, 08:30 (60 minuten voor het begin). Afmelden kan altijd.'),
      fields: [{ field: '[1].status', message: expect.any(String) }],
    });
    const english = await client.put(`/api/sessions/${later.id}/attendance`, [{ personId: people[1].id, status: 'late' }], { 'accept-language': 'en' });
    expect(english.body.message).toContain('can only be recorded from 60 minutes before the start, Monday 9 March 2099, 08:30 (Amsterdam time)');
    for (const status of ['present', 'late', 'absent']) {
      expect((await client.put(`/api/sessions/${later.id}/attendance`, [{ personId: people[1].id, status }])).status).toBe(409);
    }
    expect(await countRows(t, 'attendance', later.id)).toBe(0);

    const excused = await client.put(`/api/sessions/${later.id}/attendance`, [{ personId: people[0].id, status: 'excused' }]);
    expect(excused.status).toBe(200);
    expect((await client.put(`/api/sessions/${soon.id}/attendance`, [{ personId: people[1].id, status: 'present' }])).status).toBe(200);
  });

  it('lists who is expected: internal teams under their participant, directors with their delegates, and staff', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const organisation = await g.organisation({ name: 'Zorggroep Ëlst' });
    const trainer = await g.person({ name: 'Trainer Tineke' });
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const participant = await g.person({ name: 'Anouk Jansen', organisationId: organisation.id });
    const participantEnrolment = await g.enrolment(edition.id, participant.id, 'participant');
    const teamMember = await g.person({ name: 'Bram Teamlid', organisationId: organisation.id });
    await g.enrolment(edition.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: participantEnrolment.id });
    const director = await g.person({ name: 'Dirk Directeur', organisationId: organisation.id });
    await g.enrolment(edition.id, director.id, 'director');
    const delegate = await g.person({ name: 'Dana Gedelegeerde' });

    const teamDay = await g.session(edition.id, { audienceInternalTeams: true });
    await g.sessionStaff(teamDay.id, trainer.id);
    const board = await g.session(edition.id, { kind: 'board_meeting' });
    await t.db.query(
      `INSERT INTO session_rsvp (session_id, person_id, response, delegate_name, delegate_email, delegate_person_id)
       VALUES ($1, $2, 'delegate', 'Dana Gedelegeerde', $3, $4)`,
      [board.id, director.id, delegate.email, delegate.id],
    );
    await g.attendance(teamDay.id, participant.id, 'late');
    const client = await t.loginAs(trainer.email);

    const teamRoster = await client.get(`/api/sessions/${teamDay.id}/roster`);
    expect(teamRoster.status).toBe(200);
    expect(teamRoster.body).toEqual([
      { personId: participant.id, name: 'Anouk Jansen', role: 'participant', organisation: 'Zorggroep Ëlst', status: 'late', note: '', groupedUnder: null, source: null, workshop: null },
      { personId: teamMember.id, name: 'Bram Teamlid', role: 'internal_team_member', organisation: 'Zorggroep Ëlst', status: null, note: '', groupedUnder: participant.id, source: null, workshop: null },
      { personId: trainer.id, name: 'Trainer Tineke', role: 'trainer', organisation: null, status: null, note: '', groupedUnder: null, source: null, workshop: null },
    ]);

    const boardRoster = await client.get(`/api/sessions/${board.id}/roster`);
    expect(boardRoster.body.map((entry: any) => [entry.name, entry.role, entry.groupedUnder])).toEqual([
      ['Dirk Directeur', 'director', null],
      ['Dana Gedelegeerde', 'delegate', director.id],
    ]);
  });

  it('saves marks with their history, and saving them again changes nothing', async () => {
    const { trainer, people, session } = await roomWithParticipants(t);
    const client = await t.loginAs(trainer.email);
    const url = `/api/sessions/${session.id}/attendance`;

    const first = await client.put(url, [
      { personId: people[0].id, status: 'present' },
      { personId: people[1].id, status: 'excused', note: 'Ziek gemeld' },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.marks).toEqual([
      { personId: people[0].id, status: 'present', note: '', recordedAt: expect.any(String) },
      { personId: people[1].id, status: 'excused', note: 'Ziek gemeld', recordedAt: expect.any(String) },
    ]);
    const again = await client.put(url, [
      { personId: people[0].id, status: 'present' },
      { personId: people[1].id, status: 'excused', note: 'Ziek gemeld' },
    ]);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await countRows(t, 'attendance_change', session.id)).toBe(2);

    // A status without a note keeps the note; a changed mark keeps the value it replaced.
    await client.put(url, [{ personId: people[1].id, status: 'late' }]);
    const roster = await client.get(`/api/sessions/${session.id}/roster`);
    expect(roster.body.find((entry: any) => entry.personId === people[1].id)).toMatchObject({ status: 'late', note: 'Ziek gemeld', source: 'trainer' });

    const changes = await client.get(`/api/sessions/${session.id}/attendance/changes?pageSize=2`);
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect((await client.get(`/api/sessions/${session.id}/attendance/changes?pageSize=2&page=1000`)).body).toEqual({ items: [], total: 3, page: 1000, pageSize: 2 });
    expect(changes.body.items[0]).toEqual({
      personId: people[1].id,
      personName: people[1].name,
      previousStatus: 'excused',
      status: 'late',
      note: 'Ziek gemeld',
      source: 'trainer',
      changedBy: 'Sanne de Vries',
      changedAt: expect.any(String),
    });
  });

  it('writes nothing when one person in the list is not expected, and points at them by their place in the list, without naming them', async () => {
    const { trainer, people, session } = await roomWithParticipants(t);
    const stranger = await given(t.db).person({ name: 'Onbekende Bezoeker' });
    const client = await t.loginAs(trainer.email);

    const response = await client.put(`/api/sessions/${session.id}/attendance`, [
      { personId: people[0].id, status: 'present' },
      { personId: stranger.id, status: 'present' },
      { personId: people[1].id, status: 'absent' },
    ]);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: 'people_not_expected',
      fields: [{ field: '[1].personId', message: 'Deze persoon wordt niet verwacht bij deze bijeenkomst.' }],
    });
    expect(await countRows(t, 'attendance', session.id)).toBe(0);
    expect(await countRows(t, 'attendance_change', session.id)).toBe(0);

    const english = await client.put(`/api/sessions/${session.id}/attendance`, [{ personId: '00000000-0000-4000-8000-000000000000', status: 'present' }], {
      'accept-language': 'en',
    });
    expect(english.body.fields).toEqual([{ field: '[0].personId', message: 'This person is not expected at this session.' }]);
  });

  it('refuses malformed lists with a message per item', async () => {
    const { trainer, people, session } = await roomWithParticipants(t);
    const client = await t.loginAs(trainer.email);
    const url = `/api/sessions/${session.id}/attendance`;

    const bad = await client.put(url, [{ personId: people[0].id, status: 'here', colour: 'red' }, 'x']);
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([
      { field: '[0].colour', message: 'Dit veld is onbekend.' },
      { field: '[0].status', message: 'Kies een van: present, late, excused, absent.' },
      { field: '[1]', message: 'Ongeldige waarde.' },
    ]);
    expect((await client.put(url, { personId: people[0].id, status: 'present' })).status).toBe(400);
    const twice = await client.put(url, [
      { personId: people[0].id, status: 'present' },
      { personId: people[0].id, status: 'absent' },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ error: 'duplicate_marks', fields: [{ field: '[1].personId' }] });
    // The same id in capitals is the same person (a spreadsheet or script may write it so).
    const inCapitals = await client.put(url, [
      { personId: people[0].id, status: 'present' },
      { personId: people[0].id.toUpperCase(), status: 'absent' },
    ]);
    expect([inCapitals.status, inCapitals.body.error]).toEqual([400, 'duplicate_marks']);
    // An object with a `constructor` field made class-transformer throw: 500 before this was refused at the edge.
    const constructorField = await client.put(url, [{ personId: { constructor: '<script>alert(1)</script>' }, status: 'present' }]);
    expect([constructorField.status, constructorField.body.fields]).toEqual([400, [{ field: '[0].personId.constructor', message: 'Dit veld is onbekend.' }]]);
    expect(await countRows(t, 'attendance', session.id)).toBe(0);
  });

  it('keeps both of two trainers’ saves made at the same moment, with true previous values', async () => {
    const { edition, trainer, people, session } = await roomWithParticipants(t, 6);
    const colleague = await given(t.db).person({ name: 'Ahmed Bouzid' });
    await given(t.db).enrolment(edition.id, colleague.id, 'facilitator');
    await given(t.db).sessionStaff(session.id, colleague.id, 'facilitator');
    const [a, b] = [await t.loginAs(trainer.email), await t.loginAs(colleague.email)];
    const url = `/api/sessions/${session.id}/attendance`;

    const responses = await Promise.all([
      a.put(url, people.slice(0, 3).map((p) => ({ personId: p.id, status: 'present' }))),
      b.put(url, people.slice(3).map((p) => ({ personId: p.id, status: 'late' }))),
      a.put(url, [{ personId: people[0].id, status: 'present' }]),
      b.put(url, [{ personId: people[0].id, status: 'absent' }]),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const roster = await a.get(`/api/sessions/${session.id}/roster`);
    const statuses = Object.fromEntries(roster.body.map((entry: any) => [entry.personId, entry.status]));
    for (const p of people.slice(1, 3)) expect(statuses[p.id]).toBe('present');
    for (const p of people.slice(3)) expect(statuses[p.id]).toBe('late');

    // Whatever order the saves of people[0] ran in, each history row names the value it replaced.
    const history = await t.db.query(
      `SELECT previous_status AS "previous", status FROM attendance_change WHERE session_id = $1 AND person_id = $2 ORDER BY changed_at, id`,
      [session.id, people[0].id],
    );
    let current: string | null = null;
    const chain = [...history];
    while (chain.length > 0) {
      const next = chain.findIndex((row: any) => row.previous === current);
      expect(next).toBeGreaterThanOrEqual(0);
      current = chain.splice(next, 1)[0].status;
    }
    expect(current).toBe(statuses[people[0].id]);
  });

  it('dates each change when it is made, after waiting for the save before it, so the history reads in the order it happened', async () => {
    const { trainer, people, session } = await roomWithParticipants(t, 1);
    const client = await t.loginAs(trainer.email);
    // The save starts, then waits while another save of the session commits a change to the same person.
    const saved = await whileLocked(
      t.db,
      (transaction) => transaction.query(`SELECT 1 FROM session WHERE id = $1 FOR NO KEY UPDATE`, [session.id]),
      () => client.put(`/api/sessions/${session.id}/attendance`, [{ personId: people[0].id, status: 'absent' }]),
      (transaction) =>
        transaction.query(
          `INSERT INTO attendance_change (session_id, person_id, previous_status, status, source, changed_by_person_id, changed_at)
           VALUES ($1, $2, NULL, 'present', 'trainer', $3, clock_timestamp())`,
          [session.id, people[0].id, trainer.id],
        ),
    );
    expect(saved.status).toBe(200);
    const history = await client.get(`/api/sessions/${session.id}/attendance/changes`);
    expect(history.body.items.map((entry: { status: string }) => entry.status)).toEqual(['absent', 'present']);
  });

  /** The request comes in while the programme office moves the session (`times`: its new start and end, as SQL), holding its row as a move does. */
  const whileMoved = <T,>(sessionId: string, times: string, request: () => Promise<T>) =>
    whileLocked(
      t.db,
      (transaction) => transaction.query(`SELECT 1 FROM session WHERE id = $1 FOR UPDATE`, [sessionId]),
      request,
      (transaction) => transaction.query(`UPDATE session SET ${times} WHERE id = $1`, [sessionId]),
    );
  const toNextWeek = `starts_at = starts_at + interval '7 days', ends_at = ends_at + interval '7 days'`;

  it('saves no mark for a time the session is being moved away from: the save waits for the move and is measured against it', async () => {
    const { trainer, people, session } = await roomWithParticipants(t, 1);
    const client = await t.loginAs(trainer.email);
    const saved = await whileMoved(session.id, toNextWeek, () => client.put(`/api/sessions/${session.id}/attendance`, [{ personId: people[0].id, status: 'present' }]));
    expect([saved.status, saved.body.error]).toEqual([409, 'marking_not_open']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM attendance WHERE session_id = $1`, [session.id])).toEqual([{ n: 0 }]);
  });

  it('marks nobody absent at a session being moved ahead: closing the list waits for the move and is refused', async () => {
    const { trainer, people, session } = await roomWithParticipants(t, 2);
    const client = await t.loginAs(trainer.email);
    const closed = await whileMoved(session.id, toNextWeek, () => client.post(`/api/sessions/${session.id}/attendance/absent`, {}));
    expect([closed.status, closed.body.error]).toEqual([409, 'session_not_ended']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM attendance WHERE session_id = $1 AND person_id = ANY($2)`, [session.id, people.map((p) => p.id)])).toEqual([{ n: 0 }]);
  });

  it('marks nobody absent at a session being moved to a time under way now: it has started, not ended', async () => {
    const { trainer, people, session } = await roomWithParticipants(t, 2);
    const client = await t.loginAs(trainer.email);
    const underWay = `starts_at = now() - interval '30 minutes', ends_at = now() + interval '2 hours'`;
    const closed = await whileMoved(session.id, underWay, () => client.post(`/api/sessions/${session.id}/attendance/absent`, {}));
    expect([closed.status, closed.body.error]).toEqual([409, 'session_not_ended']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM attendance WHERE session_id = $1 AND person_id = ANY($2)`, [session.id, people.map((p) => p.id)])).toEqual([{ n: 0 }]);
  });

  it('saves 40 marks in the same few statements as 2', async () => {
    const { trainer, people, session } = await roomWithParticipants(t, 40);
    const client = await t.loginAs(trainer.email);
    const url = `/api/sessions/${session.id}/attendance`;

    t.queries.reset();
    await client.put(url, people.slice(0, 2).map((p) => ({ personId: p.id, status: 'present' })));
    const forTwo = t.queries.count;
    t.queries.reset();
    const response = await client.put(url, people.map((p) => ({ personId: p.id, status: 'late', note: 'Trein' })));
    expect(response.status).toBe(200);
    expect(t.queries.count).toBe(forTwo);
    expect(forTwo).toBeLessThanOrEqual(8);
    expect(await countRows(t, 'attendance', session.id)).toBe(40);
  });

  it('sets the empty marks to absent after the end, leaving marks, staff and those enrolled after it alone', async () => {
    const { trainer, people, session } = await roomWithParticipants(t);
    const client = await t.loginAs(trainer.email);
    await client.put(`/api/sessions/${session.id}/attendance`, [{ personId: people[0].id, status: 'late' }]);
    // A late joiner enrolled after the session had ended owes nothing to it.
    const [{ edition_id: editionId }] = await t.db.query(`SELECT edition_id FROM session WHERE id = $1`, [session.id]);
    const lateJoiner = await given(t.db).person({ name: 'Zz Laatkomer' });
    await given(t.db).enrolment(editionId, lateJoiner.id, 'participant');

    const response = await client.post(`/api/sessions/${session.id}/attendance/absent`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ marked: 2 });
    expect(await t.db.query(`SELECT 1 FROM attendance WHERE session_id = $1 AND person_id = $2`, [session.id, lateJoiner.id])).toEqual([]);
    const roster = await client.get(`/api/sessions/${session.id}/roster`);
    expect(roster.body.map((entry: any) => [entry.role, entry.status, entry.source])).toEqual([
      ['participant', 'late', 'trainer'],
      ['participant', 'absent', 'bulk_absent'],
      ['participant', 'absent', 'bulk_absent'],
      ['participant', null, null],
      ['trainer', null, null],
    ]);
    expect((await client.post(`/api/sessions/${session.id}/attendance/absent`)).body).toEqual({ marked: 0 });

    const running = await given(t.db).session((await t.db.query(`SELECT edition_id FROM session WHERE id = $1`, [session.id]))[0].edition_id, {
      startsAt: new Date(Date.now() - 600_000),
    });
    const early = await client.post(`/api/sessions/${running.id}/attendance/absent`);
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('session_not_ended');
  });

  it('records nothing for a cancelled session', async () => {
    const { edition, trainer, people } = await roomWithParticipants(t);
    const cancelled = await given(t.db).session(edition.id, { status: 'cancelled' });
    const client = await t.loginAs(trainer.email);
    const response = await client.put(`/api/sessions/${cancelled.id}/attendance`, [{ personId: people[0].id, status: 'present' }]);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('session_cancelled');
  });
});
