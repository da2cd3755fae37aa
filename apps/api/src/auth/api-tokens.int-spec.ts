import { type ApiTokenSummary, type CreatedApiToken, MAX_API_TOKENS_PER_PERSON } from '@koers/shared/api-tokens';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { sha256 } from '../app/tokens';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString();

/** A running edition whose trainer stands at a programme day under way, with one participant to mark. */
async function trainerAtASession(t: TestApp) {
  const g = given(t.db);
  const edition = await g.edition();
  const trainer = await g.person({ name: 'Sanne de Vries' });
  const participant = await g.person({ name: 'Lotte Bakker' });
  await g.enrolment(edition.id, trainer.id, 'trainer');
  await g.enrolment(edition.id, participant.id, 'participant');
  const session = await g.session(edition.id, { startsAt: new Date(Date.now() - 30 * 60_000), durationMinutes: 240 });
  await g.sessionStaff(session.id, trainer.id);
  return { trainer, participant, session, client: await t.loginAs(trainer.email) };
}

async function createToken(client: HttpClient, request: { name?: string; scope: 'read' | 'write'; expiresAt?: string }): Promise<CreatedApiToken> {
  const response = await client.post<CreatedApiToken>('/api/me/tokens', { name: 'HR-export', ...request });
  expect(response.status).toBe(201);
  return response.body;
}

