import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';
import { serverSecret } from '../app/config';
import { checkInCode, codeStep } from './check-in-code';

const HOUR = 3600_000;

describe('self check-in', () => {
  let t: TestApp;
  let secret: string;
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' });
    secret = serverSecret(t.config);
  });
  afterAll(() => t.close());

  const codeAt = (sessionId: string, stepsBack = 0) => checkInCode(secret, sessionId, codeStep(new Date()) - stepsBack);

  async function sessionInProgress() {
    const g = given(t.db);
    const edition = await g.edition();
    const trainer = await g.person({ name: 'Sanne de Vries' });
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const participant = await g.person({ name: 'Lotte Bakker' });
    await g.enrolment(edition.id, participant.id, 'participant');
    const session = await g.session(edition.id, { title: 'Lesdag 3', startsAt: new Date(Date.now() - 0.2 * HOUR), durationMinutes: 120 });
    return { g, edition, trainer, participant, session };
  }

  it('shows the trainer a rotating code with a QR code of the check-in link, only during the window', async () => {
    const { g, edition, trainer, participant, session } = await sessionInProgress();
    const client = await t.loginAs(trainer.email);

    const response = await client.get(`/api/sessions/${session.id}/check-in-code`);
    expect(response.status).toBe(200);
    const { code } = response.body;
    // The 30-second step may have turned since the server answered.
    expect([codeAt(session.id), codeAt(session.id, 1)]).toContain(code);
    expect(response.body).toMatchObject({
      sessionId: session.id,
      sessionTitle: 'Lesdag 3',
      code,
      url: `https://koers.example.nl/inchecken/${session.id}?code=${code}`,
      closesAt: expect.any(String),
    });
    expect(response.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const rotatesIn = new Date(response.body.rotatesAt).getTime() - Date.now();
    expect(rotatesIn).toBeGreaterThan(-1000);
    expect(rotatesIn).toBeLessThanOrEqual(30_000);

    expect((await (await t.loginAs(participant.email)).get(`/api/sessions/${session.id}/check-in-code`)).status).toBe(403);
    const soon = await g.session(edition.id, { startsAt: new Date(Date.now() + 0.4 * HOUR) });
    expect((await client.get(`/api/sessions/${soon.id}/check-in-code`)).status).toBe(200);
    const later = await g.session(edition.id, { startsAt: new Date(Date.now() + 2 * HOUR) });
    const notOpen = await client.get(`/api/sessions/${later.id}/check-in-code`);
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.error).toBe('check_in_not_open');
    const over = await g.session(edition.id, { startsAt: new Date(Date.now() - 3 * HOUR), durationMinutes: 60 });
    expect((await client.get(`/api/sessions/${over.id}/check-in-code`)).body.error).toBe('check_in_closed');
  });

  // Which steps' codes are accepted is the unit spec's concern; here the current one must be (if its step turns
  // before the server checks it, it is the previous one, still accepted).
  it('marks an expected participant present with the current code, once', async () => {
    const { participant, session } = await sessionInProgress();
    const client = await t.loginAs(participant.email);

    const page = await client.get(`/api/sessions/${session.id}/check-in`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ sessionId: session.id, title: 'Lesdag 3', mark: null });

    const response = await client.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ sessionId: session.id, checkedIn: true, mark: { personId: participant.id, status: 'present' } });
    const again = await client.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id).replace(/(\d{3})/, '$1 ') });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ checkedIn: false, mark: { status: 'present' } });

    const history = await t.db.query(`SELECT source, changed_by_person_id AS "by" FROM attendance_change WHERE session_id = $1`, [session.id]);
    expect(history).toEqual([{ source: 'self_check_in', by: participant.id }]);
    expect((await client.get(`/api/sessions/${session.id}/check-in`)).body.mark).toMatchObject({ status: 'present' });
  });

  it('finds the session from a typed code alone, among the caller’s open sessions', async () => {
    const { g, edition: ed, participant, session } = await sessionInProgress();
    const parallel = await g.session(ed.id, { title: 'Netwerksessie', kind: 'network_session', startsAt: new Date(Date.now() - 0.1 * HOUR) });
    const client = await t.loginAs(participant.email);

    const response = await client.post('/api/check-in', { code: codeAt(parallel.id) });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ sessionId: parallel.id, sessionTitle: 'Netwerksessie', checkedIn: true });
    expect((await client.post('/api/check-in', { code: codeAt(session.id, 4) })).body.error).toBe('check_in_code_expired');
    const otherEdition = await g.edition();
    const elsewhere = await g.session(otherEdition.id, { startsAt: new Date(Date.now() - 0.1 * HOUR) });
    const unknown = await client.post('/api/check-in', { code: codeAt(elsewhere.id) });
    expect([unknown.body.error, unknown.body.message]).toEqual(['check_in_code_unknown', expect.stringContaining('hoort bij geen van je bijeenkomsten')]);

    const idle = await g.person();
    await g.enrolment(otherEdition.id, idle.id, 'participant');
    await t.db.query(`UPDATE session SET status = 'cancelled' WHERE id = $1`, [elsewhere.id]);
    const nothingOpen = await (await t.loginAs(idle.email)).post('/api/check-in', { code: '123456' });
    expect(nothingOpen.status).toBe(409);
    expect(nothingOpen.body.error).toBe('no_session_to_check_in');
    expect((await t.anonymous().post('/api/check-in', { code: '123456' })).status).toBe(401);
  });

  it('refuses a wrong, expired or other session’s code, and never marks anyone for it', async () => {
    const { g, edition: ed, participant, session } = await sessionInProgress();
    const other = await g.session(ed.id, { startsAt: new Date(Date.now() - 0.1 * HOUR) });
    const client = await t.loginAs(participant.email);
    const url = `/api/sessions/${session.id}/check-in`;

    const expired = await client.post(url, { code: codeAt(session.id, 3) });
    expect(expired.status).toBe(400);
    expect(expired.body).toMatchObject({ error: 'check_in_code_expired', message: expect.stringContaining('verlopen') });
    const otherSession = await client.post(url, { code: codeAt(other.id) }, { 'accept-language': 'en' });
    expect(otherSession.status).toBe(400);
    expect(otherSession.body).toMatchObject({ error: 'check_in_code_invalid', message: 'This code does not belong to this session. Check the code on the screen and try again.' });
    const malformed = await client.post(url, { code: 'abc' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields).toEqual([{ field: 'code', message: 'Deze waarde heeft niet de juiste vorm.' }]);
    expect((await t.db.query(`SELECT * FROM attendance WHERE session_id = $1`, [session.id])).length).toBe(0);
  });

  it('takes 5 codes per person and session, of 60 sent at once, then answers 429 with Retry-After until the wait is over', async () => {
    const { participant, session } = await sessionInProgress();
    const client = await t.loginAs(participant.email);
    const wrong = String((Number(codeAt(session.id)) + 1) % 1_000_000).padStart(6, '0');
    // A code with a digit too few or too many is no guess: it is told so and does not count.
    for (const mistyped of ['12345', '1234 567', 'abcdef', 12345, '', '12345', '1234567']) {
      expect((await client.post(`/api/sessions/${session.id}/check-in`, { code: mistyped })).status).toBe(400);
    }
    const responses = await Promise.all(Array.from({ length: 60 }, () => client.post(`/api/sessions/${session.id}/check-in`, { code: wrong })));
    expect(responses.filter((r) => r.status === 400)).toHaveLength(5);
    const limited = responses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(55);
    expect(Number(limited[0].headers['retry-after'])).toBeGreaterThan(9 * 60);
    expect(limited[0].body).toMatchObject({ error: 'check_in_rate_limited', message: expect.stringContaining('Wacht 10 minuten') });

    // Even the right code waits now, and guessing without the session counts too.
    expect((await client.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) })).status).toBe(429);
    const byCode = await Promise.all(Array.from({ length: 10 }, () => client.post('/api/check-in', { code: wrong })));
    expect(byCode.filter((r) => r.status === 429)).toHaveLength(5);
    expect((await t.db.query(`SELECT * FROM attendance WHERE session_id = $1`, [session.id])).length).toBe(0);

    await t.db.query(`UPDATE rate_limit_counter SET resets_at = now()`);
    expect((await client.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) })).status).toBe(200);
  });

  it('counts only wrong codes: checking in again with the right one (a second scan, a double tap) leaves all five tries', async () => {
    const { participant, session } = await sessionInProgress();
    const client = await t.loginAs(participant.email);
    const wrong = String((Number(codeAt(session.id)) + 1) % 1_000_000).padStart(6, '0');
    expect((await client.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) })).body).toMatchObject({ checkedIn: true });
    expect((await client.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) })).body).toMatchObject({ checkedIn: false });
    expect((await client.post('/api/check-in', { code: codeAt(session.id) })).status).toBe(200);
    const guesses = [];
    for (let i = 0; i < 6; i++) guesses.push((await client.post(`/api/sessions/${session.id}/check-in`, { code: wrong })).status);
    expect(guesses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('counts no try when there is nothing to check in to yet: scanning early locks nobody out', async () => {
    const { participant, session } = await sessionInProgress();
    const client = await t.loginAs(participant.email);
    await t.db.query(`UPDATE session SET starts_at = now() + interval '3 hours', ends_at = now() + interval '5 hours' WHERE id = $1`, [session.id]);
    const early = [];
    for (let i = 0; i < 7; i++) early.push((await client.post('/api/check-in', { code: '123456' })).body.error);
    expect(early).toEqual(Array(7).fill('no_session_to_check_in'));
  });

  it('refuses people not expected, sessions not open yet or over, and anonymous callers', async () => {
    const { g, edition: ed, participant, session } = await sessionInProgress();
    const otherEdition = await g.edition();
    const stranger = await g.person();
    await g.enrolment(otherEdition.id, stranger.id, 'participant');
    const strangerClient = await t.loginAs(stranger.email);

    const refused = await strangerClient.post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'not_expected_at_session', message: expect.stringContaining('niet op de lijst') });
    expect((await strangerClient.get(`/api/sessions/${session.id}/check-in`)).status).toBe(403);
    expect((await t.anonymous().post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) })).status).toBe(401);

    const client = await t.loginAs(participant.email);
    const future = await g.session(ed.id, { startsAt: new Date(Date.now() + 24 * HOUR) });
    const early = await client.post(`/api/sessions/${future.id}/check-in`, { code: codeAt(future.id) });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('check_in_not_open');
    const past = await g.session(ed.id, { startsAt: new Date(Date.now() - 5 * HOUR), durationMinutes: 60 });
    const late = await client.post(`/api/sessions/${past.id}/check-in`, { code: codeAt(past.id) });
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('check_in_closed');
    const cancelled = await g.session(ed.id, { startsAt: new Date(Date.now() - 0.1 * HOUR), status: 'cancelled' });
    expect((await client.post(`/api/sessions/${cancelled.id}/check-in`, { code: codeAt(cancelled.id) })).body.error).toBe('session_cancelled');
    expect((await t.db.query(`SELECT * FROM attendance WHERE person_id = ANY($1)`, [[participant.id, stranger.id]])).length).toBe(0);
  });

  it('checks in at the session as it stands once a move being saved is done: refused when moved to next week, taken when its window still holds', async () => {
    const { g, edition, participant, session } = await sessionInProgress();
    const client = await t.loginAs(participant.email);
    // The check-in comes in while the programme office moves the session, holding its row as a move does.
    const whileMoved = (sessionId: string, by: string) =>
      whileLocked(
        t.db,
        (transaction) => transaction.query(`SELECT 1 FROM session WHERE id = $1 FOR UPDATE`, [sessionId]),
        () => client.post(`/api/sessions/${sessionId}/check-in`, { code: codeAt(sessionId) }),
        (transaction) => transaction.query(`UPDATE session SET starts_at = starts_at + $2::interval, ends_at = ends_at + $2::interval WHERE id = $1`, [sessionId, by]),
      );
    const marks = async (sessionId: string) =>
      t.db.query(`SELECT a.status, c.source FROM attendance a JOIN attendance_change c USING (session_id, person_id) WHERE a.session_id = $1`, [sessionId]);

    const refused = await whileMoved(session.id, '7 days');
    expect([refused.status, refused.body.error]).toEqual([409, 'check_in_not_open']);
    expect(await marks(session.id)).toEqual([]);

    const nudged = await g.session(edition.id, { title: 'Lesdag 4', startsAt: new Date(Date.now() - 0.2 * HOUR), durationMinutes: 120 });
    const taken = await whileMoved(nudged.id, '15 minutes');
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ sessionId: nudged.id, checkedIn: true, mark: { status: 'present' } });
    expect(await marks(nudged.id)).toEqual([{ status: 'present', source: 'self_check_in' }]);
  });

  it('never overwrites a trainer’s mark, and the trainer can override a check-in', async () => {
    const { g, edition: ed, trainer, participant, session } = await sessionInProgress();
    const late = await g.person();
    await g.enrolment(ed.id, late.id, 'participant');
    const trainerClient = await t.loginAs(trainer.email);
    await trainerClient.put(`/api/sessions/${session.id}/attendance`, [{ personId: late.id, status: 'excused', note: 'Afgemeld per mail' }]);

    const checkIn = await (await t.loginAs(late.email)).post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) });
    expect(checkIn.status).toBe(200);
    expect(checkIn.body).toMatchObject({ checkedIn: false, mark: { status: 'excused', note: 'Afgemeld per mail' } });

    await (await t.loginAs(participant.email)).post(`/api/sessions/${session.id}/check-in`, { code: codeAt(session.id) });
    const override = await trainerClient.put(`/api/sessions/${session.id}/attendance`, [{ personId: participant.id, status: 'late' }]);
    expect(override.status).toBe(200);
    const history = await t.db.query(
      `SELECT previous_status AS previous, status, source FROM attendance_change WHERE session_id = $1 AND person_id = $2 ORDER BY changed_at, id`,
      [session.id, participant.id],
    );
    expect(history).toEqual([
      { previous: null, status: 'present', source: 'self_check_in' },
      { previous: 'present', status: 'late', source: 'trainer' },
    ]);
  });
});

describe('the server secret', () => {
  it('comes from KOERS_SECRET, or else from one file in the data directory that every replica shares', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-secret-'));
    try {
      expect(serverSecret({ secret: 'from-env', dataDir })).toBe('from-env');
      const first = serverSecret({ secret: undefined, dataDir });
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(serverSecret({ secret: undefined, dataDir })).toBe(first);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
