import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('GET /api/organisations (admin only)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 401 when not logged in and 403 when logged in without the admin flag', async () => {
    expect((await t.anonymous().get('/api/organisations')).status).toBe(401);
    const participant = await given(t.db).person();
    const response = await (await t.loginAs(participant.email)).get('/api/organisations');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'forbidden', message: expect.any(String) });
  });

  it('pages through organisations with their head count, searchable by name', async () => {
    const admin = await given(t.db).person({ isAdmin: true });
    for (let i = 0; i < 7; i++) await given(t.db).organisation({ name: `Zorggroep Zuid ${i}` });
    const linde = await given(t.db).organisation({ name: 'De Linde' });
    await given(t.db).person({ organisationId: linde.id });
    const client = await t.loginAs(admin.email);

    const page = await client.get('/api/organisations?page=2&pageSize=5');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 8, page: 2, pageSize: 5 });
    expect(page.body.items).toHaveLength(3);

    const found = await client.get('/api/organisations?search=linde');
    expect(found.body.items).toEqual([{ id: linde.id, name: 'De Linde', region: 'midden', networkRegion: null, people: 1 }]);
    // Found as enrolling finds it: a Greek name typed in small letters with its final ς; a % is no wildcard.
    const oikos = await given(t.db).organisation({ name: 'ΟΙΚΟΣ ΦΡΟΝΤΙΔΑΣ' });
    expect((await client.get(`/api/organisations?search=${encodeURIComponent('οικος')}`)).body.items.map((o: { id: string }) => o.id)).toEqual([oikos.id]);
    expect((await client.get('/api/organisations?search=%25')).body.items).toEqual([]);

    const tooBig = await client.get('/api/organisations?pageSize=5000');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.fields).toEqual([{ field: 'pageSize', message: 'Mag hoogstens 100 zijn.' }]);
  });
});
