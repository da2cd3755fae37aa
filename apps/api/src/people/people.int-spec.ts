import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { PeopleRepository } from './people.repository';

describe('PeopleRepository', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds existing people by email and creates the missing ones, without overwriting anyone', async () => {
    const existing = await given(t.db).person({ name: 'Bestaand', email: 'bestaand@example.nl' });
    const people = t.app.get(PeopleRepository);
    t.queries.reset();
    const result = await people.findOrCreateByEmail([
      { name: 'Andere Naam', email: 'bestaand@example.nl' },
      { name: 'Nieuw', email: 'nieuw@example.nl' },
      { name: 'Nieuw dubbel', email: 'nieuw@example.nl' },
    ]);
    expect(t.queries.count).toBe(1);
    expect(result.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { id: existing.id, name: 'Bestaand', email: 'bestaand@example.nl', created: false },
      { id: expect.any(String), name: 'Nieuw', email: 'nieuw@example.nl', created: true },
    ]);
  });

  it('matches organisations by name regardless of case, each under the name as it was asked for', async () => {
    const people = t.app.get(PeopleRepository);
    const first = await people.findOrCreateOrganisations([{ name: 'Zorggroep Oost', region: 'Gelderland' }]);
    const again = await people.findOrCreateOrganisations([{ name: 'zorggroep oost' }, { name: 'Nieuw Huis' }]);
    expect(again.get('zorggroep oost')).toEqual(first.get('Zorggroep Oost'));
    expect(again.get('Nieuw Huis')).toEqual({ id: expect.any(String), name: 'Nieuw Huis' });
  });

  it('finds an organisation whose name JavaScript and PostgreSQL lower-case differently (Turkish İ, Greek final Σ)', async () => {
    const people = t.app.get(PeopleRepository);
    const names = ['Bakım Evi İstanbul', 'ΟΙΚΟΣ ΦΡΟΝΤΙΔΑΣ ΑΓΙΟΣ'];
    const found = await people.findOrCreateOrganisations(names.map((name) => ({ name })));
    expect(names.map((name) => found.get(name)?.name)).toEqual(names);
    const again = await people.findOrCreateOrganisations(names.map((name) => ({ name })));
    expect(names.map((name) => again.get(name)?.id)).toEqual(names.map((name) => found.get(name)?.id));
  });
});
