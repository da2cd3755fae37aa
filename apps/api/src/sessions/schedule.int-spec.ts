import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('GET /api/me/schedule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Two editions with every kind of session and every kind of person. */
  async function twoEditions() {
    const g = given(t.db);
    const [editionA, editionB] = [await g.edition(), await g.edition()];
    const [participant, otherParticipant, director, teamMember, trainer, otherTrainer] = await Promise.all(
      Array.from({ length: 6 }, () => g.person()),
    );
    const participantEnrolment = await g.enrolment(editionA.id, participant.id, 'participant', { directorPersonId: director.id });
    await g.enrolment(editionB.id, otherParticipant.id, 'participant');
    await g.enrolment(editionA.id, director.id, 'director');
    await g.enrolment(editionA.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: participantEnrolment.id });
    await g.enrolment(editionA.id, trainer.id, 'trainer');
    await g.enrolment(editionB.id, otherTrainer.id, 'trainer');

    const day = await g.session(editionA.id, { title: 'Lesdag 1', startsAt: '2027-01-12T08:30:00Z' });
    const teamDay = await g.session(editionA.id, { title: 'Lesdag 3 met intern team', startsAt: '2027-02-23T08:30:00Z', audienceInternalTeams: true });
    const network = await g.session(editionA.id, { kind: 'network_session', title: 'Netwerksessie 1', startsAt: '2027-02-02T12:00:00Z' });
    const board = await g.session(editionA.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2027-03-16T13:00:00Z' });
    const cancelled = await g.session(editionA.id, { title: 'Lesdag 2', startsAt: '2027-01-26T08:30:00Z', status: 'cancelled' });
    const otherDay = await g.session(editionB.id, { title: 'Lesdag andere editie', startsAt: '2027-01-19T08:30:00Z' });
    await g.sessionStaff(day.id, trainer.id, 'trainer');
    await g.sessionStaff(teamDay.id, trainer.id, 'trainer');
    await g.sessionStaff(otherDay.id, otherTrainer.id, 'trainer');
    await g.attendance(day.id, participant.id, 'late');
    return { editionA, editionB, participant, otherParticipant, director, teamMember, trainer, otherTrainer, day, teamDay, network, board, cancelled, otherDay };
  }

  const titles = (body: { title: string }[]) => body.map((entry) => entry.title);

  it('answers 401 without a login', async () => {
    expect((await t.anonymous().get('/api/me/schedule')).status).toBe(401);
  });

  it('names the next session with what to prepare, as its own page shows it (GET /api/me/next-session)', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const [participant, stranger] = [await g.person(), await g.person()];
    await g.enrolment(edition.id, participant.id, 'participant');
    const running = await g.session(edition.id, { title: 'Lesdag nu', startsAt: minutesFromNow(-60), durationMinutes: 90 });
    await g.session(edition.id, { title: 'Afgelast', startsAt: minutesFromNow(24 * 60), status: 'cancelled' });
    const later = await g.session(edition.id, { title: 'Lesdag later', startsAt: minutesFromNow(2 * 24 * 60) });
    await g.assignment(edition.id, { title: 'Beschrijf je vraagstuk', dueAt: minutesFromNow(-90) });
    const client = await t.loginAs(participant.email);

    const next = await client.get('/api/me/next-session');
    expect(next.status).toBe(200);
    expect(next.body.session).toEqual((await client.get(`/api/sessions/${running.id}`)).body);
    expect(next.body.session.assignmentsDue).toEqual([expect.objectContaining({ title: 'Beschrijf je vraagstuk' })]);

    // Once that one has ended, the next is the first that is not cancelled.
    await t.db.query(`UPDATE session SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [running.id]);
    expect((await client.get('/api/me/next-session')).body.session).toMatchObject({ id: later.id, title: 'Lesdag later' });
    // Someone expected at no session, and nobody logged in.
    expect((await (await t.loginAs(stranger.email)).get('/api/me/next-session')).body).toEqual({ session: null });
    expect((await t.anonymous().get('/api/me/next-session')).status).toBe(401);
  });

  it('passes over a session the person sent regrets for as their next one, and keeps it in their schedule with their answer', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const [participant, teamMember, director] = [await g.person(), await g.person(), await g.person()];
    const participantEnrolment = await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(edition.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: participantEnrolment.id });
    const teamDay = await g.session(edition.id, { title: 'Lesdag 3 met intern team', startsAt: minutesFromNow(24 * 60), audienceInternalTeams: true });
    const laterTeamDay = await g.session(edition.id, { title: 'Lesdag 8 met intern team', startsAt: minutesFromNow(9 * 24 * 60), audienceInternalTeams: true });
    const board = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: minutesFromNow(2 * 24 * 60) });
    const laterBoard = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2', startsAt: minutesFromNow(30 * 24 * 60) });
    const nextOf = async (client: Awaited<ReturnType<TestApp['loginAs']>>) => ({
      home: (await client.get('/api/me/home')).body.sessions.next?.sessionId,
      page: (await client.get('/api/me/next-session')).body.session?.id,
    });

    const member = await t.loginAs(teamMember.email);
    expect((await member.put(`/api/sessions/${teamDay.id}/rsvp`, { response: 'declined' })).status).toBe(200);
    expect(await nextOf(member)).toEqual({ home: laterTeamDay.id, page: laterTeamDay.id });
    const memberSchedule = (await member.get('/api/me/schedule')).body;
    expect(memberSchedule.map((entry: { title: string; myRsvp: string | null }) => [entry.title, entry.myRsvp])).toEqual([
      ['Lesdag 3 met intern team', 'declined'],
      ['Lesdag 8 met intern team', null],
    ]);
    // Coming after all makes it the next one again.
    await member.put(`/api/sessions/${teamDay.id}/rsvp`, { response: 'attending' });
    expect(await nextOf(member)).toEqual({ home: teamDay.id, page: teamDay.id });

    // A director who sends a delegate is not coming either, until that delegate declines: then it is theirs again.
    const boss = await t.loginAs(director.email);
    await boss.put(`/api/sessions/${board.id}/rsvp`, { response: 'delegate', delegateName: 'Dana Visser', delegateEmail: 'dana.visser@example.nl' });
    expect(await nextOf(boss)).toEqual({ home: laterBoard.id, page: laterBoard.id });
    await t.db.query(`UPDATE invitation SET status = 'declined' WHERE session_id = $1 AND email = 'dana.visser@example.nl'`, [board.id]);
    expect(await nextOf(boss)).toEqual({ home: board.id, page: board.id });
    expect((await boss.get('/api/me/schedule')).body.find((entry: { sessionId: string }) => entry.sessionId === board.id).myRsvp).toBeNull();
  });

  it('shows each person exactly the sessions the expected_attendee view gives them, in order', async () => {
    const w = await twoEditions();

    const participant = await (await t.loginAs(w.participant.email)).get('/api/me/schedule');
    expect(participant.status).toBe(200);
    expect(titles(participant.body)).toEqual(['Lesdag 1', 'Lesdag 2', 'Netwerksessie 1', 'Lesdag 3 met intern team']);
    expect(participant.body[0]).toEqual({
      sessionId: w.day.id,
      editionId: w.editionA.id,
      editionName: w.editionA.name,
      kind: 'programme_day',
      title: 'Lesdag 1',
      theme: '',
      startsAt: '2027-01-12T08:30:00.000Z',
      endsAt: '2027-01-12T15:00:00.000Z',
      mode: 'hybrid',
      location: 'Utrechtseweg 10, Amersfoort',
      onlineUrl: null,
      status: 'scheduled',
      myAttendance: 'late',
      roles: ['participant'],
      movedFrom: null,
      networkGroup: null,
      workshop: null,
      myRsvp: null,
    });
    expect(participant.body[1]).toMatchObject({ status: 'cancelled', myAttendance: null });

    // Another edition's participant never sees edition A; a director only the board meeting.
    expect(titles((await (await t.loginAs(w.otherParticipant.email)).get('/api/me/schedule')).body)).toEqual(['Lesdag andere editie']);
    const director = (await (await t.loginAs(w.director.email)).get('/api/me/schedule')).body;
    expect(titles(director)).toEqual(['Bestuurlijke bijeenkomst 1']);
    expect(director[0]).toMatchObject({ kind: 'board_meeting', roles: ['director'] });
    expect(titles((await (await t.loginAs(w.teamMember.email)).get('/api/me/schedule')).body)).toEqual(['Lesdag 3 met intern team']);

    // A trainer sees their own sessions (not every session of the edition), marked so a trainer's home can filter them.
    const trainer = (await (await t.loginAs(w.trainer.email)).get('/api/me/schedule')).body;
    expect(titles(trainer)).toEqual(['Lesdag 1', 'Lesdag 3 met intern team']);
    expect(trainer.every((entry: { roles: string[] }) => entry.roles.includes('trainer'))).toBe(true);
    // Those who run a session see its online link at any time.
    expect(trainer[0].onlineUrl).toBe('https://meet.example.nl/his');
  });

  it('leaves out sessions of draft editions and marks moved sessions with their previous start', async () => {
    const g = given(t.db);
    const person = await g.person();
    const draft = await g.edition({ status: 'draft' });
    const running = await g.edition();
    await g.enrolment(draft.id, person.id, 'participant');
    await g.enrolment(running.id, person.id, 'participant');
    await g.session(draft.id, { title: 'Nog niet gepubliceerd' });
    const moved = await g.session(running.id, { title: 'Verplaatst', startsAt: '2027-04-13T07:30:00Z', status: 'moved' });
    await t.db.query(`INSERT INTO session_change (session_id, status, previous) VALUES ($1, 'moved', $2)`, [
      moved.id,
      { startsAt: '2027-04-06T07:30:00.000Z', endsAt: '2027-04-06T14:00:00.000Z' },
    ]);

    const schedule = (await (await t.loginAs(person.email)).get('/api/me/schedule')).body;
    expect(schedule).toEqual([expect.objectContaining({ title: 'Verplaatst', status: 'moved', movedFrom: '2027-04-06T07:30:00.000Z' })]);
  });

  it('shows attendees the online link from 30 minutes before the start until the end', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const person = await g.person();
    await g.enrolment(edition.id, person.id, 'participant');
    await g.session(edition.id, { title: 'Straks', startsAt: minutesFromNow(25), mode: 'online' });
    await g.session(edition.id, { title: 'Later', startsAt: minutesFromNow(35), mode: 'online' });
    await g.session(edition.id, { title: 'Bezig', startsAt: minutesFromNow(-60), mode: 'online' });
    await g.session(edition.id, { title: 'Voorbij', startsAt: minutesFromNow(-600), durationMinutes: 120, mode: 'online' });

    const schedule: { title: string; onlineUrl: string | null }[] = (await (await t.loginAs(person.email)).get('/api/me/schedule')).body;
    expect(Object.fromEntries(schedule.map((entry) => [entry.title, entry.onlineUrl]))).toEqual({
      Voorbij: null,
      Bezig: 'https://meet.example.nl/his',
      Straks: 'https://meet.example.nl/his',
      Later: null,
    });
  });

  it('runs the same small number of SQL statements for 1 session and for 200 sessions over 5 editions', async () => {
    const g = given(t.db);
    const few = await g.person();
    const many = await g.person();
    const single = await g.edition();
    await g.enrolment(single.id, few.id, 'participant');
    await g.session(single.id);
    for (let e = 0; e < 5; e++) {
      const edition = await g.edition();
      await g.enrolment(edition.id, many.id, e === 4 ? 'trainer' : 'participant');
      await t.db.query(
        `INSERT INTO session (edition_id, kind, title, starts_at, ends_at, mode, status)
         SELECT $1, 'programme_day', 'Sessie ' || n, '2027-01-05T08:30Z'::timestamptz + n * interval '1 day',
                '2027-01-05T15:00Z'::timestamptz + n * interval '1 day', 'on_site', CASE WHEN n % 10 = 0 THEN 'cancelled' ELSE 'scheduled' END::session_status
           FROM generate_series(1, 40) n`,
        [edition.id],
      );
      if (e === 4) await t.db.query(`INSERT INTO session_staff (session_id, person_id, role) SELECT id, $2, 'trainer' FROM session WHERE edition_id = $1`, [edition.id, many.id]);
      await t.db.query(`INSERT INTO attendance (session_id, person_id, status) SELECT id, $2, 'present' FROM session WHERE edition_id = $1`, [edition.id, many.id]);
    }

    const counts: Record<string, number> = {};
    for (const [name, person, expected] of [
      ['one session', few, 1],
      ['200 sessions', many, 200],
    ] as const) {
      const client = await t.loginAs(person.email);
      // Counted from here: everything this request runs, including the guard's one lookup of the login session.
      t.queries.reset();
      const response = await client.get('/api/me/schedule');
      counts[name] = t.queries.count;
      expect(response.body).toHaveLength(expected);
    }
    expect(counts['one session']).toBe(counts['200 sessions']);
    expect(counts['200 sessions']).toBeLessThanOrEqual(3);
    // In fact: the login session and the schedule itself.
    expect(counts['200 sessions']).toBe(2);
  });
});
