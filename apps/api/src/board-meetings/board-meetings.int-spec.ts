import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** An edition with a trainer and a director, one board meeting held last week and one next month. */
async function editionWithBoardMeetings(t: TestApp) {
  const g = given(t.db);
  const edition = await g.edition();
  const trainer = await g.person();
  await g.enrolment(edition.id, trainer.id, 'trainer');
  const director = await g.person({ name: 'Dirk Directeur' });
  await g.enrolment(edition.id, director.id, 'director');
  const held = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: inDays(-7), durationMinutes: 180 });
  const next = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2', startsAt: inDays(30), durationMinutes: 180 });
  const programmeDay = await g.session(edition.id, { startsAt: inDays(-3) });
  return { edition, trainer, director, held, next, programmeDay };
}

describe('GET /api/me/board-meetings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("shows a director the board meetings of their own editions only, with agenda, venue, answer and attendance", async () => {
    const mine = await editionWithBoardMeetings(t);
    const other = await editionWithBoardMeetings(t);
    const g = given(t.db);
    await t.db.query(`UPDATE session SET agenda = '14:00 Ontvangst' WHERE id = $1`, [mine.next.id]);
    await g.rsvp(mine.next.id, mine.director.id, 'attending');
    await g.attendance(mine.held.id, mine.director.id, 'present');

    expect((await t.anonymous().get('/api/me/board-meetings')).status).toBe(401);
    const response = await (await t.loginAs(mine.director.email)).get('/api/me/board-meetings');
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({ sessionId: mine.held.id, editionName: mine.edition.name, rsvp: null, attended: true, minutes: null }),
      {
        sessionId: mine.next.id,
        editionId: mine.edition.id,
        editionName: mine.edition.name,
        title: 'Bestuurlijke bijeenkomst 2',
        startsAt: expect.any(String),
        endsAt: expect.any(String),
        mode: 'hybrid',
        location: 'Utrechtseweg 10, Amersfoort',
        // The session page's rule: attendees see the online link from shortly before the start.
        onlineUrl: null,
        status: 'scheduled',
        agenda: '14:00 Ontvangst',
        attendingAs: 'director',
        rsvp: { response: 'attending', delegateName: null, delegateEmail: null, delegateStatus: null },
        delegateFor: null,
        attended: null,
        minutes: null,
      },
    ]);
    expect(response.body.map((m: { sessionId: string }) => m.sessionId)).not.toContain(other.held.id);

    const participant = await g.person();
    await g.enrolment(mine.edition.id, participant.id, 'participant');
    expect((await (await t.loginAs(participant.email)).get('/api/me/board-meetings')).body).toEqual([]);
  });

  it('shows nothing of an edition still in draft, and takes no answers for it', async () => {
    const draft = await editionWithBoardMeetings(t);
    await t.db.query(`UPDATE edition SET status = 'draft' WHERE id = $1`, [draft.edition.id]);
    const director = await t.loginAs(draft.director.email);
    expect((await director.get('/api/me/board-meetings')).body).toEqual([]);
    expect((await director.put(`/api/sessions/${draft.next.id}/rsvp`, { response: 'attending' })).status).toBe(403);
    await t.db.query(`UPDATE edition SET status = 'open' WHERE id = $1`, [draft.edition.id]);
    expect((await director.get('/api/me/board-meetings')).body).toHaveLength(2);
    expect((await director.put(`/api/sessions/${draft.next.id}/rsvp`, { response: 'attending' })).status).toBe(200);
  });

  it('counts a meeting as attended when the delegate was there', async () => {
    const { director, held } = await editionWithBoardMeetings(t);
    const g = given(t.db);
    const delegate = await g.person();
    await g.rsvp(held.id, director.id, 'delegate', { name: 'Vera', email: delegate.email, personId: delegate.id });
    await g.attendance(held.id, delegate.id, 'late');
    const [meeting] = (await (await t.loginAs(director.email)).get('/api/me/board-meetings')).body;
    expect(meeting).toMatchObject({ rsvp: { response: 'delegate', delegateName: 'Vera' }, attended: true });
  });

  it('shows a delegate, who has no role in the edition, the meeting they go to, whom for, their own attendance and the minutes', async () => {
    const { director, held, next, trainer } = await editionWithBoardMeetings(t);
    const g = given(t.db);
    const delegate = await g.person();
    const asDelegate = await t.loginAs(delegate.email);
    expect((await asDelegate.get('/api/me')).body.delegateAtBoardMeetings).toBe(false);

    await g.rsvp(held.id, director.id, 'delegate', { name: 'Vera', email: delegate.email, personId: delegate.id });
    await g.rsvp(next.id, director.id, 'delegate', { name: 'Vera', email: delegate.email, personId: delegate.id });
    await g.attendance(held.id, delegate.id, 'present');
    await (await t.loginAs(trainer.email)).put(`/api/sessions/${held.id}/minutes`, { text: 'Besloten: door.' });

    expect((await asDelegate.get('/api/me')).body.delegateAtBoardMeetings).toBe(true);
    const meetings = (await asDelegate.get('/api/me/board-meetings')).body;
    expect(meetings).toEqual([
      expect.objectContaining({ sessionId: held.id, attendingAs: 'delegate', delegateFor: 'Dirk Directeur', rsvp: null, attended: true, minutes: expect.objectContaining({ text: 'Besloten: door.' }) }),
      expect.objectContaining({ sessionId: next.id, delegateFor: 'Dirk Directeur', rsvp: null, attended: null, minutes: null }),
    ]);
    // The director's own list is unchanged by it.
    expect((await (await t.loginAs(director.email)).get('/api/me/board-meetings')).body.map((m: { delegateFor: string | null }) => m.delegateFor)).toEqual([null, null]);

    // Going to the meeting themselves again, the director takes the delegate's place away.
    await t.db.query(`UPDATE session_rsvp SET response = 'attending', delegate_name = NULL, delegate_email = NULL, delegate_person_id = NULL WHERE session_id = $1`, [next.id]);
    expect((await asDelegate.get('/api/me/board-meetings')).body.map((m: { sessionId: string }) => m.sessionId)).toEqual([held.id]);
  });

  it('shows a director who also stands in for another director at their meeting once, as its director who also stands in', async () => {
    const { edition, director, next } = await editionWithBoardMeetings(t);
    const g = given(t.db);
    const colleague = await g.person({ name: 'Cora Collega' });
    await g.enrolment(edition.id, colleague.id, 'director');
    await g.rsvp(next.id, director.id, 'attending');
    await g.rsvp(next.id, colleague.id, 'delegate', { name: director.name, email: director.email, personId: director.id });
    const meetings = (await (await t.loginAs(director.email)).get('/api/me/board-meetings')).body;
    expect(meetings.filter((m: { sessionId: string }) => m.sessionId === next.id)).toEqual([
      expect.objectContaining({ attendingAs: 'director', delegateFor: 'Cora Collega', rsvp: expect.objectContaining({ response: 'attending' }) }),
    ]);
  });
});

