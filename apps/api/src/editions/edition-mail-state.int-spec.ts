import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

/** Mail follows the edition's state: a draft mails nobody, publishing mails everyone once, later roles get theirs. */
describe('mail and the edition’s state', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
  });
  afterAll(() => t.close());

  /** What is queued for these addresses, as "email kind", sorted. */
  const queuedFor = async (...emails: string[]): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT p.email || ' ' || d.kind AS entry FROM notification_delivery d JOIN person p ON p.id = d.person_id
          WHERE p.email = ANY($1::text[]) ORDER BY 1`,
        [emails],
      )
    ).map((row: { entry: string }) => row.entry);

  async function draftWithSessions() {
    const edition = await given(t.db).edition({ status: 'draft', capacity: 10 });
    await given(t.db).session(edition.id, { title: 'Lesdag 1' });
    await given(t.db).session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2027-04-13T12:00:00Z' });
    return edition;
  }

  const enrolWithDirector = (editionId: string, tag: string) =>
    admin.post(`/api/editions/${editionId}/enrolments`, {
      role: 'participant',
      name: `Rebel ${tag}`,
      email: `rebel.${tag}@zorg.example`,
      organisation: 'Zorggroep De Linde',
      directorEmail: `directeur.${tag}@zorg.example`,
      directorName: `Directeur ${tag}`,
    });

  it('mails nobody while the edition is a draft, and everyone their invitation and schedule once when it is published', async () => {
    const edition = await draftWithSessions();
    const known = await given(t.db).person();
    await t.db.query(`UPDATE person SET password_hash = 'set' WHERE id = $1`, [known.id]);
    expect((await enrolWithDirector(edition.id, 'draft')).status).toBe(201);
    const sameDirector = { role: 'participant', name: 'Rebel draft 2', email: 'rebel.draft2@zorg.example', organisation: 'Zorggroep De Linde', directorEmail: 'directeur.draft@zorg.example' };
    expect((await admin.post(`/api/editions/${edition.id}/enrolments`, sameDirector)).status).toBe(201);
    const trainer = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'trainer', name: known.name, email: known.email });
    expect(trainer.status).toBe(201);
    const people = ['rebel.draft@zorg.example', 'directeur.draft@zorg.example', known.email];
    expect(await queuedFor(...people)).toEqual([]);

    // Two programme office tabs publish at once, and once more: the same answer each time, the mails queued once.
    const answers = await Promise.all([1, 2].map(() => admin.post(`/api/editions/${edition.id}/status`, { status: 'open' })));
    expect(answers.map((answer) => [answer.status, answer.body.status])).toEqual([
      [200, 'open'],
      [200, 'open'],
    ]);
    expect((await admin.post(`/api/editions/${edition.id}/status`, { status: 'open' })).status).toBe(200);

    // The new accounts get a password link and their schedule; the known trainer has a password (and no session: no schedule).
    expect(await queuedFor(...people)).toEqual([
      'directeur.draft@zorg.example invitation',
      'directeur.draft@zorg.example schedule_published',
      'rebel.draft@zorg.example invitation',
      'rebel.draft@zorg.example schedule_published',
    ]);
    const [director] = await t.db.query(
      `SELECT d.payload->'reason'->>'nl' AS reason FROM notification_delivery d JOIN person p ON p.id = d.person_id
        WHERE p.email = 'directeur.draft@zorg.example' AND d.kind = 'invitation'`,
    );
    expect(director.reason).toMatch(/ als directeur van Rebel draft en Rebel draft 2\.$/);
  });

  it('sends the schedule to a director added through a participant’s director fields in an open edition', async () => {
    const edition = await draftWithSessions();
    await admin.post(`/api/editions/${edition.id}/status`, { status: 'open' });
    expect((await enrolWithDirector(edition.id, 'open')).status).toBe(201);
    expect(await queuedFor('rebel.open@zorg.example', 'directeur.open@zorg.example')).toEqual([
      'directeur.open@zorg.example invitation',
      'directeur.open@zorg.example schedule_published',
      'rebel.open@zorg.example invitation',
      'rebel.open@zorg.example schedule_published',
    ]);
  });

  it('sends the schedule to a trainer newly put on a session of an open edition, not of a draft', async () => {
    for (const status of ['open', 'draft'] as const) {
      const edition = await given(t.db).edition({ status });
      const session = await given(t.db).session(edition.id, { title: 'Lesdag 2' });
      const trainer = await given(t.db).person();
      const staffed = await admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, { staff: [{ personId: trainer.id, role: 'trainer' }] });
      expect(staffed.status).toBe(200);
      expect(await queuedFor(trainer.email)).toEqual(status === 'open' ? [`${trainer.email} schedule_published`] : []);
    }
  });

  it('tells staff already in an open edition which sessions they now run and no longer run, as invitations and cancellations', async () => {
    const edition = await given(t.db).edition({ status: 'open' });
    const [day7, day8] = [await given(t.db).session(edition.id, { title: 'Lesdag 7' }), await given(t.db).session(edition.id, { title: 'Lesdag 8', startsAt: '2027-04-20T08:30:00Z' })];
    const facilitator = await given(t.db).person();
    await admin.put(`/api/editions/${edition.id}/sessions/${day7.id}/staff`, { staff: [{ personId: facilitator.id, role: 'facilitator' }] });
    // Their schedule (Lesdag 7) went out; a change after it is a calendar update of its own.
    await t.db.query(`UPDATE notification_delivery SET status = 'sent', sent_at = now() WHERE person_id = $1`, [facilitator.id]);

    expect((await admin.put(`/api/editions/${edition.id}/sessions/${day7.id}/staff`, { staff: [] })).status).toBe(200);
    expect((await admin.put(`/api/editions/${edition.id}/sessions/${day8.id}/staff`, { staff: [{ personId: facilitator.id, role: 'facilitator' }] })).status).toBe(200);
    const updates = await t.db.query(
      `SELECT payload->'added' AS added, payload->'removed' AS removed, payload->>'why' AS why FROM notification_delivery
        WHERE person_id = $1 AND kind = 'calendar_updated' AND status = 'pending'`,
      [facilitator.id],
    );
    // Taken off one and put on the other before the first update went out: one mail that says both.
    expect(updates).toEqual([{ added: [day8.id], removed: [day7.id], why: 'staff_changed' }]);

    // A trainer enrolled first, with no session yet, gets the sessions they are planned on as invitations.
    const trainer = await given(t.db).person();
    await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
    expect((await admin.post(`/api/editions/${edition.id}/staff`, { personId: trainer.id, role: 'trainer', kinds: ['programme_day'] })).body.added).toBe(2);
    expect(await queuedFor(trainer.email)).toEqual([`${trainer.email} calendar_updated`]);
  });

  describe('deleting an edition', () => {
    it('deletes a draft with its sessions and enrolments in one go; the people stay', async () => {
      const edition = await draftWithSessions();
      await enrolWithDirector(edition.id, 'gone');
      const material = await t.db.query(
        `INSERT INTO session_material (session_id, file_name, content_type, size_bytes, storage_key)
         SELECT id, 'agenda.pdf', 'application/pdf', 10, gen_random_uuid()::text FROM session WHERE edition_id = $1 LIMIT 1 RETURNING id`,
        [edition.id],
      );
      expect(material).toHaveLength(1);

      expect((await admin.delete(`/api/editions/${edition.id}`)).status).toBe(204);
      expect((await admin.get(`/api/editions/${edition.id}`)).status).toBe(404);
      const [left] = await t.db.query(
        `SELECT (SELECT count(*) FROM session WHERE edition_id = $1)::int AS sessions,
                (SELECT count(*) FROM enrolment WHERE edition_id = $1)::int AS enrolments,
                (SELECT count(*) FROM person WHERE email IN ('rebel.gone@zorg.example', 'directeur.gone@zorg.example'))::int AS people`,
        [edition.id],
      );
      expect(left).toEqual({ sessions: 0, enrolments: 0, people: 2 });
      expect((await admin.delete(`/api/editions/${edition.id}`)).status).toBe(404);
    });

    it('refuses a published edition with 409, and anyone but the programme office with 403', async () => {
      const open = await given(t.db).edition({ status: 'open' });
      const refused = await admin.delete(`/api/editions/${open.id}`, { 'accept-language': 'en' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: 'edition_not_draft', message: expect.stringContaining('Only a draft edition') });

      const draft = await given(t.db).edition({ status: 'draft' });
      const trainer = await given(t.db).person();
      await given(t.db).enrolment(draft.id, trainer.id, 'trainer');
      expect((await (await t.loginAs(trainer.email)).delete(`/api/editions/${draft.id}`)).status).toBe(403);
      expect((await t.db.query(`SELECT 1 FROM edition WHERE id = $1`, [draft.id])).length).toBe(1);
    });
  });
});
