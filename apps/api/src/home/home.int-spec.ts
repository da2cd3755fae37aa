import type { HomeResponse } from '@koers/shared/home';
import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const fromNow = (ms: number) => new Date(Date.now() + ms);

describe('GET /api/me/home', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const homeOf = async (email: string) => {
    const response = await (await t.loginAs(email)).get('/api/me/home');
    expect(response.status).toBe(200);
    return response.body as HomeResponse;
  };

  /** Queries of one home-page request, login excluded. */
  const queriesFor = async (email: string) => {
    const client = await t.loginAs(email);
    t.queries.reset();
    expect((await client.get('/api/me/home')).status).toBe(200);
    return t.queries.count;
  };

  /** A participant in a running edition, enrolled two months ago, with a classmate and the edition's trainer. */
  async function participantEdition() {
    const g = given(t.db);
    const edition = await g.edition();
    const [participant, classmate, trainer] = await Promise.all([g.person(), g.person(), g.person()]);
    await g.enrolment(edition.id, participant.id, 'participant');
    await g.enrolment(edition.id, classmate.id, 'participant');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await t.db.query(`UPDATE enrolment SET enrolled_at = now() - interval '60 days' WHERE edition_id = $1`, [edition.id]);
    return { g, edition, participant, classmate, trainer };
  }

  it("gives a participant their next session, open deadlines and progress, and nobody else's", async () => {
    const { g, edition, participant, classmate } = await participantEdition();
    for (const [days, status] of [[30, 'present'], [20, 'absent'], [10, 'late'], [5, 'excused']] as const) {
      await g.attendance((await g.session(edition.id, { startsAt: fromNow(-days * DAY) })).id, participant.id, status);
    }
    const cancelled = await g.session(edition.id, { startsAt: fromNow(DAY), status: 'cancelled' });
    const next = await g.session(edition.id, { startsAt: fromNow(2 * DAY), title: 'Lesdag 5' });
    await g.session(edition.id, { startsAt: fromNow(9 * DAY) });

    const notHandedIn = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: fromNow(3 * DAY) });
    const sentBack = await g.assignment(edition.id, { title: 'Stakeholderkaart', dueAt: fromNow(-2 * DAY) });
    await g.feedback((await g.submission(sentBack.id, participant.id)).id, 'revise');
    const approved = await g.assignment(edition.id, { dueAt: fromNow(-9 * DAY) });
    await g.feedback((await g.submission(approved.id, participant.id)).id, 'approved');
    const waiting = await g.assignment(edition.id, { dueAt: fromNow(-DAY) });
    await g.submission(waiting.id, participant.id);
    await g.assignment(edition.id, { title: 'Gesloten', dueAt: fromNow(-5 * DAY), cutoffAt: fromNow(-4 * DAY) });
    // The classmate handing in changes nothing for the participant.
    await g.submission(notHandedIn.id, classmate.id);
    // Another edition's work is not theirs.
    const other = await g.edition();
    await g.assignment(other.id, { title: 'Andermans opdracht', dueAt: fromNow(DAY) });

    const home = await homeOf(participant.email);
    expect(home.sessions.next).toMatchObject({ sessionId: next.id, title: 'Lesdag 5', editionId: edition.id, kind: 'programme_day' });
    expect(home.sessions.today).toEqual([]);
    expect(JSON.stringify(home)).not.toContain(cancelled.id);
    expect(home.participant).toEqual({
      editions: [{ editionId: edition.id, attendanceRate: 0.5, attendance: { attended: 2, counted: 4 }, assignments: { submitted: 3, approved: 1, total: 5 } }],
      deadlines: [
        { assignmentId: sentBack.id, editionId: edition.id, title: 'Stakeholderkaart', dueAt: expect.any(String), status: 'revise' },
        { assignmentId: notHandedIn.id, editionId: edition.id, title: 'Plan van aanpak', dueAt: expect.any(String), status: 'not_submitted' },
      ],
    });
    expect(home).toMatchObject({ office: null, review: null, director: null });
  });

  it("gives a trainer today's sessions and the review queue of their own editions", async () => {
    const { g, edition, participant, trainer } = await participantEdition();
    const today = await g.session(edition.id, { startsAt: fromNow(0), durationMinutes: 120, title: 'Netwerksessie vandaag' });
    await g.sessionStaff(today.id, trainer.id);
    const assignment = await g.assignment(edition.id);
    await g.submission(assignment.id, participant.id);
    const other = await participantEdition();
    await g.submission((await g.assignment(other.edition.id)).id, other.participant.id);

    const home = await homeOf(trainer.email);
    expect(home.sessions.today.map((session) => session.title)).toEqual(['Netwerksessie vandaag']);
    expect(home.sessions.next).toMatchObject({ sessionId: today.id });
    expect(home.review).toEqual({ waiting: 1 });
    expect(home).toMatchObject({ office: null, participant: null, director: null });
  });

  it('gives a director their next board meeting and the progress of the participants they sponsor only', async () => {
    const { g, edition, participant, classmate } = await participantEdition();
    const director = await g.person();
    await g.enrolment(edition.id, director.id, 'director');
    await t.db.query(`UPDATE enrolment SET director_person_id = $1 WHERE edition_id = $2 AND person_id = $3`, [director.id, edition.id, participant.id]);
    await g.session(edition.id, { kind: 'board_meeting', startsAt: fromNow(-30 * DAY), durationMinutes: 180 });
    const meeting = await g.session(edition.id, { kind: 'board_meeting', startsAt: fromNow(14 * DAY), durationMinutes: 180, title: 'Bestuurstafel' });
    await g.rsvp(meeting.id, director.id, 'attending');
    // Sooner, they go to another edition's meeting as a colleague's delegate: that one is the colleague's to answer.
    const elsewhere = await participantEdition();
    const colleague = await g.person();
    await g.enrolment(elsewhere.edition.id, colleague.id, 'director');
    const colleagues = await g.session(elsewhere.edition.id, { kind: 'board_meeting', startsAt: fromNow(7 * DAY), durationMinutes: 180 });
    await g.rsvp(colleagues.id, colleague.id, 'delegate', { name: 'Dirk', email: director.email, personId: director.id });

    const home = await homeOf(director.email);
    expect(home.director).toEqual({
      nextBoardMeeting: expect.objectContaining({ sessionId: meeting.id, title: 'Bestuurstafel', kind: 'board_meeting', answer: 'attending' }),
      participants: [{ personId: participant.id, name: participant.name, editionName: edition.name, attendanceRate: null, assignments: { submitted: 0, approved: 0, total: 0 } }],
    });
    expect(JSON.stringify(home)).not.toContain(classmate.id);
    expect(home).toMatchObject({ office: null, review: null, participant: null });
  });

  it('gives the programme office the editions under way with this week, attendance under the threshold, failed mail and the review queue', async () => {
    const { g, edition, participant, classmate } = await participantEdition();
    const admin = await g.person({ isAdmin: true });
    const before = await homeOf(admin.email);
    // Under the threshold (80%): one of two days attended; the classmate attended both.
    for (const days of [10, 20]) {
      const day = await g.session(edition.id, { startsAt: fromNow(-days * DAY) });
      await g.attendance(day.id, participant.id, days === 10 ? 'absent' : 'present');
      await g.attendance(day.id, classmate.id);
    }
    await g.session(edition.id, { startsAt: fromNow(0) });
    await g.session(edition.id, { startsAt: fromNow(0), status: 'cancelled' });
    await g.submission((await g.assignment(edition.id)).id, participant.id);
    await t.db.query(`INSERT INTO notification_delivery (person_id, event_key, kind, payload, status) VALUES ($1, 'test', 'password_changed', '{}', 'failed')`, [participant.id]);
    const drafted = await g.edition({ status: 'draft' });

    const home = await homeOf(admin.email);
    expect(home.office!.editions.find((one) => one.editionId === edition.id)).toEqual({
      editionId: edition.id,
      name: edition.name,
      status: 'running',
      sessionsThisWeek: 1,
      belowThreshold: 1,
      thresholdPercent: 80,
    });
    expect(home.office!.editions.map((one) => one.editionId)).not.toContain(drafted.id);
    expect(home.office!.sessionsThisWeek).toBe(before.office!.sessionsThisWeek + 1);
    expect(home.office!.belowThreshold).toBe(before.office!.belowThreshold + 1);
    expect(home.office!.failedMails).toBe(before.office!.failedMails + 1);
    expect(home.review!.waiting).toBe(before.review!.waiting + 1);
    expect(home).toMatchObject({ participant: null, director: null });
  });

  it('runs a fixed number of queries for each kind of person, whatever the amount of data', async () => {
    const small = await participantEdition();
    const large = await participantEdition();
    const { g } = large;
    const admin = await g.person({ isAdmin: true });
    const directors = [await g.person(), await g.person()];
    for (const [i, { edition, participant, classmate, trainer }] of [small, large].entries()) {
      await g.enrolment(edition.id, directors[i].id, 'director');
      await t.db.query(`UPDATE enrolment SET director_person_id = $1 WHERE edition_id = $2 AND role = 'participant'`, [directors[i].id, edition.id]);
      await g.session(edition.id, { kind: 'board_meeting', startsAt: fromNow(7 * DAY) });
      for (let n = 0; n < (i === 0 ? 1 : 6); n++) {
        const day = await g.session(edition.id, { startsAt: fromNow((n - 3) * DAY) });
        await g.sessionStaff(day.id, trainer.id);
        await g.attendance(day.id, participant.id);
        const assignment = await g.assignment(edition.id, { dueAt: fromNow((n - 2) * DAY) });
        await g.submission(assignment.id, classmate.id);
      }
    }
    for (const person of [small.participant, small.trainer, directors[0]]) {
      const counterpart = person === small.participant ? large.participant : person === small.trainer ? large.trainer : directors[1];
      expect(await queriesFor(counterpart.email)).toBe(await queriesFor(person.email));
    }
    const officeQueries = await queriesFor(admin.email);
    await participantEdition();
    expect(await queriesFor(admin.email)).toBe(officeQueries);
  });
});
