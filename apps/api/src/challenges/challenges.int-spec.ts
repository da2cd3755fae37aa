import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

const challenge = { title: 'Slimme sensoren voor een rustige nacht', description: 'Nachtdienst loopt onnodig rondes.', innovation: 'Akoestische sensoren', goal: 'Minder onnodige rondes', phase: 'explore' };

describe('implementation challenge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const g = given(t.db);
    const [edition, otherEdition] = [await g.edition(), await g.edition()];
    const [participant, director, otherDirector, trainer, facilitator, otherTrainer, otherParticipant, teamMember, admin] = await Promise.all(
      Array.from({ length: 9 }, (_, i) => g.person({ isAdmin: i === 8, name: i === 0 ? 'Lotte Bakker' : undefined })),
    );
    const enrolment = await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(edition.id, otherDirector.id, 'director');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, facilitator.id, 'facilitator');
    await g.enrolment(otherEdition.id, otherTrainer.id, 'trainer');
    await g.enrolment(edition.id, otherParticipant.id, 'participant');
    await g.enrolment(edition.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: enrolment.id });
    return { edition, otherEdition, enrolment, participant, director, otherDirector, trainer, facilitator, otherTrainer, otherParticipant, teamMember, admin };
  }

  it('lets the participant describe the challenge, move it through the innovation route and keep a dated log', async () => {
    const w = await world();
    const client = await t.loginAs(w.participant.email);

    const empty = await client.get('/api/me/challenge');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      enrolmentId: w.enrolment.id,
      editionId: w.edition.id,
      editionName: w.edition.name,
      participantName: 'Lotte Bakker',
      described: false,
      title: '',
      description: '',
      innovation: '',
      goal: '',
      phase: 'explore',
      updatedAt: null,
      log: [],
      canComment: true,
      canModerate: false,
    });
    const early = await client.post('/api/me/challenge/log', { entryDate: '2026-11-20', text: 'Eerste gesprek' });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('challenge_not_described');

    const saved = await client.put('/api/me/challenge', { ...challenge, title: `  ${challenge.title} ` });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...challenge, described: true, updatedAt: expect.any(String) });

    const moved = await client.put('/api/me/challenge', { ...challenge, phase: 'direct' });
    expect(moved.body.phase).toBe('direct');

    const first = await client.post('/api/me/challenge/log', { entryDate: '2026-11-20', text: 'Gesprek met de teamleider' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      entryDate: '2026-11-20',
      text: 'Gesprek met de teamleider',
      authorName: 'Lotte Bakker',
      createdAt: expect.any(String),
      comments: [],
    });
    await client.post('/api/me/challenge/log', { entryDate: '2026-11-23', text: 'Inventarisatie' });

    const read = await client.get('/api/me/challenge');
    expect(read.body.log.map((entry: { entryDate: string }) => entry.entryDate)).toEqual(['2026-11-23', '2026-11-20']);
  });

  it('refuses a save from a form filled in before another tab saved, instead of undoing that save unseen', async () => {
    const w = await world();
    const [tabA, tabB] = [await t.loginAs(w.participant.email), await t.loginAs(w.participant.email)];
    // Both tabs open the empty form; the first to save describes it, the second is told so.
    expect((await tabA.put('/api/me/challenge', { ...challenge, basedOn: null })).status).toBe(200);
    const late = await tabB.put('/api/me/challenge', { ...challenge, title: 'Ander vraagstuk', basedOn: null });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: 'challenge_changed', message: expect.stringContaining('in een ander tabblad'), details: { updatedAt: expect.any(String) } });

    const read = (await tabA.get('/api/me/challenge')).body;
    const fromA = await tabA.put('/api/me/challenge', { ...challenge, description: 'Beschrijving uit tab A', basedOn: read.updatedAt });
    expect(fromA.status).toBe(200);
    // The same save sent again (its answer lost on the way) is no change made elsewhere.
    expect((await tabA.put('/api/me/challenge', { ...challenge, description: 'Beschrijving uit tab A', basedOn: read.updatedAt })).status).toBe(200);
    const fromB = await tabB.put('/api/me/challenge', { ...challenge, title: 'Titel uit tab B', basedOn: read.updatedAt });
    expect(fromB.body.error).toBe('challenge_changed');
    expect(fromB.body.details.updatedAt).toBe((await tabA.get('/api/me/challenge')).body.updatedAt);
    expect((await tabA.get('/api/me/challenge')).body).toMatchObject({ title: challenge.title, description: 'Beschrijving uit tab A' });
    // Saved anyway, naming the version it replaces; a save without basedOn (a script) replaces whatever is there.
    expect((await tabB.put('/api/me/challenge', { ...challenge, title: 'Titel uit tab B', basedOn: fromB.body.details.updatedAt })).body.title).toBe('Titel uit tab B');
    expect((await tabB.put('/api/me/challenge', { ...challenge, title: 'Titel van een script' })).status).toBe(200);
  });

  it('validates what the participant sends', async () => {
    const w = await world();
    const client = await t.loginAs(w.participant.email);
    const fields = async (response: Promise<{ status: number; body: any }>) => {
      const { status, body } = await response;
      expect(status).toBe(400);
      return body.fields.map((f: { field: string }) => f.field).sort();
    };
    expect(await fields(client.put('/api/me/challenge', { ...challenge, title: '  ', phase: 'klaar', owner: 'x' }))).toEqual(['owner', 'phase', 'title']);
    await client.put('/api/me/challenge', challenge);
    expect(await fields(client.post('/api/me/challenge/log', { entryDate: '2026-02-30', text: '' }))).toEqual(['entryDate', 'text']);
    expect(await fields(client.post('/api/me/challenge/log', { entryDate: '2999-01-01', text: 'Toekomst' }))).toEqual(['entryDate']);
    expect(await fields(client.post('/api/me/challenge/log', { entryDate: '1900-01-01', text: 'Een verschreven jaar' }))).toEqual(['entryDate']);
    // Told what is likely wrong: the year.
    const mistyped = await client.post('/api/me/challenge/log', { entryDate: '2208-01-18', text: 'Een verschreven eeuw' });
    expect(mistyped.body.fields).toEqual([{ field: 'entryDate', message: 'Kies een datum in deze eeuw: is het jaartal goed getypt?' }]);
  });

  it('is read by the edition’s trainers, the participant’s own director and internal team; 403 for everyone else', async () => {
    const w = await world();
    await (await t.loginAs(w.participant.email)).put('/api/me/challenge', challenge);
    const url = `/api/enrolments/${w.enrolment.id}/challenge`;
    const status = async (email: string | null) => (await (email ? await t.loginAs(email) : t.anonymous()).get(url)).status;

    for (const reader of [w.participant, w.trainer, w.director, w.teamMember, w.admin]) expect(await status(reader.email)).toBe(200);
    // A facilitator reads the challenges of the network groups they lead only (peer-feedback.int-spec): here they lead none.
    for (const outsider of [w.facilitator, w.otherTrainer, w.otherDirector, w.otherParticipant]) expect(await status(outsider.email)).toBe(403);
    expect(await status(null)).toBe(401);
    expect((await (await t.loginAs(w.trainer.email)).get(url)).body).toMatchObject({ title: challenge.title, participantName: 'Lotte Bakker' });
    expect((await (await t.loginAs(w.trainer.email)).get('/api/enrolments/00000000-0000-4000-8000-000000000000/challenge')).status).toBe(403);

    // Only the participant edits: /me/challenge is always one's own, so a trainer has none to change.
    const trainerEdit = await (await t.loginAs(w.trainer.email)).put('/api/me/challenge', challenge);
    expect(trainerEdit.status).toBe(404);
  });

  it('is no longer read by a director the programme office withdrew from the edition', async () => {
    const w = await world();
    await (await t.loginAs(w.participant.email)).put('/api/me/challenge', challenge);
    const url = `/api/enrolments/${w.enrolment.id}/challenge`;
    const director = await t.loginAs(w.director.email);
    expect((await director.get(url)).status).toBe(200);

    const [{ id }] = await t.db.query(`SELECT id FROM enrolment WHERE person_id = $1 AND role = 'director'`, [w.director.id]);
    expect((await (await t.loginAs(w.admin.email)).post(`/api/editions/${w.edition.id}/enrolments/${id}/withdraw`)).status).toBe(200);
    expect((await director.get(url)).status).toBe(403);
  });

  it('is no longer read by the director and internal team of a participant who was withdrawn; staff still reads it', async () => {
    const w = await world();
    await (await t.loginAs(w.participant.email)).put('/api/me/challenge', challenge);
    const url = `/api/enrolments/${w.enrolment.id}/challenge`;
    await t.db.query(`UPDATE edition SET status = 'running' WHERE id = $1`, [w.edition.id]);
    const supporting = async () => (await (await t.loginAs(w.teamMember.email)).get('/api/me/internal-team')).body.supporting;
    expect((await supporting()).map((entry: { challenge: { title: string } | null }) => entry.challenge?.title)).toEqual([challenge.title]);
    expect((await (await t.loginAs(w.admin.email)).post(`/api/editions/${w.edition.id}/enrolments/${w.enrolment.id}/withdraw`)).status).toBe(200);
    for (const [reader, status] of [[w.director, 403], [w.teamMember, 403], [w.trainer, 200], [w.participant, 200]] as const) {
      expect([reader.email, (await (await t.loginAs(reader.email)).get(url)).status]).toEqual([reader.email, status]);
    }
    // Nor does the team member's own page show it any more.
    expect(await supporting()).toEqual([]);
  });

  it('counts a challenge as described only once it has a title: enrolled without one, nobody sees an empty challenge', async () => {
    const w = await world();
    const office = await t.loginAs(w.admin.email);
    const enrolled = await office.post(`/api/editions/${w.edition.id}/enrolments`, { role: 'participant', name: 'Piet Geenvraag', email: `piet.${Date.now()}@zorg.example`, organisation: 'De Linde' });
    expect(enrolled.status).toBe(201);
    expect((await office.get(`/api/enrolments/${enrolled.body.enrolmentId}/challenge`)).body).toMatchObject({ described: false, title: '' });
    const directory = (await office.get(`/api/editions/${w.edition.id}/directory`)).body as { personId: string; challenge: unknown }[];
    expect(directory.find((entry) => entry.personId === enrolled.body.personId)?.challenge).toBeNull();
  });

  it('gives trainers an overview of their edition’s challenges, paginated, in a fixed number of statements', async () => {
    const w = await world();
    await (await t.loginAs(w.participant.email)).put('/api/me/challenge', { ...challenge, phase: 'plan' });
    await (await t.loginAs(w.participant.email)).post('/api/me/challenge/log', { entryDate: '2026-11-20', text: 'Start' });
    const trainer = await t.loginAs(w.trainer.email);

    t.queries.reset();
    const page = await trainer.get(`/api/editions/${w.edition.id}/challenges?pageSize=1`);
    expect(t.queries.count).toBe(3); // login session, edition role, the page
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.body.items).toEqual([
      { enrolmentId: w.enrolment.id, personId: w.participant.id, participantName: 'Lotte Bakker', organisation: null, title: challenge.title, phase: 'plan', updatedAt: expect.any(String), lastLogDate: '2026-11-20' },
    ]);
    expect((await trainer.get(`/api/editions/${w.edition.id}/challenges?page=2&pageSize=1`)).body.items[0]).toMatchObject({ title: null, phase: null });

    expect((await (await t.loginAs(w.otherTrainer.email)).get(`/api/editions/${w.edition.id}/challenges`)).status).toBe(403);
    expect((await (await t.loginAs(w.participant.email)).get(`/api/editions/${w.edition.id}/challenges`)).status).toBe(403);
    expect((await (await t.loginAs(w.director.email)).get(`/api/editions/${w.edition.id}/challenges`)).status).toBe(403);
  });

  it('picks the edition when a person participates in several, and keeps archived editions read-only', async () => {
    const g = given(t.db);
    const person = await g.person();
    const archived = await g.edition({ status: 'archived', startDate: '2025-01-14', endDate: '2025-09-14' });
    const running = await g.edition({ status: 'running' });
    await g.enrolment(archived.id, person.id, 'participant');
    await g.enrolment(running.id, person.id, 'participant');
    const client = await t.loginAs(person.email);

    expect((await client.get('/api/me/challenge')).body.editionId).toBe(running.id);
    expect((await client.get(`/api/me/challenge?editionId=${archived.id}`)).body.editionId).toBe(archived.id);
    const refused = await client.put('/api/me/challenge', { ...challenge, editionId: archived.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('edition_archived');
    expect((await client.put('/api/me/challenge', { ...challenge, editionId: running.id })).status).toBe(200);
    expect((await client.get('/api/me/challenge?editionId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
