import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

const DAY = 24 * 3600_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** A director of an organisation in an edition, sponsoring `count` participants of that organisation. */
async function directorWithParticipants(t: TestApp, count = 1, edition?: { id: string; name: string }) {
  const g = given(t.db);
  edition ??= await g.edition();
  const organisation = await g.organisation();
  const director = await g.person({ organisationId: organisation.id });
  await g.enrolment(edition.id, director.id, 'director');
  const participants = [];
  for (let i = 0; i < count; i++) {
    const person = await g.person({ name: `Deelnemer ${organisation.name} ${i}`, organisationId: organisation.id });
    const enrolment = await g.enrolment(edition.id, person.id, 'participant', { directorPersonId: director.id });
    participants.push({ ...person, enrolmentId: enrolment.id });
  }
  return { edition, organisation, director, participants };
}

describe('GET /api/director/participants', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows attendance rate, assignments handed in and approved, the challenge and its latest log entries', async () => {
    const g = given(t.db);
    const { edition, director, participants } = await directorWithParticipants(t);
    const [anouk] = participants;
    await t.db.query(`UPDATE enrolment SET enrolled_at = $1 WHERE edition_id = $2`, [daysAgo(60), edition.id]);
    for (const [days, status] of [[30, 'present'], [20, 'late'], [10, 'absent'], [5, 'excused']] as const) {
      const day = await g.session(edition.id, { startsAt: daysAgo(days) });
      await g.attendance(day.id, anouk.id, status);
    }
    const [approved, revised, reapproved] = await Promise.all([1, 2, 3, 4].map((i) => g.assignment(edition.id, { title: `Opdracht ${i}` })));
    await g.feedback((await g.submission(approved.id, anouk.id)).id, 'approved');
    // Approved once, but the latest verdict says revise: not approved.
    const first = await g.submission(revised.id, anouk.id);
    await g.feedback(first.id, 'approved', daysAgo(3));
    await g.feedback(first.id, 'revise', daysAgo(2));
    // An approved earlier version does not approve the newer one.
    await g.feedback((await g.submission(reapproved.id, anouk.id, 1)).id, 'approved');
    await g.submission(reapproved.id, anouk.id, 2);
    const challenge = await g.challenge(anouk.enrolmentId, { title: 'Minder nachtelijke valincidenten', phase: 'plan' });
    for (const [date, text] of [['2026-09-01', 'oud'], ['2026-10-01', 'eerste'], ['2026-10-15', 'tweede'], ['2026-11-01', 'derde']]) {
      await g.challengeLogEntry(challenge.id, date, text);
    }

    const response = await (await t.loginAs(director.email)).get('/api/director/participants');
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        personId: anouk.id,
        name: anouk.name,
        organisationName: expect.any(String),
        editionId: edition.id,
        editionName: edition.name,
        attendanceRate: 0.5,
        attendance: { attended: 2, counted: 4 },
        assignments: { submitted: 3, approved: 1, total: 4 },
        challenge: { title: 'Minder nachtelijke valincidenten', phase: 'plan' },
        latestLogEntries: [
          { entryDate: '2026-11-01', text: 'derde' },
          { entryDate: '2026-10-15', text: 'tweede' },
          { entryDate: '2026-10-01', text: 'eerste' },
        ],
      },
    ]);
  });

  it("never shows another organisation's participants, also not in the same edition", async () => {
    const mine = await directorWithParticipants(t, 2);
    const sameEdition = await directorWithParticipants(t, 1, mine.edition);
    const g = given(t.db);
    // A colleague from the director's own organisation whom the programme office linked to another director.
    const colleague = await g.person({ organisationId: mine.organisation.id });
    await g.enrolment(mine.edition.id, colleague.id, 'participant', { directorPersonId: sameEdition.director.id });
    // Participants who withdrew are not shown.
    await t.db.query(`UPDATE enrolment SET status = 'withdrawn' WHERE person_id = $1`, [mine.participants[1].id]);

    const response = await (await t.loginAs(mine.director.email)).get('/api/director/participants');
    expect(response.body.map((p: { personId: string }) => p.personId)).toEqual([mine.participants[0].id]);
    expect(response.body[0]).toMatchObject({ challenge: null, latestLogEntries: [], attendanceRate: null, assignments: { submitted: 0, approved: 0, total: 0 } });
  });

  it('is for directors only', async () => {
    const { edition, participants } = await directorWithParticipants(t);
    const g = given(t.db);
    const trainer = await g.person();
    await g.enrolment(edition.id, trainer.id, 'trainer');
    expect((await t.anonymous().get('/api/director/participants')).status).toBe(401);
    for (const person of [participants[0], trainer, await g.person({ isAdmin: true })]) {
      expect((await (await t.loginAs(person.email)).get('/api/director/participants')).status).toBe(403);
    }
    // A director whose enrolment was withdrawn loses the view.
    const withdrawn = await directorWithParticipants(t);
    await t.db.query(`UPDATE enrolment SET status = 'withdrawn' WHERE person_id = $1`, [withdrawn.director.id]);
    expect((await (await t.loginAs(withdrawn.director.email)).get('/api/director/participants')).status).toBe(403);
  });

  it('runs a fixed number of queries for any number of participants', async () => {
    const small = await directorWithParticipants(t, 1);
    const large = await directorWithParticipants(t, 12);
    const g = given(t.db);
    for (const { edition, participants } of [small, large]) {
      const day = await g.session(edition.id, { startsAt: daysAgo(3) });
      const assignment = await g.assignment(edition.id);
      for (const participant of participants) {
        await g.attendance(day.id, participant.id);
        await g.feedback((await g.submission(assignment.id, participant.id)).id, 'approved');
        const challenge = await g.challenge(participant.enrolmentId);
        await g.challengeLogEntry(challenge.id, '2026-11-01');
      }
    }
    const count = async (director: { email: string }, expected: number) => {
      const client = await t.loginAs(director.email);
      t.queries.reset();
      const response = await client.get('/api/director/participants');
      expect(response.body).toHaveLength(expected);
      return t.queries.count;
    };
    expect(await count(large.director, 12)).toBe(await count(small.director, 1));
  });
});
