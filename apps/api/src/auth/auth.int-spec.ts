import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { given } from '../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with the right password and answers /api/me with the person and their editions', async () => {
    const person = await given(t.db).person({ name: 'Rebel Een' });
    const edition = await given(t.db).edition({ name: 'HIS-I 9.0' });
    await given(t.db).enrolment(edition.id, person.id, 'participant');

    const client = t.anonymous();
    const login = await client.post('/api/auth/login', { email: person.email.toUpperCase(), password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/koers_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: person.id,
      name: 'Rebel Een',
      email: person.email,
      isAdmin: false,
      locale: 'nl',
      enrolments: [{ editionId: edition.id, editionName: 'HIS-I 9.0', role: 'participant' }],
    });
  });

  it('refuses a wrong password with 401 and a malformed body with 400 naming the fields', async () => {
    const person = await given(t.db).person();
    const wrong = await t.anonymous().post('/api/auth/login', { email: person.email, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: 'invalid_credentials', message: expect.stringContaining('wachtwoord') });

    const malformed = await t.anonymous().post('/api/auth/login', { email: 'geen-email', wachtwoord: 'x' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'password', 'wachtwoord']);

    const english = await t.anonymous().post('/api/auth/login', { email: 'geen-email', password: 'x' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body.fields).toEqual([{ field: 'email', message: 'Enter a valid email address.' }]);
  });

  it('answers 401 without a session and 403 when logged in but not allowed', async () => {
    expect((await t.anonymous().get('/api/me')).status).toBe(401);
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    expect((await client.get('/api/me')).status).toBe(200);
    // Logging out another session's CSRF token is refused: the token is bound to the session.
    const other = await t.loginAs(person.email);
    const stolen = await client.post('/api/auth/logout', undefined, { 'x-csrf-token': other.csrfToken! });
    expect(stolen.status).toBe(403);
  });

  it('rejects a cookie-authenticated write without the CSRF token, and accepts it with the token', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const refused = await client.post('/api/auth/logout');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('csrf_invalid');
    client.csrfToken = token;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('ends a session after the configured inactivity', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    expect((await client.get('/api/me')).status).toBe(200);
    await t.db.query(`UPDATE login_session SET last_seen_at = now() - make_interval(mins => $2) WHERE person_id = $1`, [
      person.id,
      t.config.sessionIdleMinutes + 1,
    ]);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('keeps an active session alive past the idle limit counted from login', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    await t.db.query(`UPDATE login_session SET created_at = now() - interval '3 days', last_seen_at = now() - interval '5 minutes' WHERE person_id = $1`, [person.id]);
    expect((await client.get('/api/me')).status).toBe(200);
    const [{ idle }] = await t.db.query(`SELECT extract(epoch FROM now() - last_seen_at) AS idle FROM login_session WHERE person_id = $1`, [person.id]);
    expect(Number(idle)).toBeLessThan(5);
  });

  it('answers 429 after 10 failed tries for one account, also with the right password', async () => {
    const person = await given(t.db).person();
    for (let i = 0; i < 10; i++) {
      const response = await t.anonymous(`198.51.100.${i}`).post('/api/auth/login', { email: person.email, password: `wrong-${i}` });
      expect(response.status).toBe(401);
    }
    const limited = await t.anonymous('198.51.100.200').post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/15 minuten/);
  });

  it('answers 429 after 10 failed tries from one IP address across accounts', async () => {
    const victim = await given(t.db).person();
    const ip = '192.0.2.77';
    for (let i = 0; i < 9; i++) {
      expect((await t.anonymous(ip).post('/api/auth/login', { email: `someone-${i}@example.nl`, password: 'guess' })).status).toBe(401);
    }
    expect((await t.anonymous(ip).post('/api/auth/login', { email: victim.email, password: 'guess' })).status).toBe(401);
    expect((await t.anonymous(ip).post('/api/auth/login', { email: victim.email, password: TEST_PASSWORD })).status).toBe(429);
    expect((await t.anonymous('192.0.2.78').post('/api/auth/login', { email: victim.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('resets a password with an emailed one-time token and ends the old sessions', async () => {
    const person = await given(t.db).person();
    const oldSession = await t.loginAs(person.email);

    const request = await t.anonymous().post('/api/auth/password-reset/request', { email: person.email });
    expect(request.status).toBe(202);
    const unknown = await t.anonymous().post('/api/auth/password-reset/request', { email: 'niemand@example.nl' });
    expect(unknown.status).toBe(202);

    const outbox = path.join(t.config.dataDir, 'outbox');
    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    const mail = await readFile(path.join(outbox, files[0]), 'utf8');
    expect(mail).toContain(`To: ${person.email}`);
    const body = Buffer.from(mail.split('\r\n\r\n')[2].split('\r\n--')[0].replace(/\r\n/g, ''), 'base64').toString('utf8');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(body)![1]);

    const tooShort = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'kort' });
    expect(tooShort.status).toBe(400);
    const confirm = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'een-nieuw-wachtwoord' });
    expect(confirm.status).toBe(204);
    const again = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'nog-een-wachtwoord' });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('reset_token_invalid');

    expect((await oldSession.get('/api/me')).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { email: person.email, password: 'een-nieuw-wachtwoord' })).status).toBe(200);
  });

  it('sends no reset link to an erased person, so erasure cannot be undone through the outbox', async () => {
    const person = await given(t.db).person();
    await t.db.query(`UPDATE person SET erased_at = now(), email = 'erased-' || id || '@koers.invalid' WHERE id = $1`, [person.id]);
    const [{ email }] = await t.db.query(`SELECT email FROM person WHERE id = $1`, [person.id]);
    const before = await readdir(path.join(t.config.dataDir, 'outbox')).catch(() => []);
    expect((await t.anonymous().post('/api/auth/password-reset/request', { email })).status).toBe(202);
    expect(await readdir(path.join(t.config.dataDir, 'outbox')).catch(() => [])).toEqual(before);
    expect(await t.db.query(`SELECT 1 FROM password_reset_token WHERE person_id = $1`, [person.id])).toEqual([]);
  });
});
