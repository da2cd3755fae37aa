import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { given } from '../../test/builders';
import { wordDocument, wordDocumentUnpackingTo, zipArchive } from '../../test/zip-archive';
import { createTestApp, type TestApp } from '../../test/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR);

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, files: { name: string; content: Buffer; field?: string }[] = []) {
  const boundary = `----koers${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'files[]'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('handing in work', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setup(assignment: { dueAt?: Date; cutoffAt?: Date | null } = {}) {
    const g = given(t.db);
    const edition = await g.edition();
    const [trainer, participant, classmate] = [await g.person(), await g.person({ name: 'Zoë Brouwer' }), await g.person()];
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, participant.id, 'participant');
    await g.enrolment(edition.id, classmate.id, 'participant');
    const work = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: assignment.dueAt ?? inHours(48), cutoffAt: assignment.cutoffAt ?? null });
    return { edition, trainer, participant, classmate, assignment: work };
  }

  const storedFiles = async () => (await readdir(path.join(t.config.dataDir, 'files')).catch(() => [])).filter((name) => name !== 'incoming');

  it('stores text and files as version 1 and shows them back with the status', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const form = multipart({ text: 'Mijn plan: sensoren in de nacht.' }, [{ name: 'Plan van aanpak – versie ë.pdf', content: PDF }]);

    const created = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ submissionId: expect.any(String), version: 1, late: false });

    const mine = await client.get(`/api/assignments/${assignment.id}/my-submission`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'submitted', canSubmit: true, assignment: { title: 'Plan van aanpak', mine: { status: 'submitted' } } });
    expect(mine.body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        text: 'Mijn plan: sensoren in de nacht.',
        late: false,
        feedback: [],
        files: [expect.objectContaining({ fileName: 'Plan van aanpak – versie ë.pdf', contentType: 'application/pdf', sizeBytes: PDF.length })],
      }),
    ]);

    const download = await client.get(mine.body.versions[0].files[0].downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''Plan%20van%20aanpak%20%E2%80%93%20versie%20%C3%AB.pdf`);
    expect(download.raw.equals(PDF)).toBe(true);
  });

  it('keeps every version when the participant hands in again', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    for (const text of ['Eerste versie', 'Tweede versie', 'Derde versie']) {
      const form = multipart({ text });
      expect((await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers)).body.version).toBeGreaterThan(0);
    }
    const mine = await client.get(`/api/assignments/${assignment.id}/my-submission`);
    expect(mine.body.versions.map((v: any) => [v.version, v.text])).toEqual([
      [3, 'Derde versie'],
      [2, 'Tweede versie'],
      [1, 'Eerste versie'],
    ]);
  });

  it('counts a text’s line breaks once, as the browser’s \\r\\n is kept as \\n', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    // 49,900 characters as typed, 495 of them line breaks: 50,395 as a browser's form post sends them.
    const typed = `${'a'.repeat(99)}\n`.repeat(495) + 'b'.repeat(400);
    const form = multipart({ text: typed.replace(/\n/g, '\r\n') });
    const handedIn = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(handedIn.status).toBe(201);
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions[0].text).toBe(typed);
  });

  it('keeps a file whose name the parser reduced to nothing (.., /) under the fallback name, and skips only an empty nameless part', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const form = multipart({}, [
      { name: '..', content: PDF },
      { name: 'map/', content: PDF },
      { name: '', content: Buffer.alloc(0) },
    ]);
    const handedIn = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(handedIn.status).toBe(201);
    const [version] = (await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions;
    expect(version.files.map((file: { fileName: string }) => file.fileName)).toEqual(['bestand.pdf', 'bestand.pdf']);
  });

  it('marks work handed in after the due instant but before the cut-off as late', async () => {
    const { participant, assignment } = await setup({ dueAt: inHours(-1), cutoffAt: inHours(24) });
    const client = await t.loginAs(participant.email);
    const form = multipart({ text: 'Iets later dan gepland.' });
    const created = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, late: true });
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body).toMatchObject({ status: 'late', canSubmit: true });
  });

  it('refuses work after the cut-off, saying so in Dutch or English, and stores nothing', async () => {
    const { participant, assignment } = await setup({ dueAt: inHours(-48), cutoffAt: inHours(-1) });
    const client = await t.loginAs(participant.email);
    const before = await storedFiles();
    const form = multipart({ text: 'Te laat.' }, [{ name: 'plan.pdf', content: PDF }]);

    const refused = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'submission_closed', message: expect.stringContaining('uiterste inleverdatum') });
    const english = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, { ...form.headers, 'accept-language': 'en' });
    expect(english.body.message).toContain('The cut-off for this assignment has passed');

    expect(await storedFiles()).toEqual(before);
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body).toMatchObject({ status: 'not_submitted', canSubmit: false, versions: [] });
  });

  it("follows the person's extension: on time for them, while the cut-off holds for the others", async () => {
    const { trainer, participant, classmate, assignment } = await setup({ dueAt: inHours(-48), cutoffAt: inHours(-1) });
    const trainerClient = await t.loginAs(trainer.email);
    const granted = await trainerClient.put(`/api/assignments/${assignment.id}/extensions/${participant.id}`, { dueAt: inHours(24).toISOString() });
    expect(granted.status).toBe(204);

    const form = multipart({ text: 'Met uitstel.' });
    const mine = await (await t.loginAs(participant.email)).post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(mine.body).toMatchObject({ version: 1, late: false });
    const theirs = await (await t.loginAs(classmate.email)).post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(theirs.status).toBe(409);
  });

  it('checks what is handed in: type by content, something at all, and what the assignment takes', async () => {
    const { edition, participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const before = await storedFiles();

    const disguised = multipart({ text: 'Zie bijlage' }, [
      { name: 'plan.pdf', content: PDF },
      { name: 'virus.pdf', content: Buffer.from('MZ\x90\x00 not a pdf') },
    ]);
    const refused = await client.post(`/api/assignments/${assignment.id}/submissions`, disguised.body, disguised.headers);
    expect(refused.status).toBe(415);
    expect(refused.body.error).toBe('file_type_not_accepted');
    // Of the two, the message names the one refused.
    expect(refused.body.message).toMatch(/^virus\.pdf: dit soort bestand wordt niet geaccepteerd\./);
    expect(await storedFiles()).toEqual(before);
    // Sent with no body at all, the hand-in is asked for as a form.
    const bodiless = await client.post(`/api/assignments/${assignment.id}/submissions`);
    expect([bodiless.status, bodiless.body.error]).toEqual([415, 'unsupported_media_type']);
    const emptyFile = multipart({}, [{ name: 'leeg.pdf', content: Buffer.alloc(0) }]);
    const nothingInIt = await client.post(`/api/assignments/${assignment.id}/submissions`, emptyFile.body, emptyFile.headers);
    expect([nothingInIt.status, nothingInIt.body.error, nothingInIt.body.message]).toEqual([400, 'file_empty', expect.stringMatching(/^leeg\.pdf is leeg \(0 bytes\)\./)]);
    expect(await storedFiles()).toEqual(before);

    const eleven = multipart({ text: 'Alles' }, Array.from({ length: 11 }, (_, n) => ({ name: `bijlage-${n + 1}.pdf`, content: PDF })));
    const tooMany = await client.post(`/api/assignments/${assignment.id}/submissions`, eleven.body, eleven.headers);
    expect([tooMany.status, tooMany.body.error, tooMany.body.message]).toEqual([400, 'too_many_files', 'Lever hoogstens 10 bestanden tegelijk in. Er is niets opgeslagen.']);
    expect(await storedFiles()).toEqual(before);

    const empty = multipart({ text: '   ' });
    expect((await client.post(`/api/assignments/${assignment.id}/submissions`, empty.body, empty.headers)).body.error).toBe('submission_empty');
    const unknown = multipart({ text: 'x', grade: '10' });
    expect((await client.post(`/api/assignments/${assignment.id}/submissions`, unknown.body, unknown.headers)).status).toBe(400);
    const json = await client.post(`/api/assignments/${assignment.id}/submissions`, { text: 'als JSON' });
    expect(json.status).toBeGreaterThanOrEqual(400);
    expect(json.status).toBeLessThan(500);

    const filesOnly = await given(t.db).assignment(edition.id, { dueAt: inHours(24) });
    await t.db.query(`UPDATE assignment SET accepts_text = false WHERE id = $1`, [filesOnly.id]);
    const text = multipart({ text: 'Alleen tekst' });
    expect((await client.post(`/api/assignments/${filesOnly.id}/submissions`, text.body, text.headers)).body.error).toBe('submission_text_not_accepted');
  });

  it('refuses text with a NUL character (which the database cannot store) with 400, storing no file either', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const filesBefore = await storedFiles();
    const form = multipart({ text: 'Mijn\u0000plan' }, [{ name: 'plan.pdf', content: PDF }]);
    const response = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ field: 'text', message: expect.any(String) }]);
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions).toEqual([]);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('refuses a form that was cut off or has no boundary with 400, storing nothing', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const url = `/api/assignments/${assignment.id}/submissions`;
    const form = multipart({ text: 'Mijn plan' }, [{ name: 'plan.pdf', content: PDF }]);
    const filesBefore = await storedFiles();

    const cutOffInText = await client.post(url, form.body.subarray(0, 60), form.headers);
    const cutOffInFile = await client.post(url, form.body.subarray(0, form.body.length - 30), form.headers);
    const noBoundary = await client.post(url, form.body, { 'content-type': 'multipart/form-data' });
    // A file input left empty sends a nameless part, which is read and thrown away.
    const emptyInput = multipart({}, [{ name: '', content: Buffer.alloc(200, 1) }]);
    const cutOffInEmptyInput = await client.post(url, emptyInput.body.subarray(0, emptyInput.body.length - 60), emptyInput.headers);
    for (const response of [cutOffInText, cutOffInFile, noBoundary, cutOffInEmptyInput]) {
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'malformed_upload', message: expect.any(String) });
    }
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions).toEqual([]);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('refuses a new version once the work is approved', async () => {
    const { participant, assignment } = await setup();
    const g = given(t.db);
    const submission = await g.submission(assignment.id, participant.id);
    await g.feedback(submission.id, 'approved');
    const form = multipart({ text: 'Nog een keer' });
    const response = await (await t.loginAs(participant.email)).post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('submission_already_approved');
  });

  // Sent at once, the two overlap in every round on this machine: without the shared lock both were taken each time.
  it('takes either an approval or a new version sent at the same moment, never both', async () => {
    const { trainer, participant, assignment } = await setup();
    const [reviewer, client] = [await t.loginAs(trainer.email), await t.loginAs(participant.email)];
    for (let round = 1; round <= 4; round++) {
      const firstVersion = multipart({ text: 'Versie 1' });
      const latest =
        (await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions[0]?.id ??
        (await client.post(`/api/assignments/${assignment.id}/submissions`, firstVersion.body, firstVersion.headers)).body.submissionId;
      const form = multipart({ text: `Nieuwe versie ${round}` });
      const [verdict, handedIn] = await Promise.all([
        reviewer.post(`/api/submissions/${latest}/feedback`, { comment: 'Prima!', outcome: 'approved' }),
        client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers),
      ]);
      const outcome = [verdict.status === 201 ? 'approved' : verdict.body.error, handedIn.status === 201 ? 'handed in' : handedIn.body.error];
      expect([
        ['approved', 'submission_already_approved'],
        ['not_latest_version', 'handed in'],
      ]).toContainEqual(outcome);
      const mine = (await client.get(`/api/assignments/${assignment.id}/my-submission`)).body;
      expect(mine.status).toBe(outcome[0] === 'approved' ? 'approved' : 'submitted');
      if (mine.status === 'approved') return;
    }
  });

  it('refuses a text that did not arrive as UTF-8 (a script posting Windows-1252) instead of storing replacement signs', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const boundary = '----koersLatin1';
    const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n`), Buffer.from('Caf\xe9 r\xe9sum\xe9', 'latin1'), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const refused = await client.post(`/api/assignments/${assignment.id}/submissions`, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: 'text', message: expect.stringContaining('niet als UTF-8') }]);
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions).toEqual([]);

    // A file's name in Windows-1252 too, whichever upload it comes with: refused, nothing kept.
    const named = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files[]"; filename="`),
      Buffer.from('Zo\xeb de Bru\xefne \x96 plan.pdf', 'latin1'),
      Buffer.from(`"\r\nContent-Type: application/pdf\r\n\r\n`),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const nameRefused = await client.post(`/api/assignments/${assignment.id}/submissions`, named, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect([nameRefused.status, nameRefused.body.error]).toEqual([400, 'file_name_not_utf8']);
    expect(nameRefused.body.message).toContain('kwam niet als UTF-8 aan');
    expect((await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions).toEqual([]);
  });

  it('never shows work to another participant or to a trainer of another edition', async () => {
    const { trainer, participant, classmate, assignment } = await setup();
    const g = given(t.db);
    const otherEdition = await g.edition();
    const [otherTrainer, otherParticipant, admin] = [await g.person(), await g.person(), await g.person({ isAdmin: true })];
    await g.enrolment(otherEdition.id, otherTrainer.id, 'trainer');
    await g.enrolment(otherEdition.id, otherParticipant.id, 'participant');

    const owner = await t.loginAs(participant.email);
    const form = multipart({ text: 'Vertrouwelijk plan' }, [{ name: 'plan.pdf', content: PDF }]);
    const { submissionId } = (await owner.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers)).body;
    const fileUrl = (await owner.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions[0].files[0].downloadUrl;

    for (const outsider of [classmate, otherTrainer, otherParticipant]) {
      const client = await t.loginAs(outsider.email);
      expect((await client.get(`/api/submissions/${submissionId}`)).status).toBe(403);
      expect((await client.get(fileUrl)).status).toBe(403);
    }
    // A classmate's own view of the assignment holds only their own (empty) work.
    const classmateView = await (await t.loginAs(classmate.email)).get(`/api/assignments/${assignment.id}/my-submission`);
    expect(classmateView.body.versions).toEqual([]);
    // Someone from another edition cannot even look at the assignment.
    expect((await (await t.loginAs(otherParticipant.email)).get(`/api/assignments/${assignment.id}/my-submission`)).status).toBe(403);
    expect((await t.anonymous().get(`/api/submissions/${submissionId}`)).status).toBe(401);
    expect((await t.anonymous().get(fileUrl)).status).toBe(401);

    for (const staff of [trainer, admin]) {
      const client = await t.loginAs(staff.email);
      const detail = await client.get(`/api/submissions/${submissionId}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ participant: { id: participant.id }, status: 'submitted', canReview: true, verdictsOpen: ['approved', 'revise'] });
      expect((await client.get(fileUrl)).status).toBe(200);
    }
    expect((await owner.get(`/api/submissions/${submissionId}`)).body).toMatchObject({ canReview: false, verdictsOpen: [] });
    // An unknown id answers as someone else's work does: nothing tells whether it exists.
    expect((await owner.get('/api/submissions/00000000-0000-4000-8000-000000000000')).status).toBe(403);
    expect((await owner.get('/api/submission-files/00000000-0000-4000-8000-000000000000')).status).toBe(403);
  });

  it('takes an Office document by what its package holds: a zip of programs named .docx is refused, as is one unpacking to 300 MB, and a Word document named .xlsx is Word', async () => {
    const { participant, assignment } = await setup();
    const client = await t.loginAs(participant.email);
    const before = await storedFiles();

    const programs = multipart({}, [{ name: 'handout.docx', content: zipArchive({ 'setup.exe': Buffer.from('MZ\x90\x00') }) }]);
    const refused = await client.post(`/api/assignments/${assignment.id}/submissions`, programs.body, programs.headers);
    expect([refused.status, refused.body.error]).toEqual([415, 'file_type_not_accepted']);
    expect(await storedFiles()).toEqual(before);

    const bomb = multipart({}, [{ name: 'verslag.docx', content: wordDocumentUnpackingTo(300) }]);
    const unfolding = await client.post(`/api/assignments/${assignment.id}/submissions`, bomb.body, bomb.headers);
    expect([unfolding.status, unfolding.body.error, unfolding.body.message]).toEqual([413, 'office_document_unpacks_too_large', expect.stringMatching(/^verslag\.docx pakt uit tot meer dan 200 MB/)]);
    expect(await storedFiles()).toEqual(before);

    const misnamed = multipart({}, [{ name: 'plan.xlsx', content: wordDocument() }]);
    expect((await client.post(`/api/assignments/${assignment.id}/submissions`, misnamed.body, misnamed.headers)).status).toBe(201);
    const [version] = (await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions;
    expect(version.files).toEqual([expect.objectContaining({ fileName: 'plan.xlsx.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })]);
  });
});

describe('the upload quota per person per edition', () => {
  const QUOTA = 1024 * 1024;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ uploadQuotaBytes: QUOTA });
  });
  afterAll(() => t.close());

  /** A participant of an edition with an assignment due in two days, logged in. */
  async function participantWithAssignment() {
    const g = given(t.db);
    const edition = await g.edition();
    const participant = await g.person();
    await g.enrolment(edition.id, participant.id, 'participant');
    const assignment = await g.assignment(edition.id, { dueAt: inHours(48) });
    return { g, participant, assignment, client: await t.loginAs(participant.email) };
  }
  /** 100 KB that read as a PDF. */
  const file = Buffer.concat([PDF, Buffer.alloc(100 * 1024 - PDF.length, 0x20)]);

  it('keeps 10 of 30 parallel hand-ins of 100 KB within 1 MB, refuses the rest with 413, and leaves no file of theirs behind', async () => {
    const { g, participant, assignment, client } = await participantWithAssignment();
    // Thirty parts of the same size, each its own (the same file sent again would be the version it made).
    const part = (n: number) => Buffer.concat([file.subarray(0, file.length - 4), Buffer.from(String(n).padStart(4, '0'))]);

    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, n) => {
        const form = multipart({}, [{ name: 'deel.pdf', content: part(n) }]);
        return client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
      }),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(10);
    const refused = responses.filter((r) => r.status === 413);
    expect(refused).toHaveLength(20);
    expect(refused[0].body).toMatchObject({ error: 'upload_quota_exceeded', message: expect.stringContaining('1 MB') });
    const [{ bytes }] = await t.db.query(
      `SELECT sum(f.size_bytes)::int AS bytes FROM submission_file f JOIN submission s ON s.id = f.submission_id WHERE s.person_id = $1`,
      [participant.id],
    );
    expect(bytes).toBe(10 * file.length);
    expect((await readdir(path.join(t.config.dataDir, 'files'))).filter((name) => name !== 'incoming')).toHaveLength(10);

    // Another edition has its own quota.
    const other = await g.edition();
    await g.enrolment(other.id, participant.id, 'participant');
    const elsewhere = await g.assignment(other.id, { dueAt: inHours(48) });
    const form = multipart({}, [{ name: 'deel.pdf', content: file }]);
    expect((await client.post(`/api/assignments/${elsewhere.id}/submissions`, form.body, form.headers)).status).toBe(201);
  });

  it('takes the same hand-in sent 60 times at once as one version, counted once; other bytes under the same name are a new one', async () => {
    const { participant, assignment, client } = await participantWithAssignment();
    const handIn = (content: Buffer) => {
      const form = multipart({ text: 'Mijn plan, met bijlage.' }, [{ name: 'plan.pdf', content }]);
      return client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    };

    const storedFiles = async () => (await readdir(path.join(t.config.dataDir, 'files'))).filter((name) => name !== 'incoming').length;
    const before = await storedFiles();

    const responses = await Promise.all(Array.from({ length: 60 }, () => handIn(file)));
    expect(new Set(responses.map((r) => `${r.status} ${r.body.submissionId} ${r.body.version}`))).toEqual(new Set([`201 ${responses[0].body.submissionId} 1`]));
    const versions = async () => (await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions.map((v: { version: number }) => v.version);
    expect(await versions()).toEqual([1]);
    // The 59 copies leave no file behind.
    expect(await storedFiles()).toBe(before + 1);

    // The corrected file, same name and size, moments later: a version of its own.
    const corrected = Buffer.from(file);
    corrected[corrected.length - 1] = 0x2e;
    const second = await handIn(corrected);
    expect([second.status, second.body.version]).toEqual([201, 2]);
    expect(await versions()).toEqual([2, 1]);
    // The quota counts what was kept: two files, not sixty-one.
    const [{ bytes }] = await t.db.query(
      `SELECT sum(f.size_bytes)::int AS bytes FROM submission_file f JOIN submission s ON s.id = f.submission_id WHERE s.person_id = $1`,
      [participant.id],
    );
    expect(bytes).toBe(2 * file.length);
    expect(await storedFiles()).toBe(before + 2);
  });

  it('offers a file under a clean name with the extension of its detected type', async () => {
    const { assignment, client } = await participantWithAssignment();
    const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;', 'latin1');
    const form = multipart({}, [{ name: 'foto\u202Elmth.gif', content: gif }, { name: 'evil.html', content: gif }]);
    expect((await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers)).status).toBe(201);
    const [version] = (await client.get(`/api/assignments/${assignment.id}/my-submission`)).body.versions;
    expect(version.files.map((f: { fileName: string }) => f.fileName).sort()).toEqual(['evil.html.gif', 'fotolmth.gif']);
    const download = await client.get(version.files.find((f: { fileName: string }) => f.fileName === 'evil.html.gif').downloadUrl);
    expect(download.headers['content-type']).toBe('image/gif');
    expect(download.headers['content-disposition']).toContain(`filename="evil.html.gif"`);

    // Bytes lost outside Koers (or a backup restored without them): a 404 that says so, not a broken answer.
    const [{ storageKey }] = await t.db.query(`SELECT storage_key AS "storageKey" FROM submission_file WHERE file_name = 'evil.html.gif' AND submission_id = $1`, [version.id]);
    await rm(path.join(t.config.dataDir, 'files', storageKey));
    const gone = await client.get(version.files.find((f: { fileName: string }) => f.fileName === 'evil.html.gif').downloadUrl);
    expect([gone.status, gone.body.error]).toEqual([404, 'stored_file_missing']);
  });

});
