import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('JSON request bodies the application cannot take', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses nesting deep enough to overflow the DTO transformer with 400, not 500', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    const deep = `{"remindersEnabled":${'['.repeat(20_000)}${']'.repeat(20_000)},"locale":"nl"}`;
    const response = await client.put('/api/me/preferences', deep, { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'json_too_deep', message: expect.any(String), requestId: expect.any(String) });
  });

  it('refuses NUL characters and halves of surrogate pairs with 400 naming the field, storing nothing', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const participant = await g.person();
    const enrolment = await g.enrolment(edition.id, participant.id, 'participant');
    await g.challenge(enrolment.id, { title: 'Slimme sensoren' });
    const client = await t.loginAs(participant.email);

    const nul = await client.put('/api/me/challenge', { title: 'Slimme\u0000sensoren', description: '', innovation: '', goal: '', phase: 'plan' });
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ error: 'validation_failed', fields: [{ field: 'title', message: expect.any(String) }] });
    expect((await client.get('/api/me/challenge')).body.title).toBe('Slimme sensoren');

    // JSON can carry a lone surrogate as an escape; validator's isEmail threw on it.
    const surrogate = await t.anonymous().post('/api/auth/login', '{"email":"\\ud800@example.nl","password":"x"}', { 'content-type': 'application/json' });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.fields).toEqual([{ field: 'email', message: expect.any(String) }]);
  });

  it('refuses a NUL in a search or filter of the query string with 400 naming it, as in a body', async () => {
    const g = given(t.db);
    const edition = await g.edition();
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const urls = [
      ['/api/admin/people?search=a%00', 'search'],
      ['/api/organisations?search=%00', 'search'],
      ['/api/staff?search=%00', 'search'],
      [`/api/editions/${edition.id}/applications?region=%00`, 'region'],
      [`/api/editions/${edition.id}/applications?organisation=%00`, 'organisation'],
    ] as const;
    for (const [url, field] of urls) {
      const response = await admin.get(url, { 'accept-language': 'en' });
      expect([url, response.status, response.body.fields]).toEqual([url, 400, [{ field, message: expect.stringContaining('cannot be stored') }]]);
    }
  });

  it('refuses bytes that are no UTF-8 (a body written as Latin-1) with 400, storing no replacement character', async () => {
    const person = await given(t.db).person({ name: 'Sanne de Vries' });
    const client = await t.loginAs(person.email);
    for (const bytes of [Buffer.from('{"name":"Sanne de Vri\xe9s"}', 'latin1'), Buffer.from([...Buffer.from('{"name":"x'), 0xed, 0xa0, 0x80, ...Buffer.from('y"}')])]) {
      const response = await client.request('PATCH', '/api/me', bytes, { 'content-type': 'application/json; charset=iso-8859-1' });
      expect([response.status, response.body.error]).toEqual([400, 'json_not_utf8']);
    }
    expect((await client.get('/api/me')).body.name).toBe('Sanne de Vries');
    // UTF-8 with a byte order mark, as some Windows tools write it, is still JSON.
    const withBom = await client.request('PATCH', '/api/me', Buffer.from('\ufeff{"name":"Sanne de Vriës"}', 'utf8'), { 'content-type': 'application/json' });
    expect([withBom.status, withBom.body.name]).toEqual([200, 'Sanne de Vriës']);
  });

  it('takes an empty body sent with the JSON type as no body: a DELETE goes through, a write that needs fields names them', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    const token = await client.post('/api/me/tokens', { name: 'Script', scope: 'read' });
    const revoked = await client.request('DELETE', `/api/me/tokens/${token.body.id}`, '', { 'content-type': 'application/json' });
    expect(revoked.status).toBe(204);
    const empty = await client.put('/api/me/preferences', '', { 'content-type': 'application/json' });
    expect([empty.status, empty.body.error]).toEqual([400, 'validation_failed']);
    expect(empty.body.fields.map((field: { field: string }) => field.field).sort()).toEqual(['locale', 'remindersEnabled']);
  });

  it('refuses null or a bare value as the body, so a request whose fields are all optional is not carried out', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'draft' });
    const session = await g.session(edition.id, { title: 'Lesdag 1' });
    const office = await t.loginAs((await g.person({ isAdmin: true })).email);
    for (const body of ['null', '42', '"annuleren"', 'true', '[]', '[{"reason":"ziek"}]']) {
      const refused = await office.post(`/api/editions/${edition.id}/sessions/${session.id}/cancel`, body, { 'content-type': 'application/json' });
      expect([refused.status, refused.body.error]).toEqual([400, 'json_not_object']);
    }
    expect(await t.db.query(`SELECT status FROM session WHERE id = $1`, [session.id])).toEqual([{ status: 'scheduled' }]);
    // A field that would change an object's prototype is named as such, not as broken JSON.
    const poisoned = await office.request('PATCH', '/api/me', '{"__proto__":{"isAdmin":true}}', { 'content-type': 'application/json' });
    expect([poisoned.status, poisoned.body.error]).toEqual([400, 'json_forbidden_field']);
    // A list where fields belong is named as such, not as fields "0", "1" that are unknown (the attendance marks, a list, have their own pipe).
    const list = await office.request('PATCH', '/api/me', ['nl', 'en'], { 'accept-language': 'en' });
    expect([list.status, list.body.error, list.body.message]).toEqual([400, 'json_not_object', 'Send the data as fields with their values ({"field": …}), not as a list, a single value or null.']);
    // An object (here without the optional reason) still does it.
    expect((await office.post(`/api/editions/${edition.id}/sessions/${session.id}/cancel`, {})).status).toBe(200);
  });
});
