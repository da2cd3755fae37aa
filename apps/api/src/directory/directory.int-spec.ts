import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

describe("who's who", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const g = given(t.db);
    const [edition, otherEdition] = [await g.edition(), await g.edition()];
    const zorg = await g.organisation({ region: 'Zuid-Limburg' });
    const lotte = await g.person({ name: 'Lotte Bakker', organisationId: zorg.id });
    const [jan, trainer, director, otherParticipant, admin] = await Promise.all([
      g.person({ name: 'Jan Smit' }),
      g.person({ name: 'Sanne de Vries' }),
      g.person({ name: 'Hans Visser', organisationId: zorg.id }),
      g.person(),
      g.person({ isAdmin: true }),
    ]);
    const lotteEnrolment = await g.enrolment(edition.id, lotte.id, 'participant', { directorPersonId: director.id });
    await g.challenge(lotteEnrolment.id, { title: 'Slimme sensoren', phase: 'plan' });
    await g.enrolment(edition.id, jan.id, 'participant');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(otherEdition.id, otherParticipant.id, 'participant');
    return { edition, zorg, lotte, jan, trainer, director, otherParticipant, admin };
  }

  it("shows an edition's people with organisation, region, role, challenge and introduction to its members, in one statement", async () => {
    const w = await world();
    const lotte = await t.loginAs(w.lotte.email);
    expect((await lotte.put('/api/me/directory-profile', { introduction: '  Verpleegkundige, gek op techniek. ', hidden: false })).body).toEqual({
      introduction: 'Verpleegkundige, gek op techniek.',
      hidden: false,
    });
    const jan = await t.loginAs(w.jan.email);
    t.queries.reset();
    const directory = await jan.get(`/api/editions/${w.edition.id}/directory`);
    expect(t.queries.count).toBe(3); // login session, edition standing, the directory
    expect(directory.status).toBe(200);
    expect(directory.body).toEqual([
      { personId: w.jan.id, name: 'Jan Smit', organisation: null, region: null, role: 'participant', challenge: null, introduction: null },
      {
        personId: w.lotte.id,
        name: 'Lotte Bakker',
        organisation: w.zorg.name,
        region: 'Zuid-Limburg',
        role: 'participant',
        challenge: { title: 'Slimme sensoren', phase: 'plan' },
        introduction: 'Verpleegkundige, gek op techniek.',
      },
      { personId: w.trainer.id, name: 'Sanne de Vries', organisation: null, region: null, role: 'trainer', challenge: null, introduction: null },
      { personId: w.director.id, name: 'Hans Visser', organisation: w.zorg.name, region: 'Zuid-Limburg', role: 'director', challenge: null, introduction: null },
    ]);
    expect(JSON.stringify(directory.body)).not.toContain(w.lotte.email);
  });

  it('is closed to other editions; people who hid themselves are seen by the programme office only', async () => {
    const w = await world();
    const url = `/api/editions/${w.edition.id}/directory`;
    expect((await (await t.loginAs(w.otherParticipant.email)).get(url)).status).toBe(403);
    expect((await t.anonymous().get(url)).status).toBe(401);

    const lotte = await t.loginAs(w.lotte.email);
    expect((await lotte.put('/api/me/directory-profile', { introduction: null, hidden: true })).status).toBe(200);
    expect((await lotte.get('/api/me/directory-profile')).body).toEqual({ introduction: null, hidden: true });
    const names = async (email: string) => (await (await t.loginAs(email)).get(url)).body.map((entry: { name: string }) => entry.name);
    for (const member of [w.jan, w.trainer, w.director, w.lotte]) expect(await names(member.email)).not.toContain('Lotte Bakker');
    const asOffice = (await (await t.loginAs(w.admin.email)).get(url)).body;
    expect(asOffice.find((entry: { personId: string }) => entry.personId === w.lotte.id)).toMatchObject({ name: 'Lotte Bakker', hidden: true });
  });

  it('validates the profile', async () => {
    const w = await world();
    const bad = await (await t.loginAs(w.jan.email)).put('/api/me/directory-profile', { introduction: 'x'.repeat(601), hidden: 'ja' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['hidden', 'introduction']);
  });
});
