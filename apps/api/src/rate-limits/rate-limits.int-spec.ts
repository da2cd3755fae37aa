import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { newSecretToken, sha256 } from '../app/tokens';
import { AuthRepository } from '../auth/auth.repository';
import { RATE_LIMITS } from './rate-limits';

const countBy = (responses: { status: number }[]) => responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

/** The limits on public routes and invitations; login and check-in have their own specs. */
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
    // A browser opening the link printed on a certificate gets the reason as a page, not JSON.
    const page = await t.anonymous('198.51.100.7').get('/verify/AAAA-BBBB-CCCC', { accept: 'text/html,application/xhtml+xml', 'accept-language': 'en' });
    expect([page.status, page.headers['content-type'], page.headers['retry-after']]).toEqual([429, 'text/html; charset=utf-8', expect.any(String)]);
    expect(page.text).toContain('<html lang="en"');
    expect(page.text).toContain('Try again in 10 minutes');
  });

  it('refuses password links from an address once 30 that do not work were tried, sent at once; links that work, also 40 at once, and weak passwords count nothing', async () => {
    const token = newSecretToken();
    const personId = (await given(t.db).person()).id;
    await t.db.transaction((manager) => t.app.get(AuthRepository).createResetTokens([{ personId, tokenHash: sha256(token) }], 60, manager));
    const from = (address: string) => t.anonymous(address);
    // Someone who opens the page again and again, and types passwords the rules refuse: all answered, nothing counted.
    for (let i = 0; i < 20; i++) {
      expect((await from('198.51.100.21').post('/api/auth/password-link/check', { token, first: false })).status).toBe(204);
      expect((await from('198.51.100.21').post('/api/auth/password-reset/confirm', { token, password: '123456789012' })).status).toBe(400);
    }
    // A room of 40 opening working links at the same moment, after 25 mistyped ones: none is refused.
    for (let i = 0; i < 25; i++) expect((await from('198.51.100.21').post('/api/auth/password-link/check', { token: newSecretToken(), first: true })).status).toBe(400);
    const room = await Promise.all(Array.from({ length: 40 }, () => from('198.51.100.21').post('/api/auth/password-link/check', { token, first: true })));
    expect(countBy(room)).toEqual({ 204: 40 });
    const guess = (i: number) =>
      [
        () => from('198.51.100.21').post('/api/auth/password-link/check', { token: newSecretToken(), first: i % 2 === 0 }),
        () => from('198.51.100.21').post('/api/auth/password-reset/confirm', { token: newSecretToken(), password: 'een-heel-nieuw-wachtwoord' }),
        () => from('198.51.100.21').post('/api/auth/first-password', { token: newSecretToken(), password: 'een-heel-nieuw-wachtwoord' }),
      ][i % 3]();
    const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(i)));
    expect(countBy(guesses)).toEqual({ 400: RATE_LIMITS.passwordLinkAddress.limit - 25, 429: 35 });
    const limited = guesses.find((r) => r.status === 429)!;
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(limited.body).toMatchObject({ error: 'password_link_rate_limited', message: expect.stringContaining('Wacht 15 minuten en open je link dan opnieuw') });
    // From that address even the working link waits; from another it works.
    expect((await from('198.51.100.21').post('/api/auth/password-reset/confirm', { token, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(429);
    expect((await from('198.51.100.22').post('/api/auth/password-reset/confirm', { token, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(204);
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

  it('counts the entries in one’s own log and one’s measurement actions as posts too: 40 sent at once store 30', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const writer = await g.person();
    await g.challenge((await g.enrolment(edition.id, writer.id, 'participant')).id, { title: 'Slimme sensoren' });
    const client = await t.loginAs(writer.email);
    const entries = await Promise.all(Array.from({ length: 40 }, (_, i) => client.post('/api/me/challenge/log', { entryDate: '2026-12-06', text: `Logregel ${i}` })));
    expect(countBy(entries)).toEqual({ 201: RATE_LIMITS.posts.limit, 429: 10 });
    expect((await client.post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Directie betrekken', phase: 'plan' })).status).toBe(429);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM challenge_log_entry WHERE author_person_id = $1`, [writer.id])).toEqual([{ n: RATE_LIMITS.posts.limit }]);
  });

  it('takes a log entry, comment or measurement action sent again at once (a double click, a retry) as one, counted once', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const writer = await g.person();
    await g.challenge((await g.enrolment(edition.id, writer.id, 'participant')).id, { title: 'Slimme sensoren' });
    const client = await t.loginAs(writer.email);
    const twenty = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: 20 }, send));
    const entries = await twenty(() => client.post('/api/me/challenge/log', { entryDate: '2026-12-06', text: 'Zelfde logregel' }));
    expect(countBy(entries)).toEqual({ 201: 20 });
    expect(new Set(entries.map((r) => r.body.id)).size).toBe(1);
    const comments = await twenty(() => client.post(`/api/challenge-log-entries/${entries[0].body.id}/comments`, { body: 'Zelfde reactie' }));
    expect(countBy(comments)).toEqual({ 201: 20 });
    expect(new Set(comments.map((r) => r.body.id)).size).toBe(1);
    expect(comments[0].body).toMatchObject({ body: 'Zelfde reactie', own: true, hidden: null, authorName: writer.name });
    const actions = await twenty(() => client.post(`/api/editions/${edition.id}/measurement-actions`, { text: 'Directie betrekken', phase: 'plan' }));
    expect(actions.map((r) => [r.status, r.body.length])).toEqual(Array(20).fill([201, 1]));
    const [stored] = await t.db.query(
      `SELECT (SELECT count(*) FROM challenge_log_entry WHERE author_person_id = $1)::int AS entries,
              (SELECT count(*) FROM challenge_log_comment WHERE author_person_id = $1)::int AS comments`,
      [writer.id],
    );
    expect(stored).toEqual({ entries: 1, comments: 1 });
    // The three posts counted once each: 27 more fit in the ten minutes.
    const more = await Promise.all(Array.from({ length: 28 }, (_, i) => client.post('/api/me/challenge/log', { entryDate: '2026-12-06', text: `Regel ${i}` })));
    expect(countBy(more)).toEqual({ 201: RATE_LIMITS.posts.limit - 3, 429: 1 });
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
    // Said as what it is: the one refused may have sent only this one.
    expect(responses.find((r) => r.status === 429)!.body.message).toMatch(/^Er zijn het afgelopen uur te veel uitnodigingen verstuurd, naar dit e-mailadres of vanaf dit netwerk\. Probeer het over \d+ minuten opnieuw\.$/);
    // The three counted ones are invitations like any other, though they create Bram's account at the same moment.
    expect(responses.filter((r) => r.status !== 429).map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE email = 'bram.de.wit@zorg.example'`)).toEqual([{ n: 1 }]);
    // A refused invitation left nothing behind.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM invitation WHERE email = 'bram.de.wit@zorg.example'`)).toEqual([{ n: 3 }]);
  });

  it('counts an invitation once, however often it is sent again while it waits for an answer', async () => {
    const g = given(t.db);
    const organisation = await g.organisation();
    const edition = await g.edition();
    const participants = await Promise.all(Array.from({ length: 4 }, () => g.person({ organisationId: organisation.id })));
    for (const participant of participants) await g.enrolment(edition.id, participant.id, 'participant');
    const [first, ...others] = await Promise.all(participants.map((participant) => t.loginAs(participant.email)));
    const invite = (client: typeof first) => client.post('/api/me/internal-team', { name: 'Cor Collega', email: 'cor.collega@zorg.example', roleInOrganisation: 'Teamleider' });

    // A double click, then three more tries, two of them at once: one invitation, counted once.
    const repeats = [await invite(first), await invite(first), ...(await Promise.all([invite(first), invite(first)])), await invite(first)];
    expect(repeats.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(repeats.map((r) => r.body.invitationId)).size).toBe(1);
    // So two colleagues still invite Cor within the hour, and the fourth invitation is one too many.
    const [second, third, fourth] = others;
    expect([(await invite(second)).status, (await invite(third)).status, (await invite(fourth)).status]).toEqual([201, 201, 429]);
  });

  it('counts a delegate once, however often the director saves their answer, and refuses a delegate over the limit without saving the answer', async () => {
    const g = given(t.db);
    const organisation = await g.organisation();
    const edition = await g.edition();
    const directors = await Promise.all([0, 1].map(() => g.person({ organisationId: organisation.id })));
    for (const director of directors) await g.enrolment(edition.id, director.id, 'director');
    const meeting = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: new Date(Date.now() + 14 * 24 * 3600_000) });
    const nextMeeting = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2', startsAt: new Date(Date.now() + 60 * 24 * 3600_000) });
    const [dirk, door] = await Promise.all(directors.map((director) => t.loginAs(director.email)));
    const sendDana = (client: typeof dirk, to = meeting) =>
      client.put(`/api/sessions/${to.id}/rsvp`, { response: 'delegate', delegateName: 'Dana Vervanger', delegateEmail: 'dana.vervanger@zorg.example' });

    const saves = [];
    for (let i = 0; i < 5; i++) saves.push((await sendDana(dirk)).status);
    expect(saves).toEqual([200, 200, 200, 200, 200]);

    // Two more invitations to Dana reach the limit; Dirk's colleague then names her for the next meeting in vain, and
    // keeps the answer he had.
    for (const colleague of [await t.loginAs((await g.person({ organisationId: organisation.id })).email), await t.loginAs((await g.person()).email)]) {
      const participantEdition = await g.edition();
      await g.enrolment(participantEdition.id, (await colleague.get('/api/me')).body.id, 'participant');
      expect((await colleague.post('/api/me/internal-team', { name: 'Dana Vervanger', email: 'dana.vervanger@zorg.example', roleInOrganisation: 'Adviseur' })).status).toBe(201);
    }
    expect((await door.put(`/api/sessions/${nextMeeting.id}/rsvp`, { response: 'attending' })).status).toBe(200);
    const refused = await sendDana(door, nextMeeting);
    expect([refused.status, refused.body.error]).toEqual([429, 'too_many_requests']);
    expect(await t.db.query(`SELECT response FROM session_rsvp WHERE session_id = $1 AND person_id = $2`, [nextMeeting.id, directors[1].id])).toEqual([{ response: 'attending' }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM invitation WHERE email = 'dana.vervanger@zorg.example'`)).toEqual([{ n: 3 }]);
  });
});

/** Behind a proxy (`KOERS_TRUST_PROXY`): the address a limit counts is the one the proxy saw, not one the client wrote. */
describe('rate limits behind a proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ trustProxy: 1 });
  });
  afterAll(() => t.close());

  it('counts the address the proxy appended to X-Forwarded-For, whatever the client wrote before it', async () => {
    // The proxy (10.0.0.5) appends where it was reached from (192.0.2.10); the client made up the address before it.
    const through = (client: string, made: string) =>
      t.anonymous('10.0.0.5').get('/verify/AAAA-BBBB-CCCC', { accept: 'application/json', 'x-forwarded-for': `${made}, ${client}` });
    const responses = await Promise.all(Array.from({ length: 70 }, (_, i) => through('192.0.2.10', `203.0.113.${i}`)));
    expect(countBy(responses)).toEqual({ 404: RATE_LIMITS.verifyAddress.limit, 429: 10 });
    // Another client behind the same proxy has a count of its own.
    expect((await through('192.0.2.11', '203.0.113.1')).status).toBe(404);
  });
});