describe('minutes of a board meeting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are published by the edition’s trainer once the meeting has started, and read by its directors', async () => {
    const { trainer, director, held, next } = await editionWithBoardMeetings(t);
    const client = await t.loginAs(trainer.email);

    expect((await client.get(`/api/sessions/${held.id}/minutes`)).body).toEqual({ minutes: null });
    const early = await client.put(`/api/sessions/${next.id}/minutes`, { text: 'Nog niet.' });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('minutes_before_meeting');

    const published = await client.put(`/api/sessions/${held.id}/minutes`, { text: '  Besloten: elke organisatie maakt ruimte voor het intern team.  ' });
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ text: 'Besloten: elke organisatie maakt ruimte voor het intern team.', publishedAt: expect.any(String) });
    expect((await client.get(`/api/sessions/${held.id}/minutes`)).body.minutes.text).toContain('Besloten');

    const [meeting] = (await (await t.loginAs(director.email)).get('/api/me/board-meetings')).body;
    expect(meeting.minutes).toEqual(published.body);

    expect((await client.delete(`/api/sessions/${held.id}/minutes`)).status).toBe(204);
    const [withdrawn] = (await (await t.loginAs(director.email)).get('/api/me/board-meetings')).body;
    expect(withdrawn.minutes).toBeNull();
  });

  it('may be written by the edition’s trainers and the programme office only', async () => {
    const { edition, director, held, programmeDay } = await editionWithBoardMeetings(t);
    const other = await editionWithBoardMeetings(t);
    const g = given(t.db);
    const participant = await g.person();
    await g.enrolment(edition.id, participant.id, 'participant');
    const facilitator = await g.person();
    await g.enrolment(edition.id, facilitator.id, 'facilitator');
    const admin = await g.person({ isAdmin: true });
    const minutes = { text: 'Notulen.' };

    expect((await t.anonymous().put(`/api/sessions/${held.id}/minutes`, minutes)).status).toBe(401);
    for (const outsider of [director, participant, other.trainer, facilitator]) {
      const client = await t.loginAs(outsider.email);
      expect((await client.put(`/api/sessions/${held.id}/minutes`, minutes)).status).toBe(403);
      expect((await client.get(`/api/sessions/${held.id}/minutes`)).status).toBe(403);
      expect((await client.delete(`/api/sessions/${held.id}/minutes`)).status).toBe(403);
    }
    const admins = await t.loginAs(admin.email);
    expect((await admins.put(`/api/sessions/${held.id}/minutes`, minutes)).status).toBe(200);
    expect((await admins.put(`/api/sessions/${held.id}/minutes`, { text: '   ' })).status).toBe(400);
    const notABoardMeeting = await admins.put(`/api/sessions/${programmeDay.id}/minutes`, minutes);
    expect(notABoardMeeting.status).toBe(409);
    expect(notABoardMeeting.body.error).toBe('not_a_board_meeting');
    expect((await admins.put(`/api/sessions/00000000-0000-4000-8000-000000000000/minutes`, minutes)).status).toBe(404);
  });
});
