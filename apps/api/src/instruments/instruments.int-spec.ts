import type { InstrumentVersionRequest, InstrumentVersionView, InstrumentView } from '@koers/shared/measurements';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';

const content = (statement: string): InstrumentVersionRequest => ({
  dimensions: [
    { name: 'Leiderschap', items: [{ statement, scale: 'in_place_3', freeTextAllowed: false }] },
    {
      name: 'Samen leren',
      items: [
        { statement: 'We staan stil bij wat goed gaat.', scale: 'agree_1_5', freeTextAllowed: true },
        { statement: 'We vieren successen.', scale: 'agree_1_5', freeTextAllowed: false },
      ],
    },
  ],
});

describe('instruments (Instrumenten)', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
  });

  afterAll(() => t?.close());

  const instruments = async () => {
    const response = await admin.get<InstrumentView[]>('/api/instruments');
    expect(response.status).toBe(200);
    return response.body;
  };
  const byKind = async (kind: InstrumentView['kind']) => (await instruments()).find((instrument) => instrument.kind === kind)!;

  it('ships the two example instruments, published as version 1, clearly labelled as examples', async () => {
    const list = await instruments();
    expect(list.map(({ name, kind, isExample }) => ({ name, kind, isExample }))).toEqual([
      { name: 'Innovatiescan (voorbeeld)', kind: 'innovation_scan', isExample: true },
      { name: 'Samenwerkingsthermometer (voorbeeld)', kind: 'collaboration_thermometer', isExample: true },
    ]);
    const [scan, thermometer] = list.map((instrument) => instrument.versions[0]);
    expect(scan.number).toBe(1);
    expect(scan.publishedAt).not.toBeNull();
    expect(scan.dimensions.map((dimension) => dimension.name)).toEqual([
      'Strategie en visie',
      'Leiderschap',
      'Cultuur en mensen',
      'Processen',
      'Technologie en data',
      'Samenwerking in de regio',
    ]);
    expect(thermometer.dimensions.map((dimension) => dimension.name)).toEqual(['Gezamenlijk doel', 'Vertrouwen', 'Rollen en taken', 'Communicatie', 'Samen leren']);
    for (const dimension of [...scan.dimensions, ...thermometer.dimensions]) {
      expect(dimension.items.length).toBeGreaterThanOrEqual(4);
      expect(dimension.items.length).toBeLessThanOrEqual(6);
      expect(dimension.items.map((item) => item.position)).toEqual(dimension.items.map((_, index) => index + 1));
    }
    expect(new Set(scan.dimensions.flatMap((dimension) => dimension.items.map((item) => item.scale)))).toEqual(new Set(['in_place_3']));
    expect(new Set(thermometer.dimensions.flatMap((dimension) => dimension.items.map((item) => item.scale)))).toEqual(new Set(['agree_1_5']));
  });

  it('creates a draft copied from the latest version, edits it, and publishes it; the published versions stay as they were', async () => {
    const scan = await byKind('innovation_scan');
    const original = scan.versions[0];

    const created = await admin.post<InstrumentVersionView>(`/api/instruments/${scan.id}/versions`);
    expect(created.status).toBe(201);
    const draft = created.body;
    expect(draft).toMatchObject({ instrumentId: scan.id, number: original.number + 1, publishedAt: null });
    const withoutIds = (version: InstrumentVersionView) =>
      version.dimensions.map(({ name, position, items }) => ({ name, position, items: items.map(({ id: _id, ...item }) => item) }));
    expect(withoutIds(draft)).toEqual(withoutIds(original));
    expect(draft.dimensions[0].id).not.toBe(original.dimensions[0].id);

    // One draft at a time: a second is refused until this one is published.
    expect((await admin.post(`/api/instruments/${scan.id}/versions`)).body.error).toBe('instrument_draft_exists');

    const edited = await admin.put<InstrumentVersionView>(`/api/instrument-versions/${draft.id}`, content('  Bestuurders dragen innovatie uit.  '));
    expect(edited.status).toBe(200);
    expect(withoutIds(edited.body)).toEqual([
      { name: 'Leiderschap', position: 1, items: [{ position: 1, statement: 'Bestuurders dragen innovatie uit.', scale: 'in_place_3', freeTextAllowed: false }] },
      {
        name: 'Samen leren',
        position: 2,
        items: [
          { position: 1, statement: 'We staan stil bij wat goed gaat.', scale: 'agree_1_5', freeTextAllowed: true },
          { position: 2, statement: 'We vieren successen.', scale: 'agree_1_5', freeTextAllowed: false },
        ],
      },
    ]);

    const published = await admin.post<InstrumentVersionView>(`/api/instrument-versions/${draft.id}/publish`);
    expect(published.status).toBe(200);
    expect(Date.parse(published.body.publishedAt!)).toBeGreaterThan(Date.parse(original.publishedAt!));

    // Published, the version no longer changes: not edited, not published again.
    const refused = await admin.put(`/api/instrument-versions/${draft.id}`, content('Nog een wijziging.'), { 'accept-language': 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('instrument_version_published');
    expect(refused.body.message).toMatch(/Create a new version/);
    expect((await admin.post(`/api/instrument-versions/${draft.id}/publish`)).status).toBe(409);
    expect((await admin.put(`/api/instrument-versions/${original.id}`, content('Nog een wijziging.'))).status).toBe(409);

    const after = await byKind('innovation_scan');
    expect(after.versions.map((version) => version.number)).toEqual([2, 1]);
    expect(after.versions[0]).toEqual(published.body);
    expect(after.versions[1]).toEqual(original);

    // The next draft starts from the newest version.
    const next = await admin.post<InstrumentVersionView>(`/api/instruments/${scan.id}/versions`);
    expect(next.body.number).toBe(3);
    expect(withoutIds(next.body)).toEqual(withoutIds(published.body));
  });

  it('lists every instrument, version, dimension and item in a fixed number of statements', async () => {
    const statementsToList = async () => {
      t.queries.reset();
      await instruments();
      return t.queries.count;
    };
    const before = await statementsToList();
    const thermometer = await byKind('collaboration_thermometer');
    for (let round = 0; round < 3; round++) {
      const draft = (await admin.post<InstrumentVersionView>(`/api/instruments/${thermometer.id}/versions`)).body;
      await admin.put(`/api/instrument-versions/${draft.id}`, content(`Stelling ${round}`));
      await admin.post(`/api/instrument-versions/${draft.id}/publish`);
    }
    expect((await byKind('collaboration_thermometer')).versions).toHaveLength(4);
    expect(await statementsToList()).toBe(before);
    expect(before).toBeLessThanOrEqual(2); // the session check and the list
  });

  it('validates a draft’s content with a message, and answers 404 for versions and instruments that do not exist', async () => {
    const thermometer = await byKind('collaboration_thermometer');
    const draft = thermometer.versions.find((version) => version.publishedAt === null)
      ?? (await admin.post<InstrumentVersionView>(`/api/instruments/${thermometer.id}/versions`)).body;
    const bad = [
      { dimensions: [] },
      { dimensions: [{ name: 'Leeg', items: [] }] },
      { dimensions: [{ name: ' ', items: [{ statement: 'Stelling', scale: 'agree_1_5', freeTextAllowed: false }] }] },
      { dimensions: [{ name: 'Schaal', items: [{ statement: 'Stelling', scale: 'agree_1_7', freeTextAllowed: false }] }] },
      { dimensions: [{ name: 'Lang', items: [{ statement: 'x'.repeat(501), scale: 'agree_1_5', freeTextAllowed: false }] }] },
      { dimensions: [{ name: 'Tekst', items: [{ statement: 'Stelling', scale: 'agree_1_5' }] }] },
      { dimensions: ['Leiderschap'] },
    ];
    for (const body of bad) {
      const response = await admin.put(`/api/instrument-versions/${draft.id}`, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.message).toEqual(expect.any(String));
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.put(`/api/instrument-versions/${unknown}`, content('Stelling'))).status).toBe(404);
    expect((await admin.post(`/api/instrument-versions/${unknown}/publish`)).status).toBe(404);
    expect((await admin.post(`/api/instruments/${unknown}/versions`)).status).toBe(404);
  });

  it('is for the programme office only', async () => {
    const trainer = await t.loginAs((await given(t.db).person()).email);
    const scan = await byKind('innovation_scan');
    const draftId = scan.versions.find((version) => version.publishedAt === null)!.id;
    expect((await trainer.get('/api/instruments')).status).toBe(403);
    expect((await trainer.post(`/api/instruments/${scan.id}/versions`)).status).toBe(403);
    expect((await trainer.put(`/api/instrument-versions/${draftId}`, content('Stelling'))).status).toBe(403);
    expect((await trainer.post(`/api/instrument-versions/${draftId}/publish`)).status).toBe(403);
    expect((await t.anonymous().get('/api/instruments')).status).toBe(401);
    expect((await byKind('innovation_scan')).versions.find((version) => version.id === draftId)!.publishedAt).toBeNull();
  });

  it('answers a draft asked for while another is being made with 409, also with 60 at once, and makes one', async () => {
    const thermometer = await byKind('collaboration_thermometer');
    const open = thermometer.versions.find((version) => version.publishedAt === null);
    if (open) expect((await admin.post(`/api/instrument-versions/${open.id}/publish`)).status).toBe(200);
    const drafts = async () => (await byKind('collaboration_thermometer')).versions.filter((version) => version.publishedAt === null);

    // Someone else's draft is committed while this request waits for the instrument's lock.
    const raced = await whileLocked(
      t.db,
      { table: 'instrument', id: thermometer.id },
      () => admin.post(`/api/instruments/${thermometer.id}/versions`),
      (other) =>
        other.query(`INSERT INTO instrument_version (instrument_id, number) SELECT $1, max(number) + 1 FROM instrument_version WHERE instrument_id = $1`, [
          thermometer.id,
        ]),
    );
    expect([raced.status, raced.body.error]).toEqual([409, 'instrument_draft_exists']);
    expect(await drafts()).toHaveLength(1);

    await t.db.query(`DELETE FROM instrument_version WHERE instrument_id = $1 AND published_at IS NULL`, [thermometer.id]);
    const answers = await Promise.all(Array.from({ length: 60 }, () => admin.post(`/api/instruments/${thermometer.id}/versions`)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array<number>(59).fill(409)]);
    expect(await drafts()).toHaveLength(1);
  });
});
