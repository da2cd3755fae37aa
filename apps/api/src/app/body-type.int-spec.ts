import { gzipSync } from 'node:zlib';
import { given } from '../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';

describe('request bodies other than JSON, and writes from other sites', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' });
  });
  afterAll(() => t.close());

  const sessionsOf = async (personId: string) => (await t.db.query(`SELECT 1 FROM login_session WHERE person_id = $1`, [personId])).length;

  it('refuses a form post, text or multipart body with 415 and the one error body, before anything is stored', async () => {
    const person = await given(t.db).person();
    const form = `email=${encodeURIComponent(person.email)}&password=${encodeURIComponent(TEST_PASSWORD)}`;
    for (const [body, type] of [
      [form, 'application/x-www-form-urlencoded'],
      [JSON.stringify({ email: person.email, password: TEST_PASSWORD }), 'text/plain'],
      [JSON.stringify({ email: person.email, password: TEST_PASSWORD }), 'text/plain;charset=UTF-8'],
      ['--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.nl\r\n--x--\r\n', 'multipart/form-data; boundary=x'],
      ['naam;e-mail\r\nA;a@b.nl', 'text/csv'],
      ['<a/>', 'application/xml'],
      [JSON.stringify({ email: person.email, password: TEST_PASSWORD }), 'application/merge-patch+json'],
      [JSON.stringify({ email: person.email, password: TEST_PASSWORD }), ''],
    ]) {
      const response = await t.anonymous().post('/api/auth/login', body, type ? { 'content-type': type } : {});
      expect({ type, status: response.status }).toEqual({ type, status: 415 });
      expect(response.body).toMatchObject({
        statusCode: 415,
        error: 'unsupported_media_type',
        message: 'Dit soort inhoud wordt hier niet geaccepteerd. Stuur de gegevens als application/json (Content-Type).',
        requestId: expect.any(String),
      });
    }
    expect(await sessionsOf(person.id)).toBe(0);

    // A NUL byte in a form field used to reach the database and answer 500.
    const client = await t.loginAs(person.email);
    const nul = await client.put('/api/me/preferences', 'remindersEnabled=true&locale=n%00l', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(nul.status).toBe(415);
    expect((await client.put('/api/me/preferences', { remindersEnabled: true, locale: 'en' })).status).toBe(200);
  });

  it('takes multipart only on upload routes and CSV only on the import', async () => {
    const g = given(t.db);
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const edition = await g.edition();
    const csv = await admin.post(`/api/editions/${edition.id}/enrolments/import`, 'naam;e-mail;rol\r\nAnna;anna@example.nl;deelnemer\r\n', { 'content-type': 'text/csv' });
    expect(csv.status).not.toBe(415);
    const multipartImport = await admin.post(`/api/editions/${edition.id}/enrolments/import`, '--x\r\n\r\n--x--\r\n', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(multipartImport.status).toBe(415);
    const csvElsewhere = await admin.post(`/api/editions/${edition.id}/enrolments`, 'naam;e-mail\r\n', { 'content-type': 'text/csv' });
    expect(csvElsewhere.status).toBe(415);
    // A CSV sent as JSON is no JSON: the import names the types it takes, as for any other type it does not take.
    const csvAsJson = await admin.post(`/api/editions/${edition.id}/enrolments/import`, 'naam;e-mail;rol\r\nAnna;anna@example.nl;deelnemer\r\n', { 'content-type': 'application/json' });
    expect([csvAsJson.status, csvAsJson.body.error]).toEqual([415, 'unsupported_media_type']);
    expect(csvAsJson.body.message).toContain('text/csv');
    // On a route that takes JSON, JSON that does not parse says so.
    const broken = await admin.post(`/api/editions/${edition.id}/enrolments`, '{"name": "Anna",', { 'content-type': 'application/json', 'accept-language': 'en' });
    expect([broken.status, broken.body.error, broken.body.message]).toEqual([400, 'json_malformed', 'The data is not valid JSON. Check its quotes, commas and brackets.']);
  });

  it('refuses a compressed body with 415 saying so, whatever its type, and takes one marked as not compressed', async () => {
    const g = given(t.db);
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const edition = await g.edition();
    const file = 'naam;e-mail;organisatie\r\nAnna;anna.gzip@example.nl;Zorg\r\n';
    for (const [url, body, type] of [
      [`/api/editions/${edition.id}/enrolments/import?dryRun=false`, gzipSync(file), 'text/csv'],
      [`/api/editions/${edition.id}/enrolments`, gzipSync(JSON.stringify({ role: 'participant', name: 'Anna', email: 'anna.gzip@example.nl', organisation: 'Zorg' })), 'application/json'],
    ] as const) {
      const refused = await admin.post(url, body, { 'content-type': type, 'content-encoding': 'gzip' });
      expect([type, refused.status, refused.body.error]).toEqual([type, 415, 'content_encoding_not_accepted']);
      expect(refused.body.message).toContain('zonder compressie');
    }
    expect(await t.db.query(`SELECT 1 FROM person WHERE email = 'anna.gzip@example.nl'`)).toEqual([]);
    const identity = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, file, { 'content-type': 'text/csv', 'content-encoding': 'identity' });
    expect(identity.status).toBe(200);
  });

  it('refuses writes that a browser sends from another site, the login included, and takes them from Koers itself', async () => {
    const person = await given(t.db).person();
    const login = (headers: Record<string, string>) => t.anonymous().post('/api/auth/login', { email: person.email, password: TEST_PASSWORD }, headers);

    const crossSite = await login({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error).toBe('cross_site_request');
    expect((await login({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await login({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await login({ origin: 'null' })).status).toBe(403);
    expect(await sessionsOf(person.id)).toBe(0);

    expect((await login({ 'sec-fetch-site': 'same-origin', origin: 'https://koers.example.nl' })).status).toBe(200);
    expect((await login({ origin: 'https://koers.example.nl' })).status).toBe(200);
    expect((await login({})).status).toBe(200);

    // Logged in, with the right CSRF token, still refused from another site; reads are not affected.
    const client = await t.loginAs(person.email);
    expect((await client.put('/api/me/preferences', { remindersEnabled: false, locale: 'nl' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await client.get('/api/me', { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
    expect((await client.put('/api/me/preferences', { remindersEnabled: false, locale: 'nl' }, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});