describe('personal API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('acts as the person with a write token, without cookie or CSRF: reads /api/me and saves attendance', async () => {
    const { trainer, participant, session, client } = await trainerAtASession(t);
    const created = await createToken(client, { name: 'Roostersync', scope: 'write' });
    expect(created).toEqual({ id: expect.any(String), token: expect.stringMatching(/^koers_pat_[A-Za-z0-9_-]{43}$/) });
    // Only the hash is kept.
    const [stored] = await t.db.query(`SELECT token_hash AS "tokenHash" FROM api_token WHERE id = $1`, [created.id]);
    expect(stored.tokenHash).toBe(sha256(created.token));

    const script = t.anonymous();
    const me = await script.get('/api/me', bearer(created.token));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: trainer.id, name: 'Sanne de Vries' });
    const marked = await script.put(`/api/sessions/${session.id}/attendance`, [{ personId: participant.id, status: 'present' }], bearer(created.token));
    expect(marked.status).toBe(200);
    const [attendance] = await t.db.query(`SELECT status, recorded_by_person_id AS "recordedBy" FROM attendance WHERE session_id = $1`, [session.id]);
    expect(attendance).toEqual({ status: 'present', recordedBy: trainer.id });

    // Listed with its last use, never with the token.
    const list = await client.get<ApiTokenSummary[]>('/api/me/tokens');
    expect(list.body).toEqual([
      { id: created.id, name: 'Roostersync', scope: 'write', createdAt: expect.any(String), lastUsedAt: expect.any(String), expiresAt: expect.any(String) },
    ]);
    expect(list.text).not.toContain(created.token);
    expect(list.text).not.toContain(stored.tokenHash);
  });

  it('holds exactly the person’s permissions: a participant’s token cannot mark attendance', async () => {
    const { participant, session } = await trainerAtASession(t);
    const token = await createToken(await t.loginAs(participant.email), { scope: 'write' });
    const refused = await t.anonymous().put(`/api/sessions/${session.id}/attendance`, [{ personId: participant.id, status: 'present' }], bearer(token.token));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('forbidden');
  });

  it('still needs the CSRF token on a write with the session cookie', async () => {
    const { participant, session, client } = await trainerAtASession(t);
    const mark = [{ personId: participant.id, status: 'present' }];
    client.csrfToken = undefined;
    const refused = await client.put(`/api/sessions/${session.id}/attendance`, mark);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('csrf_invalid');
    // Only an API token replaces the CSRF token: another bearer value does not.
    expect((await client.put(`/api/sessions/${session.id}/attendance`, mark, { authorization: 'Bearer not-a-koers-token' })).body.error).toBe('csrf_invalid');
    // An unknown token alongside a valid cookie: the token alone decides.
    expect((await client.get('/api/me', bearer('koers_pat_unknown'))).status).toBe(401);
  });

  it('lets a read token read and refuses every write with 403, in the caller’s language', async () => {
    const { participant, session, client } = await trainerAtASession(t);
    const { token } = await createToken(client, { scope: 'read' });
    const script = t.anonymous();
    expect((await script.get(`/api/sessions/${session.id}/roster`, bearer(token))).status).toBe(200);
    const refused = await script.put(`/api/sessions/${session.id}/attendance`, [{ personId: participant.id, status: 'present' }], { ...bearer(token), 'accept-language': 'en' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'api_token_read_only', message: expect.stringContaining('may only read') });
    const dutch = await script.patch('/api/me', { name: 'Iemand anders' }, bearer(token));
    expect(dutch.body).toMatchObject({ error: 'api_token_read_only', message: expect.stringContaining('alleen lezen') });
    expect(await t.db.query(`SELECT 1 FROM attendance WHERE session_id = $1`, [session.id])).toEqual([]);
  });

  it('answers 401 once the token is revoked, and once it has expired', async () => {
    const { client } = await trainerAtASession(t);
    const revoked = await createToken(client, { scope: 'read' });
    const expiring = await createToken(client, { scope: 'read', expiresAt: inDays(1) });
    expect((await t.anonymous().get('/api/me', bearer(revoked.token))).status).toBe(200);
    expect((await t.anonymous().get('/api/me', bearer(expiring.token))).status).toBe(200);

    expect((await client.delete(`/api/me/tokens/${revoked.id}`)).status).toBe(204);
    const afterRevoking = await t.anonymous().get('/api/me', bearer(revoked.token));
    expect(afterRevoking.status).toBe(401);
    // A script cannot log in: it is told its token no longer works, and where to make a new one.
    expect(afterRevoking.body).toMatchObject({ error: 'api_token_invalid', message: expect.stringContaining('Maak een nieuwe onder Mijn instellingen') });
    expect((await client.delete(`/api/me/tokens/${revoked.id}`)).status).toBe(404);

    await t.db.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
    expect((await t.anonymous().get('/api/me', bearer(expiring.token))).status).toBe(401);
  });

  it('lets a write token revoke itself, and not its owner’s other tokens', async () => {
    const { client } = await trainerAtASession(t);
    const [script, other] = [await createToken(client, { scope: 'write' }), await createToken(client, { scope: 'read' })];
    const leaked = t.anonymous();
    const refused = await leaked.delete(`/api/me/tokens/${other.id}`, bearer(script.token));
    expect([refused.status, refused.body.error]).toEqual([403, 'login_session_required']);
    expect((await t.anonymous().get('/api/me', bearer(other.token))).status).toBe(200);
    expect((await leaked.delete(`/api/me/tokens/${script.id}`, bearer(script.token))).status).toBe(204);
    expect((await t.anonymous().get('/api/me', bearer(script.token))).status).toBe(401);

    // Nor through the programme office's route, with an administrator's token.
    const office = await given(t.db).person({ isAdmin: true });
    const officeClient = await t.loginAs(office.email);
    const officeScript = await createToken(officeClient, { scope: 'write' });
    const viaOffice = await t.anonymous().delete(`/api/admin/people/${office.id}/tokens/${other.id}`, bearer(officeScript.token));
    expect([viaOffice.status, viaOffice.body.error]).toEqual([403, 'login_session_required']);
  });

  it('notes the last use at most once a minute, in the lookup itself', async () => {
    const { client } = await trainerAtASession(t);
    const { id, token } = await createToken(client, { scope: 'read' });
    const lastUsed = async () => (await t.db.query(`SELECT last_used_at AS "lastUsedAt" FROM api_token WHERE id = $1`, [id]))[0].lastUsedAt as Date | null;
    expect(await lastUsed()).toBeNull();

    t.queries.reset();
    expect((await t.anonymous().get('/api/me/tokens', bearer(token))).status).toBe(200);
    // The token lookup (noting the use) and the list: no separate write.
    expect(t.queries.count).toBe(2);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await t.anonymous().get('/api/me', bearer(token));
    expect(await lastUsed()).toEqual(first);

    await t.db.query(`UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [id]);
    const stale = await lastUsed();
    await t.anonymous().get('/api/me', bearer(token));
    expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime());
  });

  it('cannot make further tokens, change the password, log out, move an email address, erase anyone, hand out the calendar feed or set up or delete a webhook', async () => {
    const admin = await given(t.db).person({ isAdmin: true });
    const other = await given(t.db).person();
    const office = await t.loginAs(admin.email);
    const { token } = await createToken(office, { scope: 'write' });
    const erasureFeed = (await office.post('/api/webhooks', { url: 'https://hr.example.nl/koers', description: 'HR', events: ['person.erased'] })).body.endpoint.id;
    const script = t.anonymous();
    const refusals = [
      await script.post('/api/me/tokens', { name: 'Nog een', scope: 'write' }, bearer(token)),
      await script.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'een-heel-nieuw-wachtwoord' }, bearer(token)),
      await script.post('/api/auth/logout', undefined, bearer(token)),
      await script.post('/api/auth/logout-everywhere', undefined, bearer(token)),
      await script.patch(`/api/admin/people/${other.id}`, { email: `nieuw-${other.id}@example.nl` }, bearer(token)),
      // Erasing cannot be undone; the feed's address is a secret that would outlive the token.
      await script.delete(`/api/admin/people/${other.id}`, bearer(token)),
      await script.get('/api/me/calendar', bearer(token)),
      await script.post('/api/me/calendar/reset', undefined, bearer(token)),
      // A webhook endpoint, or its secret, is a data feed that would outlive the token.
      await script.post('/api/webhooks', { url: 'https://crm.example.nl/koers', description: 'CRM', events: ['enrolment.created'] }, bearer(token)),
      // Nor can it cut off a system that erases its copies when Koers erases someone.
      await script.delete(`/api/webhooks/${erasureFeed}`, bearer(token)),
    ];
    for (const refused of refusals) expect(refused.body).toMatchObject({ statusCode: 403, error: 'login_session_required' });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM api_token WHERE person_id = $1`, [admin.id])).toEqual([{ n: 1 }]);
    expect((await t.db.query(`SELECT email, erased_at FROM person WHERE id = $1`, [other.id]))[0]).toEqual({ email: other.email, erased_at: null });
    expect((await t.db.query(`SELECT calendar_feed_nonce FROM person WHERE id = $1`, [admin.id]))[0].calendar_feed_nonce).toBeNull();
    expect(await t.db.query(`SELECT 1 FROM webhook_endpoint WHERE url = 'https://crm.example.nl/koers'`)).toEqual([]);
    expect(await t.db.query(`SELECT url FROM webhook_endpoint WHERE id = $1`, [erasureFeed])).toEqual([{ url: 'https://hr.example.nl/koers' }]);
    // Correcting a name is still the programme office's ordinary work.
    expect((await script.patch(`/api/admin/people/${other.id}`, { name: 'Naam Gecorrigeerd' }, bearer(token))).status).toBe(200);
  });

  it('keeps a person at 50 tokens, also when 60 are asked for at once', async () => {
    const { client, trainer } = await trainerAtASession(t);
    for (let round = 0; round < 3; round++) {
      // Close to the limit, where each of the requests at once would count the others' tokens as not there yet.
      await t.db.query(`DELETE FROM api_token WHERE person_id = $1`, [trainer.id]);
      await t.db.query(
        `INSERT INTO api_token (person_id, name, scope, token_hash, expires_at)
         SELECT $1, 'Oud ' || n, 'read', md5(random()::text || n), now() + interval '30 days' FROM generate_series(1, 45) n`,
        [trainer.id],
      );
      const made = await Promise.all(Array.from({ length: 60 }, (_, i) => client.post('/api/me/tokens', { name: `Sync ${i}`, scope: 'read' })));
      expect(made.filter((response) => response.status === 201)).toHaveLength(MAX_API_TOKENS_PER_PERSON - 45);
      expect(new Set(made.filter((response) => response.status !== 201).map((response) => response.body.error))).toEqual(new Set(['api_token_limit']));
      expect(made.find((response) => response.status === 409)!.body.message).toBe('Je hebt al 50 API-sleutels, het maximum. Trek er eerst een in.');
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM api_token WHERE person_id = $1`, [trainer.id]);
      expect(count).toBe(MAX_API_TOKENS_PER_PERSON);
    }
  });

  it('checks the name, scope and expiry', async () => {
    const { client } = await trainerAtASession(t);
    const invalid = [
      { name: '  ', scope: 'read' },
      { name: 'x'.repeat(101), scope: 'read' },
      { name: 'Sync', scope: 'admin' },
      { name: 'Sync', scope: 'read', expiresAt: 'morgen' },
      { name: 'Sync', scope: 'read', expiresAt: '2027-01-01T10:00' },
      { name: 'Sync', scope: 'read', token: 'zelf gekozen' },
    ];
    for (const body of invalid) expect((await client.post('/api/me/tokens', body)).body.error).toBe('validation_failed');
    // A moment without its offset would be read in the server's zone: the answer says what is missing.
    const withoutZone = await client.post('/api/me/tokens', { name: 'Sync', scope: 'read', expiresAt: '2027-01-01T00:00:00' });
    expect(withoutZone.body.fields).toEqual([{ field: 'expiresAt', message: 'Vul een moment in met datum, tijd en tijdzone, zoals 2027-03-09T23:59:00+01:00 of 2027-03-09T22:59:00Z.' }]);
    for (const expiresAt of [inDays(-1), inDays(366)]) {
      const refused = await client.post('/api/me/tokens', { name: 'Sync', scope: 'read', expiresAt });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('api_token_expiry_invalid');
    }
    // Without an expiry it runs for the longest allowed, a year.
    const { id } = await createToken(client, { name: '  Sync  ', scope: 'read' });
    const [row] = await t.db.query(`SELECT name, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days FROM api_token WHERE id = $1`, [id]);
    expect(row).toEqual({ name: 'Sync', days: 365 });
  });

  it('lets the programme office list and revoke anyone’s tokens, and nobody else', async () => {
    const g = given(t.db);
    const admin = await g.person({ isAdmin: true });
    const [owner, outsider] = [await g.person(), await g.person()];
    const ownerClient = await t.loginAs(owner.email);
    const kept = await createToken(ownerClient, { name: 'CRM', scope: 'read' });
    const target = await createToken(ownerClient, { name: 'HR-export', scope: 'write' });

    // Another person cannot see or revoke it, through either route.
    const outsiderClient = await t.loginAs(outsider.email);
    expect((await outsiderClient.get<ApiTokenSummary[]>('/api/me/tokens')).body).toEqual([]);
    expect((await outsiderClient.delete(`/api/me/tokens/${target.id}`)).status).toBe(404);
    expect((await outsiderClient.get(`/api/admin/people/${owner.id}/tokens`)).status).toBe(403);
    expect((await outsiderClient.delete(`/api/admin/people/${owner.id}/tokens/${target.id}`)).status).toBe(403);
    expect((await t.anonymous().get('/api/me', bearer(target.token))).status).toBe(200);

    const office = await t.loginAs(admin.email);
    const listed = await office.get<ApiTokenSummary[]>(`/api/admin/people/${owner.id}/tokens`);
    expect(listed.body.map((token) => token.name)).toEqual(['HR-export', 'CRM']);
    // A token belongs to one person: not found under someone else.
    expect((await office.delete(`/api/admin/people/${outsider.id}/tokens/${target.id}`)).status).toBe(404);
    expect((await office.delete(`/api/admin/people/${owner.id}/tokens/${target.id}`)).status).toBe(204);
    expect((await t.anonymous().get('/api/me', bearer(target.token))).status).toBe(401);
    expect((await t.anonymous().get('/api/me', bearer(kept.token))).status).toBe(200);
    expect((await office.get('/api/admin/people/00000000-0000-4000-8000-000000000000/tokens')).status).toBe(404);
  });
});
