import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A multipart/form-data body of these parts (a file when it has a file name), as a browser sends it. */
function form(parts: { field: string; fileName?: string; content: Buffer; contentType?: string }[]) {
  const boundary = `----koers${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    ...parts.flatMap(({ field, fileName, content, contentType = 'application/pdf' }) => [
      Buffer.from(
        fileName === undefined
          ? `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n`
          : `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A multipart/form-data body with one file in the field `file`. */
const multipart = (fileName: string, content: Buffer, contentType = 'application/pdf') => form([{ field: 'file', fileName, content, contentType }]);

function upload(client: HttpClient, sessionId: string, fileName: string, content: Buffer, contentType?: string) {
  const { body, headers } = multipart(fileName, content, contentType);
  return client.post(`/api/sessions/${sessionId}/materials`, body, headers);
}

describe('session page and session record', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const g = given(t.db);
    const organisation = await g.organisation();
    const otherOrganisation = await g.organisation();
    const [edition, otherEdition] = [await g.edition(), await g.edition()];
    const participant = await g.person({ name: 'Lotte Bakker', organisationId: organisation.id });
    const director = await g.person({ organisationId: organisation.id });
    const [trainer, facilitator, otherTrainer, otherParticipant, admin, otherDirector] = await Promise.all([
      g.person({ name: 'Sanne de Vries' }),
      g.person(),
      g.person(),
      g.person(),
      g.person({ isAdmin: true }),
      g.person({ organisationId: otherOrganisation.id }),
    ]);
    await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, facilitator.id, 'facilitator');
    await g.enrolment(otherEdition.id, otherTrainer.id, 'trainer');
    await g.enrolment(otherEdition.id, otherParticipant.id, 'participant');
    await g.enrolment(otherEdition.id, otherDirector.id, 'director');

    const earlier = await g.session(edition.id, { title: 'Lesdag 1', startsAt: '2027-01-12T08:30:00Z' });
    const session = await g.session(edition.id, { title: 'Lesdag 2', startsAt: '2027-02-02T08:30:00Z', mode: 'online' });
    await t.db.query(`UPDATE session SET agenda = $2, theme = 'Innovatieroute fase 1' WHERE id = $1`, [session.id, '09:30 Inloop\n10:00 Opening']);
    await g.sessionStaff(session.id, trainer.id, 'trainer');
    await g.sessionStaff(session.id, facilitator.id, 'facilitator');
    await t.db.query(`INSERT INTO session_staff (session_id, guest_name, guest_organisation, role) VALUES ($1, 'Anne Hoekstra', 'Zorg aan Zet', 'speaker')`, [
      session.id,
    ]);
    await g.assignment(edition.id, { title: 'Te vroeg', dueAt: '2027-01-09T22:59:00Z' });
    await g.assignment(edition.id, { title: 'Beschrijf je vraagstuk', dueAt: '2027-01-30T22:59:00Z' });
    await g.assignment(edition.id, { title: 'Later', dueAt: '2027-02-20T22:59:00Z' });
    await g.attendance(session.id, participant.id, 'excused');
    return { edition, otherEdition, participant, director, trainer, facilitator, otherTrainer, otherParticipant, admin, otherDirector, earlier, session };
  }

  describe('GET /api/sessions/:id', () => {
    it('shows agenda, trainers and speakers, materials, what to prepare and the viewer’s own attendance', async () => {
      const w = await world();
      const response = await (await t.loginAs(w.participant.email)).get(`/api/sessions/${w.session.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: w.session.id,
        editionId: w.edition.id,
        editionName: w.edition.name,
        kind: 'programme_day',
        title: 'Lesdag 2',
        theme: 'Innovatieroute fase 1',
        startsAt: '2027-02-02T08:30:00.000Z',
        endsAt: '2027-02-02T15:00:00.000Z',
        mode: 'online',
        location: 'Utrechtseweg 10, Amersfoort',
        onlineUrl: null,
        hasOnlineLink: true,
        status: 'scheduled',
        movedFrom: null,
        agenda: '09:30 Inloop\n10:00 Opening',
        staff: [
          { id: expect.any(String), personId: w.trainer.id, name: 'Sanne de Vries', organisation: null, role: 'trainer' },
          { id: expect.any(String), personId: w.facilitator.id, name: w.facilitator.name, organisation: null, role: 'facilitator' },
          { id: expect.any(String), personId: null, name: 'Anne Hoekstra', organisation: 'Zorg aan Zet', role: 'speaker' },
        ],
        materials: [],
        assignmentsDue: [{ id: expect.any(String), title: 'Beschrijf je vraagstuk', dueAt: expect.any(String) }],
        record: { notes: '', covered: '', staffNotes: null, notesVersion: 0 },
        myAttendance: 'excused',
        myRoles: ['participant'],
        canRecord: false,
      });
      expect(new Date(response.body.assignmentsDue[0].dueAt).toISOString()).toBe('2027-01-30T22:59:00.000Z');
    });

    it('is open to admins, the edition’s trainers, the facilitators who run it and those expected; 403 for others, 404 for unknown ids', async () => {
      const w = await world();
      const status = async (email: string | null, id = w.session.id) =>
        (await (email ? await t.loginAs(email) : t.anonymous()).get(`/api/sessions/${id}`)).status;

      expect(await status(null)).toBe(401);
      expect(await status(w.participant.email)).toBe(200);
      expect(await status(w.trainer.email)).toBe(200);
      expect(await status(w.facilitator.email)).toBe(200);
      expect(await status(w.admin.email)).toBe(200);
      expect(await status(w.otherParticipant.email)).toBe(403);
      expect(await status(w.otherTrainer.email)).toBe(403);
      // Directors are expected at board meetings, not at programme days, even of their own participant's edition.
      expect(await status(w.director.email)).toBe(403);
      expect(await status(w.otherDirector.email)).toBe(403);
      // An unknown id answers as another edition's session does; the programme office learns it does not exist.
      expect(await status(w.participant.email, '00000000-0000-4000-8000-000000000000')).toBe(403);
      expect(await status(w.admin.email, '00000000-0000-4000-8000-000000000000')).toBe(404);
      // Issue 13: a malformed id names nothing that could exist (it was 400).
      expect(await status(w.participant.email, 'not-a-uuid')).toBe(404);

      const facilitatorView = (await (await t.loginAs(w.facilitator.email)).get(`/api/sessions/${w.session.id}`)).body;
      expect(facilitatorView).toMatchObject({ canRecord: true, myRoles: ['facilitator'], onlineUrl: 'https://meet.example.nl/his' });
      // A facilitator runs the sessions they were put on; another session of the edition is not theirs to open.
      expect(await status(w.facilitator.email, w.earlier.id)).toBe(403);
    });

    it('shows an attendee the online link from 30 minutes before the start', async () => {
      const w = await world();
      const soon = await given(t.db).session(w.edition.id, { startsAt: new Date(Date.now() + 20 * 60_000), mode: 'online' });
      const later = await given(t.db).session(w.edition.id, { startsAt: new Date(Date.now() + 90 * 60_000), mode: 'online' });
      const client = await t.loginAs(w.participant.email);
      expect((await client.get(`/api/sessions/${soon.id}`)).body).toMatchObject({ onlineUrl: 'https://meet.example.nl/his', hasOnlineLink: true });
      expect((await client.get(`/api/sessions/${later.id}`)).body).toMatchObject({ onlineUrl: null, hasOnlineLink: true });
    });
  });

  describe('what to prepare', () => {
    it('lists only what the viewer must still hand in: a participant’s open work, nothing for an internal team, everything for the staff', async () => {
      const w = await world();
      const g = given(t.db);
      await t.db.query(`UPDATE session SET audience_internal_teams = true WHERE id = $1`, [w.session.id]);
      const [participantEnrolment] = await t.db.query(`SELECT id FROM enrolment WHERE person_id = $1 AND edition_id = $2`, [w.participant.id, w.edition.id]);
      const teamMember = await g.person();
      await g.enrolment(w.edition.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: participantEnrolment.id });
      const second = await g.assignment(w.edition.id, { title: 'MET-scan', dueAt: '2027-01-31T22:59:00Z' });
      const [{ id: first }] = await t.db.query(`SELECT id FROM assignment WHERE edition_id = $1 AND title = 'Beschrijf je vraagstuk'`, [w.edition.id]);
      const titles = async (email: string) =>
        ((await (await t.loginAs(email)).get(`/api/sessions/${w.session.id}`)).body.assignmentsDue as { title: string }[]).map(({ title }) => title);

      expect(await titles(w.participant.email)).toEqual(['Beschrijf je vraagstuk', 'MET-scan']);
      expect(await titles(teamMember.email)).toEqual([]);

      // Handed in: it drops out; sent back for revision: it is there again.
      const handedIn = await g.submission(first, w.participant.id);
      await g.submission(second.id, w.participant.id);
      expect(await titles(w.participant.email)).toEqual([]);
      await g.feedback(handedIn.id, 'revise');
      expect(await titles(w.participant.email)).toEqual(['Beschrijf je vraagstuk']);
      expect(await titles(w.trainer.email)).toEqual(['Beschrijf je vraagstuk', 'MET-scan']);
      expect(await titles(w.admin.email)).toEqual(['Beschrijf je vraagstuk', 'MET-scan']);
    });

    it("gives each participant their own deadline: an extension they were given counts", async () => {
      const w = await world();
      const [{ id: assignmentId }] = await t.db.query(`SELECT id FROM assignment WHERE edition_id = $1 AND title = 'Beschrijf je vraagstuk'`, [w.edition.id]);
      await t.db.query(`INSERT INTO assignment_extension (assignment_id, person_id, due_at) VALUES ($1, $2, '2027-02-06T22:59:00Z')`, [assignmentId, w.participant.id]);
      const dueAt = async (email: string) => {
        const [due] = (await (await t.loginAs(email)).get(`/api/sessions/${w.session.id}`)).body.assignmentsDue as { dueAt: string }[];
        return new Date(due.dueAt).toISOString();
      };
      expect(await dueAt(w.participant.email)).toBe('2027-02-06T22:59:00.000Z');
      expect(await dueAt(w.trainer.email)).toBe('2027-01-30T22:59:00.000Z');
    });
  });

  describe('PUT /api/sessions/:id/record', () => {
    it('saves notes and what was covered, and gives the second of two trainers a 409 with the other version', async () => {
      const w = await world();
      const first = await t.loginAs(w.trainer.email);
      const second = await t.loginAs(w.facilitator.email);
      const url = `/api/sessions/${w.session.id}/record`;

      const saved = await first.put(url, { notes: '# Verslag\nGoede dag.', covered: 'Fase 1', notesVersion: 0 });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ notes: '# Verslag\nGoede dag.', covered: 'Fase 1', staffNotes: '', notesVersion: 1 });
      // The same save again (a double click, a retry) finds nothing to merge: it answers what was saved.
      const again = await first.put(url, { notes: '# Verslag\nGoede dag.', covered: 'Fase 1', notesVersion: 0 });
      expect([again.status, again.body]).toEqual([200, saved.body]);

      const conflict = await second.put(url, { notes: 'Mijn versie', covered: '', notesVersion: 0 }, { 'accept-language': 'en' });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({
        error: 'session_record_conflict',
        message: expect.stringContaining('Someone else saved'),
        details: { current: { notes: '# Verslag\nGoede dag.', covered: 'Fase 1', staffNotes: '', notesVersion: 1 } },
      });

      const merged = await second.put(url, { notes: '# Verslag\nGoede dag.\nMijn versie', covered: 'Fase 1', notesVersion: 1 });
      expect(merged.body.notesVersion).toBe(2);
      const page = await (await t.loginAs(w.participant.email)).get(`/api/sessions/${w.session.id}`);
      expect(page.body.record).toEqual({ notes: '# Verslag\nGoede dag.\nMijn versie', covered: 'Fase 1', staffNotes: null, notesVersion: 2 });
    });

    it('keeps the staff’s private notes from participants, directors and everyone else on every endpoint they call', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const secret = 'Alleen-voor-begeleiders: Lotte had het zwaar vandaag';
      const saved = await trainer.put(`/api/sessions/${w.session.id}/record`, { notes: 'Goede dag.', covered: 'Fase 1', staffNotes: secret, notesVersion: 0 });
      expect(saved.body).toEqual({ notes: 'Goede dag.', covered: 'Fase 1', staffNotes: secret, notesVersion: 1 });
      // Saving without staff notes (an older editor) leaves them as they are.
      const kept = await trainer.put(`/api/sessions/${w.session.id}/record`, { notes: 'Goede dag!', covered: 'Fase 1', notesVersion: 1 });
      expect(kept.body.staffNotes).toBe(secret);

      for (const recorder of [w.trainer, w.facilitator, w.admin]) {
        const page = await (await t.loginAs(recorder.email)).get(`/api/sessions/${w.session.id}`);
        expect(page.body.record).toMatchObject({ notes: 'Goede dag!', staffNotes: secret });
      }
      const participant = await t.loginAs(w.participant.email);
      const page = await participant.get(`/api/sessions/${w.session.id}`);
      expect(page.body.record).toEqual({ notes: 'Goede dag!', covered: 'Fase 1', staffNotes: null, notesVersion: 2 });
      const feed = (await participant.get('/api/me/calendar')).body.feedUrl as string;
      for (const [who, path] of [
        [participant, `/api/sessions/${w.session.id}`],
        [participant, '/api/me'],
        [participant, '/api/me/schedule'],
        [participant, '/api/me/export'],
        [participant, `/api/sessions/${w.session.id}/calendar.ics`],
        [participant, new URL(feed).pathname],
        [participant, `/api/sessions/${w.session.id}/materials`],
      ] as const) {
        const response = await who.get(path);
        expect([path, response.status]).toEqual([path, 200]);
        expect(response.text).not.toContain('Alleen-voor-begeleiders');
      }
      const director = await (await t.loginAs(w.director.email)).get(`/api/sessions/${w.session.id}`);
      expect(director.text).not.toContain('Alleen-voor-begeleiders');
      const refused = await participant.put(`/api/sessions/${w.session.id}/record`, { notes: 'x', covered: '', notesVersion: 2 });
      expect(refused.status).toBe(403);
      expect(refused.text).not.toContain('Alleen-voor-begeleiders');
    });

    it('refuses a version beyond what the column holds with 400 instead of a database error', async () => {
      const w = await world();
      const client = await t.loginAs(w.trainer.email);
      const response = await client.put(`/api/sessions/${w.session.id}/record`, { notes: 'Verslag', covered: '', notesVersion: 2 ** 31 });
      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual([{ field: 'notesVersion', message: expect.any(String) }]);
      expect((await client.get(`/api/sessions/${w.session.id}`)).body.record.notesVersion).toBe(0);
    });

    it('is only for the edition’s trainers, facilitators and admins, and validates its input', async () => {
      const w = await world();
      const url = `/api/sessions/${w.session.id}/record`;
      const body = { notes: 'x', covered: '', notesVersion: 0 };
      expect((await (await t.loginAs(w.participant.email)).put(url, body)).status).toBe(403);
      expect((await (await t.loginAs(w.otherTrainer.email)).put(url, body)).status).toBe(403);
      expect((await (await t.loginAs(w.admin.email)).put(url, body)).status).toBe(200);

      const invalid = await (await t.loginAs(w.trainer.email)).put(url, { notes: 5, notesVersion: -1, extra: true });
      expect(invalid.status).toBe(400);
      expect(invalid.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['covered', 'extra', 'notes', 'notesVersion']);
    });
  });

  describe('speakers', () => {
    it('adds and removes guest speakers without an account; only recorders may', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const added = await trainer.post(`/api/sessions/${w.session.id}/speakers`, { name: '  Dr. Mo Haddou ', organisation: 'Zuyd Hogeschool' });
      expect(added.status).toBe(201);
      expect(added.body).toEqual({ id: expect.any(String), personId: null, name: 'Dr. Mo Haddou', organisation: 'Zuyd Hogeschool', role: 'speaker' });

      const participant = await t.loginAs(w.participant.email);
      expect((await participant.post(`/api/sessions/${w.session.id}/speakers`, { name: 'Ik' })).status).toBe(403);
      expect((await trainer.post(`/api/sessions/${w.session.id}/speakers`, { organisation: 'Zonder naam' })).status).toBe(400);
      expect((await participant.delete(`/api/sessions/${w.session.id}/speakers/${added.body.id}`)).status).toBe(403);

      expect((await trainer.delete(`/api/sessions/${w.session.id}/speakers/${added.body.id}`)).status).toBe(204);
      expect((await trainer.delete(`/api/sessions/${w.session.id}/speakers/${added.body.id}`)).status).toBe(404);
      // Trainers are assigned with the schedule; the record editor cannot remove them.
      const trainerRow = (await participant.get(`/api/sessions/${w.session.id}`)).body.staff.find((s: { role: string }) => s.role === 'trainer');
      expect((await trainer.delete(`/api/sessions/${w.session.id}/speakers/${trainerRow.id}`)).status).toBe(404);
    });

    it('adds a speaker sent many times at once (a double click, a retry) once, whatever the capitals', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => trainer.post(`/api/sessions/${w.session.id}/speakers`, { name: i % 2 ? 'Dr. Mo Haddou' : 'dr. mo haddou', organisation: 'Zuyd Hogeschool' })),
      );
      expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([201]));
      expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
      // Someone of the same name from elsewhere is another speaker (beside the world's own Anne Hoekstra of Zorg aan Zet).
      expect((await trainer.post(`/api/sessions/${w.session.id}/speakers`, { name: 'Dr. Mo Haddou', organisation: 'Hogeschool Utrecht' })).body.id).not.toBe(answers[0].body.id);
      const speakers = (await trainer.get(`/api/sessions/${w.session.id}`)).body.staff.filter((s: { role: string }) => s.role === 'speaker');
      expect(speakers.map((s: { organisation: string }) => s.organisation).sort()).toEqual(['Hogeschool Utrecht', 'Zorg aan Zet', 'Zuyd Hogeschool']);
    });
  });

  describe('materials', () => {
    const filesIn = async (dir: string) => (await readdir(dir).catch(() => [])).filter((name) => name !== 'incoming');

    it('uploads, lists, downloads with the original name and deletes a material', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const uploaded = await upload(trainer, w.session.id, 'Presentatie fase één.pdf', PDF);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toEqual({
        id: expect.any(String),
        fileName: 'Presentatie fase één.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
        uploadedAt: expect.any(String),
        uploadedByName: 'Sanne de Vries',
      });

      const participant = await t.loginAs(w.participant.email);
      expect((await participant.get(`/api/sessions/${w.session.id}/materials`)).body).toEqual([uploaded.body]);
      expect((await participant.get(`/api/sessions/${w.session.id}`)).body.materials).toEqual([
        expect.objectContaining({ id: uploaded.body.id, fileName: 'Presentatie fase één.pdf', sizeBytes: PDF.length }),
      ]);

      const download = await participant.get(`/api/sessions/${w.session.id}/materials/${uploaded.body.id}`);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Presentatie fase een.pdf"; filename*=UTF-8''Presentatie%20fase%20%C3%A9%C3%A9n.pdf`,
      );
      expect(download.text).toBe(PDF.toString());
      // Materials follow their session: the director, a member of the edition but not expected at this programme day,
      // may open neither.
      const director = await t.loginAs(w.director.email);
      expect((await director.get(`/api/sessions/${w.session.id}`)).status).toBe(403);
      expect((await director.get(`/api/sessions/${w.session.id}/materials/${uploaded.body.id}`)).status).toBe(403);

      const [{ storageKey }] = await t.db.query(`SELECT storage_key AS "storageKey" FROM session_material WHERE id = $1`, [uploaded.body.id]);
      expect(await filesIn(path.join(t.config.dataDir, 'files'))).toContain(storageKey);
      expect((await participant.delete(`/api/sessions/${w.session.id}/materials/${uploaded.body.id}`)).status).toBe(403);
      expect((await trainer.delete(`/api/sessions/${w.session.id}/materials/${uploaded.body.id}`)).status).toBe(204);
      expect((await participant.get(`/api/sessions/${w.session.id}/materials/${uploaded.body.id}`)).status).toBe(404);
      expect(await filesIn(path.join(t.config.dataDir, 'files'))).not.toContain(storageKey);
    });

    it("keeps the name the browser meant: its escapes for quote and line breaks are not part of it", async () => {
      const w = await world();
      // A browser sends `Rapport "final"<CR><LF>.pdf` so; the quote and line break are then dropped as ever.
      const uploaded = await upload(await t.loginAs(w.trainer.email), w.session.id, 'Rapport %22final%22%0D%0A 100%25.pdf', PDF);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.fileName).toBe('Rapport final 100%25.pdf');
    });

    it('serves materials only to members of the edition', async () => {
      const w = await world();
      const uploaded = await upload(await t.loginAs(w.trainer.email), w.session.id, 'hand-out.pdf', PDF);
      const url = `/api/sessions/${w.session.id}/materials/${uploaded.body.id}`;
      expect((await t.anonymous().get(url)).status).toBe(401);
      expect((await (await t.loginAs(w.otherParticipant.email)).get(url)).status).toBe(403);
      expect((await (await t.loginAs(w.otherTrainer.email)).get(url)).status).toBe(403);
      expect((await (await t.loginAs(w.otherDirector.email)).get(url)).status).toBe(403);
      expect((await (await t.loginAs(w.otherParticipant.email)).get(`/api/sessions/${w.session.id}/materials`)).status).toBe(403);
      // A material id of another session is not found through this session.
      expect((await (await t.loginAs(w.participant.email)).get(`/api/sessions/${w.earlier.id}/materials/${uploaded.body.id}`)).status).toBe(404);
    });

    it('refuses a fake PDF with 415 and a file over 25 MB with 413, leaving nothing behind', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const filesDir = path.join(t.config.dataDir, 'files');
      const before = await filesIn(filesDir);

      const fake = await upload(trainer, w.session.id, 'plan.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
      expect(fake.status).toBe(415);
      expect(fake.body.error).toBe('file_type_not_accepted');

      const huge = Buffer.alloc(25 * 1024 * 1024 + 1, 0x20);
      PDF.copy(huge);
      const tooLarge = await upload(trainer, w.session.id, 'groot.pdf', huge);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body).toMatchObject({ error: 'file_too_large', message: 'groot.pdf is te groot. Bestanden mogen hoogstens 25 MB zijn.' });

      const notMultipart = await trainer.post(`/api/sessions/${w.session.id}/materials`, { file: 'not multipart' });
      expect(notMultipart.status).toBe(415);
      expect(notMultipart.body.error).toBe('unsupported_media_type');

      // A participant may not upload, and their file is never stored.
      expect((await upload(await t.loginAs(w.participant.email), w.session.id, 'mijn.pdf', PDF)).status).toBe(403);

      expect(await filesIn(filesDir)).toEqual(before);
      expect(await readdir(path.join(filesDir, 'incoming')).catch(() => [])).toEqual([]);
      expect((await trainer.get(`/api/sessions/${w.session.id}/materials`)).body).toEqual([]);
    });

    it('refuses a form with a second file, another field or its file in another field with 400, keeping none of it', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const filesDir = path.join(t.config.dataDir, 'files');
      const before = await filesIn(filesDir);
      for (const parts of [
        [
          { field: 'file', fileName: 'a.pdf', content: PDF },
          { field: 'file', fileName: 'b.pdf', content: PDF },
        ],
        [
          { field: 'file', fileName: 'a.pdf', content: PDF },
          { field: 'text', content: Buffer.from('x') },
        ],
        [{ field: 'upload', fileName: 'a.pdf', content: PDF }],
        [
          { field: 'text', content: Buffer.from('x') },
          { field: 'file', fileName: 'a.pdf', content: PDF },
        ],
      ]) {
        const { body, headers } = form(parts);
        const refused = await trainer.post(`/api/sessions/${w.session.id}/materials`, body, headers);
        expect([refused.status, refused.body.error, refused.body.message]).toEqual([400, 'unknown_form_field', 'Stuur precies één bestand, in het veld "file", en verder niets.']);
      }
      // A file input left empty is no file, as for a hand-in.
      const empty = form([{ field: 'file', fileName: '', content: Buffer.alloc(0), contentType: 'application/octet-stream' }]);
      const nothing = await trainer.post(`/api/sessions/${w.session.id}/materials`, empty.body, empty.headers);
      expect([nothing.status, nothing.body.error]).toEqual([400, 'file_missing']);
      expect(await filesIn(filesDir)).toEqual(before);
      expect(await readdir(path.join(filesDir, 'incoming')).catch(() => [])).toEqual([]);
      expect((await trainer.get(`/api/sessions/${w.session.id}/materials`)).body).toEqual([]);
    });

    it('refuses an upload cut off halfway or without a boundary with 400, leaving nothing behind', async () => {
      const w = await world();
      const trainer = await t.loginAs(w.trainer.email);
      const filesDir = path.join(t.config.dataDir, 'files');
      const before = await filesIn(filesDir);
      const form = multipart('plan.pdf', PDF);
      for (const [body, headers] of [
        [form.body.subarray(0, form.body.length - 20), form.headers],
        [form.body.subarray(0, 40), form.headers],
        [form.body, { 'content-type': 'multipart/form-data' }],
      ] as const) {
        const broken = await trainer.post(`/api/sessions/${w.session.id}/materials`, body, headers);
        expect(broken.status).toBe(400);
        expect(broken.body.error).toBe('malformed_upload');
      }
      expect(await filesIn(filesDir)).toEqual(before);
      expect(await readdir(path.join(filesDir, 'incoming')).catch(() => [])).toEqual([]);
    });
  });
});
