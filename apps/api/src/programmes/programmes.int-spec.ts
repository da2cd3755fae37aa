import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';

const slot = (overrides: Record<string, unknown> = {}) => ({
  kind: 'programme_day',
  title: 'Lesdag',
  theme: 'Innovatieroute',
  durationMinutes: 390,
  mode: 'on_site',
  audience: { participants: true, internalTeams: false, directors: false },
  ...overrides,
});

describe('programmes and their curriculum template', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
  });
  afterAll(() => t.close());

  it('lists programmes with the size of their template, in one query', async () => {
    const programme = await given(t.db).programme({ code: 'HIS-I', name: 'Health Innovation School – Implementation' });
    await given(t.db).curriculum(programme.id, 'PPNB', [{ slotIndex: 1, offsetDays: -3 }]);
    await given(t.db).edition({ programmeId: programme.id });
    t.queries.reset();
    const response = await admin.get('/api/programmes');
    expect(response.status).toBe(200);
    expect(response.body).toContainEqual({
      id: programme.id,
      code: 'HIS-I',
      name: 'Health Innovation School – Implementation',
      description: '',
      slotCount: 4,
      assignmentTemplateCount: 1,
      editionCount: 1,
    });
    expect(t.queries.count).toBe(2); // the login session, the list
  });

  it('creates a programme and edits its template: slots in order, assignment templates relative to a slot', async () => {
    const created = await admin.post('/api/programmes', { code: 'MET', name: 'MET-scan in de praktijk', description: 'Vier dagen.' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ code: 'MET', slots: [], assignmentTemplates: [], attendanceThresholdPercent: 80, requireAllAssignmentsApproved: true });
    expect((await admin.post('/api/programmes', { code: 'MET', name: 'Dubbel' })).status).toBe(409);
    // Capitals make no other programme, also when both are sent at once.
    expect((await admin.post('/api/programmes', { code: 'met', name: 'Dubbel' })).body.error).toBe('programme_code_taken');
    const together = await Promise.all(['Zorg-X', 'ZORG-x', 'zorg-X'].map((code) => admin.post('/api/programmes', { code, name: `Zorg ${code}` })));
    expect(together.map((response) => response.status).sort()).toEqual([201, 409, 409]);

    const first = await admin.post(`/api/programmes/${id}/slots`, slot({ title: 'Lesdag 1 – Kick-off' }));
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), position: 1, ...slot({ title: 'Lesdag 1 – Kick-off' }) });
    const network = await admin.post(`/api/programmes/${id}/slots`, slot({ kind: 'network_session', title: 'Netwerksessie', durationMinutes: 120, mode: 'online' }));
    const teamDay = await admin.post(
      `/api/programmes/${id}/slots`,
      slot({ title: 'Lesdag 2 – met het intern team', audience: { participants: true, internalTeams: true, directors: false } }),
    );
    expect([network.body.position, teamDay.body.position]).toEqual([2, 3]);

    const edited = await admin.put(`/api/programmes/${id}/slots/${network.body.id}`, slot({ kind: 'network_session', title: 'Netwerksessie 1', durationMinutes: 150, mode: 'hybrid' }));
    expect(edited.body).toMatchObject({ title: 'Netwerksessie 1', durationMinutes: 150, mode: 'hybrid', position: 2 });

    const template = await admin.post(`/api/programmes/${id}/assignment-templates`, {
      title: 'MET-scan',
      instructions: 'Vul de scan in met twee collega’s.',
      relativeToSlotId: teamDay.body.id,
      offsetDays: -3,
    });
    expect(template.status).toBe(201);
    expect(template.body).toEqual({
      id: expect.any(String),
      title: 'MET-scan',
      instructions: 'Vul de scan in met twee collega’s.',
      relativeToSlotId: teamDay.body.id,
      offsetDays: -3,
      dueTime: '23:59',
    });
    const moved = await admin.put(`/api/programmes/${id}/assignment-templates/${template.body.id}`, {
      title: 'MET-scan',
      relativeToSlotId: first.body.id,
      offsetDays: 7,
      dueTime: '17:00',
    });
    expect(moved.body).toMatchObject({ relativeToSlotId: first.body.id, offsetDays: 7, dueTime: '17:00', instructions: '' });

    const reordered = await admin.put(`/api/programmes/${id}/slots/order`, { slotIds: [first.body.id, teamDay.body.id, network.body.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.slots.map((s: any) => [s.position, s.title])).toEqual([
      [1, 'Lesdag 1 – Kick-off'],
      [2, 'Lesdag 2 – met het intern team'],
      [3, 'Netwerksessie 1'],
    ]);

    const blocked = await admin.delete(`/api/programmes/${id}/slots/${first.body.id}`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toBe('slot_has_assignment_templates');
    expect((await admin.delete(`/api/programmes/${id}/slots/${teamDay.body.id}`)).status).toBe(204);

    const detail = await admin.get(`/api/programmes/${id}`);
    expect(detail.body).toMatchObject({ slotCount: 2, assignmentTemplateCount: 1, editionCount: 0 });
    expect(detail.body.slots.map((s: any) => [s.position, s.title])).toEqual([
      [1, 'Lesdag 1 – Kick-off'],
      [2, 'Netwerksessie 1'],
    ]);
    expect((await admin.delete(`/api/programmes/${id}/assignment-templates/${template.body.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/programmes/${id}/assignment-templates/${template.body.id}`)).status).toBe(404);

    const thresholds = await admin.request('PATCH', `/api/programmes/${id}`, { attendanceThresholdPercent: 75, requireAllAssignmentsApproved: false });
    expect(thresholds.body).toMatchObject({ name: 'MET-scan in de praktijk', attendanceThresholdPercent: 75, requireAllAssignmentsApproved: false });
  });

  it('keeps a slot\'s theme free of escape, bell and direction characters, which calendars and schedules would show', async () => {
    const programme = await given(t.db).programme();
    const created = await admin.post(`/api/programmes/${programme.id}/slots`, slot({ theme: 'Fase\u0007 1\u001b[31m: \u202Eplannen\u202C\r\nen doen' }));
    expect([created.status, created.body.theme]).toEqual([201, 'Fase 1[31m: plannen\nen doen']);
  });

  it('gives a programme a public page by its slug, refuses a taken or malformed slug, and takes the page down with null', async () => {
    const [programme, other] = [await given(t.db).programme(), await given(t.db).programme()];
    const set = await admin.request('PATCH', `/api/programmes/${programme.id}`, { slug: 'met-scan', audience: 'Teams die hun innovatievolwassenheid meten.' });
    expect([set.status, set.body.slug, set.body.audience]).toEqual([200, 'met-scan', 'Teams die hun innovatievolwassenheid meten.']);
    expect((await t.anonymous().get('/api/public/programmes/met-scan')).body.audience).toBe('Teams die hun innovatievolwassenheid meten.');

    const taken = await admin.request('PATCH', `/api/programmes/${other.id}`, { slug: 'met-scan' });
    expect([taken.status, taken.body.error]).toEqual([409, 'programme_slug_taken']);
    for (const slug of ['Met-Scan', 'met--scan', '-met', 'met scan', '']) {
      const malformed = await admin.request('PATCH', `/api/programmes/${other.id}`, { slug });
      expect([slug, malformed.status, malformed.body.fields?.[0]?.field]).toEqual([slug, 400, 'slug']);
    }
    // A change to another field leaves the slug alone; null removes it.
    expect((await admin.request('PATCH', `/api/programmes/${programme.id}`, { name: 'MET-scan' })).body.slug).toBe('met-scan');
    expect((await admin.request('PATCH', `/api/programmes/${programme.id}`, { slug: null })).body.slug).toBeNull();
    expect((await t.anonymous().get('/api/public/programmes/met-scan')).status).toBe(404);
  });

  it('refuses an order that is not every slot once, and slots or templates of another programme', async () => {
    const programme = await given(t.db).programme();
    const other = await given(t.db).programme();
    const { slotIds } = await given(t.db).curriculum(programme.id, 'PPN');
    const { slotIds: otherSlots } = await given(t.db).curriculum(other.id, 'P');

    const partial = await admin.put(`/api/programmes/${programme.id}/slots/order`, { slotIds: slotIds.slice(1) });
    expect([partial.status, partial.body.error]).toEqual([400, 'slot_order_mismatch']);
    const foreign = await admin.post(`/api/programmes/${programme.id}/assignment-templates`, { title: 'X', relativeToSlotId: otherSlots[0], offsetDays: 0 });
    expect([foreign.status, foreign.body.error]).toEqual([400, 'unknown_slot']);
    expect((await admin.put(`/api/programmes/${other.id}/slots/${slotIds[0]}`, slot())).status).toBe(404);
    expect((await admin.delete(`/api/programmes/${other.id}/slots/${slotIds[0]}`)).status).toBe(404);
  });

  it('orders the slots as they are once it holds the template, counting one added while it waited', async () => {
    const programme = await given(t.db).programme();
    const { slotIds } = await given(t.db).curriculum(programme.id, 'PP');
    const added = randomUUID();
    const reordered = await whileLocked(
      t.db,
      { table: 'programme', id: programme.id },
      () => admin.put(`/api/programmes/${programme.id}/slots/order`, { slotIds: [added, slotIds[1], slotIds[0]] }),
      (other) =>
        other.query(
          `INSERT INTO curriculum_slot (id, programme_id, position, kind, title, theme, duration_minutes, mode, audience_participants, audience_internal_teams, audience_directors)
           VALUES ($1, $2, 3, 'network_session', 'Netwerksessie', 'Netwerk', 120, 'online', true, false, false)`,
          [added, programme.id],
        ),
    );
    expect(reordered.status).toBe(200);
    expect(reordered.body.slots.map((s: { id: string; position: number }) => [s.position, s.id])).toEqual([
      [1, added],
      [2, slotIds[1]],
      [3, slotIds[0]],
    ]);
  });

  it('validates slots', async () => {
    const programme = await given(t.db).programme();
    const response = await admin.post(`/api/programmes/${programme.id}/slots`, {
      ...slot({ kind: 'workshop', durationMinutes: 0, audience: { participants: true } }),
      colour: 'red',
    });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: any) => f.field).sort()).toEqual(['audience.directors', 'audience.internalTeams', 'colour', 'durationMinutes', 'kind']);
    // A list where the audience belongs was stored without its flags, and failed in the database (500).
    const listed = await admin.post(`/api/programmes/${programme.id}/slots`, slot({ audience: [] }));
    expect([listed.status, listed.body.fields]).toEqual([400, [{ field: 'audience', message: 'Verwacht velden met hun waarden, geen lijst of losse waarde.' }]]);
    // Issue 13: a malformed id names nothing, like an unknown one (it was 400).
    expect((await admin.get('/api/programmes/not-a-uuid')).status).toBe(404);
    expect((await admin.get('/api/programmes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses a null due time for an assignment template with 400; leaving it out still means 23:59', async () => {
    const programme = await given(t.db).programme();
    const { slotIds } = await given(t.db).curriculum(programme.id, 'P');
    const template = { title: 'Voorbereiding', relativeToSlotId: slotIds[0], offsetDays: -3 };
    const nullTime = await admin.post(`/api/programmes/${programme.id}/assignment-templates`, { ...template, dueTime: null });
    expect([nullTime.status, nullTime.body.fields]).toEqual([400, [expect.objectContaining({ field: 'dueTime' })]]);
    expect((await admin.post(`/api/programmes/${programme.id}/assignment-templates`, template)).body.dueTime).toBe('23:59');
    expect((await admin.get(`/api/programmes/${programme.id}`)).body.assignmentTemplates).toHaveLength(1);
  });

  it('is for the programme office only', async () => {
    const programme = await given(t.db).programme();
    expect((await t.anonymous().get('/api/programmes')).status).toBe(401);
    const trainer = await given(t.db).person();
    await given(t.db).enrolment((await given(t.db).edition({ programmeId: programme.id })).id, trainer.id, 'trainer');
    const client = await t.loginAs(trainer.email);
    expect((await client.get('/api/programmes')).status).toBe(403);
    expect((await client.post(`/api/programmes/${programme.id}/slots`, slot())).status).toBe(403);
  });
});
