import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * Regions: a regional programme manager sees the organisations of their own region and how they take part, and
 * nothing of another region; the programme office sees every region, puts organisations in regions and decides who
 * manages which.
 */
describe('regions and regional programme managers', () => {
  let t: TestApp;
  let admin: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
  });
  afterAll(() => t.close());

  /** A participant of an organisation in an edition, enrolled long ago so that every held programme day counts. */
  async function participant(editionId: string, organisationId: string, name: string, status: 'active' | 'withdrawn' = 'active') {
    const g = given(t.db);
    const person = await g.person({ name, organisationId });
    const [enrolment] = await t.db.query(
      `INSERT INTO enrolment (edition_id, person_id, role, status, enrolled_at) VALUES ($1, $2, 'participant', $3, '2020-01-01') RETURNING id`,
      [editionId, person.id, status],
    );
    return { ...person, enrolmentId: enrolment.id as string };
  }

  /** Region Noord with its manager, two organisations and people in two editions; region Zuid with one of its own. */
  async function twoRegions(suffix = '') {
    const g = given(t.db);
    const [noord, zuid] = [await g.region(), await g.region()];
    const manager = await g.person();
    await g.regionalManager(noord.id, manager.id);
    const linde = await g.organisation({ name: `Linde Noord${suffix}`, regionId: noord.id });
    const wad = await g.organisation({ name: `Wadzorg Noord${suffix}`, regionId: noord.id });
    const maas = await g.organisation({ name: `Maaszorg Zuid${suffix}`, regionId: zuid.id });
    const done = await g.edition({ name: `HIS-I 1.0 regio${suffix}`, status: 'completed', startDate: '2025-01-14', endDate: '2025-09-10' });
    const running = await g.edition({ name: `HIS-I 2.0 regio${suffix}`, startDate: '2026-11-15', endDate: '2027-07-10' });
    const draft = await g.edition({ name: `HIS-I 3.0 concept${suffix}`, status: 'draft', startDate: '2027-11-15', endDate: '2028-07-10' });
    const days = [await g.session(done.id, { startsAt: '2025-02-04T08:30:00Z' }), await g.session(done.id, { startsAt: '2025-03-04T08:30:00Z' })];

    const anna = await participant(done.id, linde.id, 'Anna Linde');
    const bas = await participant(done.id, linde.id, 'Bas Linde');
    await participant(done.id, linde.id, 'Wim Teruggetrokken', 'withdrawn');
    await participant(running.id, linde.id, 'Cor Linde');
    await participant(draft.id, linde.id, 'Dirk Concept');
    const zoe = await participant(done.id, maas.id, 'Zoë Maas');
    await g.attendance(days[0].id, anna.id, 'present');
    await g.attendance(days[1].id, anna.id, 'late');
    await g.attendance(days[0].id, bas.id, 'present');
    await g.attendance(days[1].id, bas.id, 'absent');
    await g.attendance(days[0].id, zoe.id, 'present');
    await t.db.query(`INSERT INTO completion_reached (enrolment_id) VALUES ($1), ($2)`, [anna.enrolmentId, zoe.enrolmentId]);
    // Not a participant: a director of the organisation takes no place in the figures.
    await g.enrolment(done.id, (await g.person({ organisationId: linde.id })).id, 'director');
    return { noord, zuid, manager, linde, wad, maas, done, running, managerClient: await t.loginAs(manager.email) };
  }

  it('shows a regional programme manager their own region and its organisations, per edition aggregated', async () => {
    const w = await twoRegions();

    const regions = await w.managerClient.get('/api/regions');
    expect(regions.status).toBe(200);
    expect(regions.body).toEqual([{ id: w.noord.id, name: w.noord.name, organisations: 2 }]);

    const overview = await w.managerClient.get(`/api/regions/${w.noord.id}/overview`);
    expect(overview.status).toBe(200);
    expect(overview.body).toEqual({
      region: { id: w.noord.id, name: w.noord.name },
      organisations: {
        total: 2,
        page: 1,
        pageSize: 25,
        items: [
          {
            id: w.linde.id,
            name: 'Linde Noord',
            editions: [
              { editionId: w.running.id, editionName: 'HIS-I 2.0 regio', startDate: '2026-11-15', endDate: '2027-07-10', participants: ['Cor Linde'], attendanceRate: null, completed: 0 },
              // Anna 2 of 2 days, Bas 1 of 2: 3 of 4 together; Anna completed. The withdrawn participant and the draft edition are not there.
              { editionId: w.done.id, editionName: 'HIS-I 1.0 regio', startDate: '2025-01-14', endDate: '2025-09-10', participants: ['Anna Linde', 'Bas Linde'], attendanceRate: 0.75, completed: 1 },
            ],
          },
          { id: w.wad.id, name: 'Wadzorg Noord', editions: [] },
        ],
      },
    });
    expect(JSON.stringify(overview.body)).not.toContain('Maas');

    const me = await w.managerClient.get('/api/me');
    expect(me.body.managedRegions).toEqual([{ id: w.noord.id, name: w.noord.name }]);
  });

  it('refuses a regional programme manager every other region, and everyone without the role every region', async () => {
    const w = await twoRegions(' 2');
    const other = await w.managerClient.get(`/api/regions/${w.zuid.id}/overview`);
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toContain('Maas');
    // A region that does not exist answers the same as one that is not theirs: existence is not revealed.
    expect((await w.managerClient.get('/api/regions/00000000-0000-4000-8000-000000000000/overview')).status).toBe(403);
    expect((await w.managerClient.get(`/api/regions/${w.noord.id}/managers`)).status).toBe(403);

    const participantClient = await t.loginAs((await given(t.db).person({ organisationId: w.linde.id })).email);
    expect((await participantClient.get('/api/regions')).status).toBe(403);
    expect((await participantClient.get(`/api/regions/${w.noord.id}/overview`)).status).toBe(403);

    expect((await admin.get('/api/regions/00000000-0000-4000-8000-000000000000/overview')).status).toBe(404);
    const all = await admin.get('/api/regions');
    expect(all.body.map((region: { id: string }) => region.id)).toEqual(expect.arrayContaining([w.noord.id, w.zuid.id]));
    // The regional networks every installation starts with.
    expect(all.body.map((region: { name: string }) => region.name)).toEqual(expect.arrayContaining(['Groningen/Friesland/Drenthe', 'Salland', 'Zuidoost-Brabant']));
  });

  it('answers the overview in the same number of queries for a larger region, one page at a time', async () => {
    const g = given(t.db);
    const region = await g.region();
    const manager = await g.person();
    await g.regionalManager(region.id, manager.id);
    const client = await t.loginAs(manager.email);
    const editions = [await g.edition(), await g.edition()];
    const addOrganisations = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const organisation = await g.organisation({ regionId: region.id });
        for (const edition of editions) await participant(edition.id, organisation.id, `Deelnemer ${i}`);
      }
    };
    const queriesFor = async () => {
      t.queries.reset();
      const response = await client.get(`/api/regions/${region.id}/overview?pageSize=50`);
      expect(response.status).toBe(200);
      return { count: t.queries.count, organisations: response.body.organisations.items.length };
    };

    await addOrganisations(2);
    const few = await queriesFor();
    await addOrganisations(8);
    const many = await queriesFor();
    expect([few.organisations, many.organisations]).toEqual([2, 10]);
    expect(many.count).toBe(few.count);

    const page = await client.get(`/api/regions/${region.id}/overview?page=2&pageSize=4`);
    expect(page.body.organisations).toMatchObject({ total: 10, page: 2, pageSize: 4 });
    expect(page.body.organisations.items).toHaveLength(4);
    expect(page.body.organisations.items[0].editions).toHaveLength(2);
  });

  it('lets the programme office assign and remove regional programme managers, by the email of an account', async () => {
    const g = given(t.db);
    const region = await g.region();
    const person = await g.person({ name: 'Rita Regio', email: 'rita.regio@example.nl' });

    const assigned = await admin.post(`/api/regions/${region.id}/managers`, { email: '  Rita.Regio@Example.nl ' });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toEqual({ personId: person.id, name: 'Rita Regio', email: 'rita.regio@example.nl' });
    // Again: still one.
    expect((await admin.post(`/api/regions/${region.id}/managers`, { email: 'rita.regio@example.nl' })).status).toBe(201);
    expect((await admin.get(`/api/regions/${region.id}/managers`)).body).toEqual([assigned.body]);

    const rita = await t.loginAs(person.email);
    expect((await rita.get(`/api/regions/${region.id}/overview`)).status).toBe(200);
    // What she may not do: manage regions.
    expect((await rita.post(`/api/regions/${region.id}/managers`, { email: 'rita.regio@example.nl' })).status).toBe(403);

    const unknown = await admin.post(`/api/regions/${region.id}/managers`, { email: 'niemand@example.nl' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('person_not_found');
    const malformed = await admin.post(`/api/regions/${region.id}/managers`, { email: 'geen-adres' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields.map((field: { field: string }) => field.field)).toEqual(['email']);

    expect((await admin.delete(`/api/regions/${region.id}/managers/${person.id}`)).status).toBe(204);
    expect((await admin.get(`/api/regions/${region.id}/managers`)).body).toEqual([]);
    expect((await rita.get(`/api/regions/${region.id}/overview`)).status).toBe(403);
    expect((await rita.get('/api/me')).body.managedRegions).toEqual([]);
  });

  it('takes the regional role away when the person is erased', async () => {
    const g = given(t.db);
    const region = await g.region();
    const person = await g.person();
    await g.regionalManager(region.id, person.id);
    expect((await admin.delete(`/api/admin/people/${person.id}`)).status).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM regional_programme_manager WHERE person_id = $1`, [person.id])).toEqual([]);
  });

  it('lets the programme office put an organisation in a region, or in none', async () => {
    const g = given(t.db);
    const region = await g.region('Regio Testland');
    const organisation = await g.organisation({ name: 'Zorggroep Testland' });

    const set = await admin.patch(`/api/organisations/${organisation.id}`, { regionId: region.id });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ id: organisation.id, name: 'Zorggroep Testland', region: 'midden', networkRegion: { id: region.id, name: 'Regio Testland' }, people: 0 });
    const listed = await admin.get('/api/organisations?search=Testland');
    expect(listed.body.items).toEqual([set.body]);

    const cleared = await admin.patch(`/api/organisations/${organisation.id}`, { regionId: null });
    expect(cleared.body.networkRegion).toBeNull();

    const unknownRegion = await admin.patch(`/api/organisations/${organisation.id}`, { regionId: '00000000-0000-4000-8000-000000000000' });
    expect([unknownRegion.status, unknownRegion.body.error]).toEqual([400, 'region_not_found']);
    const unknownOrganisation = await admin.patch('/api/organisations/00000000-0000-4000-8000-000000000000', { regionId: region.id });
    expect([unknownOrganisation.status, unknownOrganisation.body.error]).toEqual([404, 'organisation_not_found']);
    expect((await admin.patch(`/api/organisations/${organisation.id}`, {})).status).toBe(400);
    expect((await admin.patch(`/api/organisations/${organisation.id}`, { regionId: 'Utrecht' })).status).toBe(400);

    const manager = await g.person();
    await g.regionalManager(region.id, manager.id);
    expect((await (await t.loginAs(manager.email)).patch(`/api/organisations/${organisation.id}`, { regionId: region.id })).status).toBe(403);
  });
});
