import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { RATE_LIMITS } from './rate-limits';

const countBy = (responses: { status: number }[]) => responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

/** The limits put on routes with @RateLimit; login and check-in have their own specs. */
describe('rate limits on public and invitation routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers at most 60 certificate verifications per address in 10 minutes, also when sent at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 80 }, (_, i) => t.anonymous('198.51.100.7').get(`/verify/AAAA-BBBB-${String(i).padStart(4, '0')}`, { accept: 'application/json' })),
    );
    expect(countBy(responses)).toEqual({ 404: RATE_LIMITS.verifyAddress.limit, 429: 20 });
    const limited = responses.find((r) => r.status === 429)!;
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(9 * 60);
    expect(limited.body).toMatchObject({ error: 'too_many_requests', message: expect.stringContaining('Probeer het over 10 minuten opnieuw') });
    expect((await t.anonymous('198.51.100.8').get('/verify/AAAA-BBBB-CCCC', { accept: 'application/json' })).status).toBe(404);
  });

  it('takes at most 30 posts from one person in 10 minutes: threads, replies and comments together', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const [writer, other] = [await g.person({ name: 'Schrijver' }), await g.person({ name: 'Lotte Lezer' })];
    for (const person of [writer, other]) await g.enrolment(edition.id, person.id, 'participant');
    const client = await t.loginAs(writer.email);
    const thread = await client.post(`/api/editions/${edition.id}/discussions`, { title: 'Vraag', body: 'Wie weet dit, @Lotte Lezer?' });
    expect(thread.status).toBe(201);
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => client.post(`/api/discussions/${thread.body.id}/replies`, { body: `Reactie ${i}, @Lotte Lezer` })));
    expect(countBy(replies)).toEqual({ 201: RATE_LIMITS.posts.limit - 1, 429: 11 });
    // Someone else still writes.
    expect((await (await t.loginAs(other.email)).post(`/api/discussions/${thread.body.id}/replies`, { body: 'Ik!' })).status).toBe(201);
  });

  it('sends at most 3 invitations to one address per hour, of 20 sent at once by different participants', async () => {
    const g = given(t.db);
    const organisation = await g.organisation();
    const edition = await g.edition();
    const participants = await Promise.all(Array.from({ length: 20 }, () => g.person({ organisationId: organisation.id })));
    for (const participant of participants) await g.enrolment(edition.id, participant.id, 'participant');
    const clients = await Promise.all(participants.map((participant) => t.loginAs(participant.email)));
    const responses = await Promise.all(
      clients.map((client) =>
        client.post('/api/me/internal-team', { name: 'Bram de Wit', email: ' Bram.de.Wit@zorg.example', roleInOrganisation: 'Teamleider' }),
      ),
    );
    expect(responses.filter((r) => r.status === 429)).toHaveLength(17);
    // The three counted ones are invitations like any other, though they create Bram's account at the same moment.
    expect(responses.filter((r) => r.status !== 429).map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE email = 'bram.de.wit@zorg.example'`)).toEqual([{ n: 1 }]);
  });
});
