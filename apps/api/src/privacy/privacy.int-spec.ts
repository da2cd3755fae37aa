import { ERASED_PERSON_NAME, erasedPersonEmail, type PersonalDataExport } from '@koers/shared/privacy';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { given } from '../../test/builders';
import { whileLocked } from '../../test/while-locked';
import { searchForm } from '../database/search-form';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';
import { AuthService } from '../auth/auth.service';
import { FileStorage } from '../files/file-storage';
import { Outbox } from '../mail/outbox';
import { createAdmin } from '../operations/operator-commands';
import { zipSegment } from './export-paths';

const PDF = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);

/**
 * A person who left a trace in every table that can hold one, each trace carrying a marker text, and a
 * fellow participant who did not, so the tests can tell "erased" from "never there" and from "someone else's".
 */
async function personWithEverything(t: TestApp) {
  const build = given(t.db);
  const db = t.db;
  const tag = Math.random().toString(36).slice(2, 8);
  const texts = {
    roleInOrganisation: `Verpleegkundige innovatie ${tag}`,
    sickNote: `Ziek: griep met koorts ${tag}`,
    firstNote: `Nog niet binnen ${tag}`,
    challenge: [`Valpreventie met sensoren ${tag}`, `Nachtelijke valincidenten ${tag}`, `Slimme bedsensor ${tag}`, `Halvering van valincidenten ${tag}`],
    log: [`Gesprek met teamleider Eikenhof gevoerd ${tag}`, `Pilot gestart op twee kamers ${tag}`],
    submission: (version: number) => `Mijn plan versie ${version}: bedsensoren op Eikenhof ${tag}`,
    feedback: [`Werk de planning voor Eikenhof verder uit ${tag}`, `Sterk plan, goedgekeurd ${tag}`],
    certificateCode: `KOERS-PRIV-${tag}`,
    calendarFeedNonce: `c2VjcmV0LWNhbGVuZGFyLWhhc2g-${tag}`,
    introduction: `Ik werk op de Eikenhof en houd van puzzels ${tag}`,
    discussion: [`Wie gebruikt bedsensoren ${tag}?`, `Onze nachtdienst op Eikenhof twijfelt ${tag}`, `Dank, ik bel je ${tag}`],
    report: `Dit klopt niet over Eikenhof ${tag}`,
    apiToken: `HR-koppeling Eikenhof ${tag}`,
    application: `Valincidenten in de nacht, Eikenhof ${tag}`,
    comment: `Probeer het eerst op de Eikenhof-afdeling ${tag}`,
  };
  const organisation = await build.organisation({ name: `Zorggroep Privacy ${tag}` });
  const edition = await build.edition();
  const person = await build.person({ name: `Lotte Wisbaar-${tag}`, email: `lotte.${tag}@zorggroep.example`, organisationId: organisation.id });
  const other = await build.person({ name: 'Bram Blijft' });
  const director = await build.person({ name: 'Hans Directeur' });
  const trainer = await build.person({ name: 'Sanne Trainer' });
  const enrolment = await build.enrolment(edition.id, person.id, 'participant', { directorPersonId: director.id });
  await db.query(`UPDATE enrolment SET role_in_organisation = $2 WHERE id = $1`, [enrolment.id, texts.roleInOrganisation]);
  const otherEnrolment = await build.enrolment(edition.id, other.id, 'participant');
  await build.enrolment(edition.id, director.id, 'director');
  await build.enrolment(edition.id, trainer.id, 'trainer');

  const days = [];
  for (let i = 0; i < 4; i++) days.push(await build.session(edition.id, { title: `Lesdag ${i + 1}`, startsAt: `2025-0${i + 3}-11T08:30:00Z` }));
  const future = await build.session(edition.id, { title: 'Lesdag later', startsAt: '2099-03-10T08:30:00Z' });
  const board = await build.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst', startsAt: '2099-04-10T12:00:00Z' });
  await build.sessionStaff(days[0].id, trainer.id);
  for (const [i, status] of (['present', 'late', 'absent', 'excused'] as const).entries()) {
    await db.query(`INSERT INTO attendance (session_id, person_id, status, note, recorded_by_person_id) VALUES ($1, $2, $3, $4, $5)`, [
      days[i].id,
      person.id,
      status,
      i === 3 ? texts.sickNote : '',
      trainer.id,
    ]);
    await build.attendance(days[i].id, other.id, 'present');
  }
  await db.query(
    `INSERT INTO attendance_change (session_id, person_id, previous_status, status, note, source, changed_by_person_id, changed_at)
     VALUES ($1, $2, NULL, 'absent', $4, 'trainer', $3, '2025-06-11T09:00:00Z'), ($1, $2, 'absent', 'excused', $5, 'trainer', $3, '2025-06-11T12:00:00Z')`,
    [days[3].id, person.id, trainer.id, texts.firstNote, texts.sickNote],
  );

  const [challenge] = await db.query(
    `INSERT INTO implementation_challenge (enrolment_id, title, description, innovation, goal, phase)
     VALUES ($1, $2, $3, $4, $5, 'plan') RETURNING id`,
    [enrolment.id, ...texts.challenge],
  );
  await db.query(
    `INSERT INTO challenge_log_entry (challenge_id, entry_date, text, author_person_id)
     VALUES ($1, '2025-03-12', $3, $2), ($1, '2025-04-02', $4, $2)`,
    [challenge.id, person.id, ...texts.log],
  );

  const assignment = await build.assignment(edition.id, { title: 'Plan van aanpak' });
  const files = t.app.get(FileStorage);
  const stored = [];
  for (const version of [1, 2]) {
    const [submission] = await db.query(
      `INSERT INTO submission (assignment_id, person_id, version, text, late) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [assignment.id, person.id, version, texts.submission(version), version === 2],
    );
    const file = await files.save(Readable.from(PDF(`plan van aanpak v${version}`)), 'Plan van aanpak.pdf');
    stored.push(file);
    await db.query(
      `INSERT INTO submission_file (submission_id, file_name, content_type, size_bytes, storage_key) VALUES ($1, $2, $3, $4, $5)`,
      [submission.id, file.fileName, file.contentType, file.sizeBytes, file.storageKey],
    );
    await db.query(`INSERT INTO feedback (submission_id, reviewer_person_id, comment, outcome) VALUES ($1, $2, $3, $4)`, [
      submission.id,
      trainer.id,
      texts.feedback[version - 1],
      version === 1 ? 'revise' : 'approved',
    ]);
  }
  const otherSubmission = await db.query(
    `INSERT INTO submission (assignment_id, person_id, version, text) VALUES ($1, $2, 1, 'Werk van Bram') RETURNING id`,
    [assignment.id, other.id],
  );
  await db.query(`INSERT INTO assignment_extension (assignment_id, person_id, due_at) VALUES ($1, $2, '2025-05-01T21:59:00Z')`, [
    assignment.id,
    person.id,
  ]);
  await db.query(`INSERT INTO certificate (enrolment_id, verification_code, statement) VALUES ($1, $2, $3)`, [
    enrolment.id,
    texts.certificateCode,
    JSON.stringify({ name: person.name, edition: edition.name, programmeDaysAttended: 2 }),
  ]);
  await db.query(`INSERT INTO notification_delivery (person_id, event_key, kind, payload, status) VALUES ($1, $2, 'reminder', $3, 'sent')`, [
    person.id,
    `session:${future.id}`,
    JSON.stringify({ sessionId: future.id, to: person.email }),
  ]);
  // Someone else's mail that names them, e.g. a trainer told about new work.
  await db.query(`INSERT INTO notification_delivery (person_id, event_key, kind, payload) VALUES ($1, $2, 'new_submission', $3)`, [
    trainer.id,
    `submission:${assignment.id}`,
    JSON.stringify({ participantName: person.name, participantEmail: person.email, assignmentTitle: 'Plan van aanpak' }),
  ]);
  // They answered a board meeting for someone else, and a director sent them as delegate.
  await build.enrolment(edition.id, person.id, 'director');
  await db.query(
    `INSERT INTO session_rsvp (session_id, person_id, response, delegate_name, delegate_email) VALUES ($1, $2, 'delegate', 'Jan Gedelegeerd', 'jan.gedelegeerd@example.nl')`,
    [board.id, person.id],
  );
  await db.query(
    `INSERT INTO session_rsvp (session_id, person_id, response, delegate_name, delegate_email, delegate_person_id) VALUES ($1, $2, 'delegate', $3, $4, $5)`,
    [board.id, director.id, person.name, person.email, person.id],
  );
  await db.query(`UPDATE person SET calendar_feed_nonce = $2, calendar_feed_fetched_at = now() WHERE id = $1`, [person.id, texts.calendarFeedNonce]);

  // The who's who and the conversation: their introduction, a thread they opened, a reply, a report; Bram mentions them.
  const client = await t.loginAs(person.email);
  const otherClient = await t.loginAs(other.email);
  await client.put('/api/me/directory-profile', { introduction: texts.introduction, hidden: false, alumni: true });
  const photo = await files.save(Readable.from([ONE_PIXEL_PNG]), 'ik.png');
  stored.push(photo);
  await db.query(`UPDATE directory_profile SET photo_storage_key = $2, photo_content_type = $3 WHERE person_id = $1`, [person.id, photo.storageKey, photo.contentType]);
  const thread = (await client.post(`/api/editions/${edition.id}/discussions`, { title: texts.discussion[0], body: texts.discussion[1] })).body;
  const answer = (await otherClient.post(`/api/discussions/${thread.id}/replies`, { body: `@${person.name}: bel me even.` })).body;
  const ownReply = (await client.post(`/api/discussions/${thread.id}/replies`, { body: texts.discussion[2] })).body;
  const boundary = '----koersprivacy';
  const attached = await client.post(
    `/api/discussion-posts/${ownReply.id}/attachments`,
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Eikenhof.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      PDF('bijlage'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    { 'content-type': `multipart/form-data; boundary=${boundary}` },
  );
  expect(attached.status).toBe(201);
  const [attachment] = await db.query(`SELECT storage_key AS "storageKey" FROM discussion_attachment WHERE id = $1`, [attached.body.id]);
  stored.push(attachment);
  await client.post(`/api/discussion-posts/${answer.id}/report`, { reason: texts.report });

  // Their own application to the edition, naming their director; and a colleague's, naming them as director.
  await db.query(
    `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, confirmed_at)
     VALUES ($1, $2, $3, 'Eikenhof', 'Verpleegkundige', 'Utrecht', $4, $5, $6, 'accepted', $7, now()),
            ($1, 'Collega Eikenhof', $8, 'Eikenhof', 'Teamleider', 'Utrecht', 'Medicatie', $2, $3, 'confirmed', $9, now())`,
    [edition.id, person.name, person.email, texts.application, director.name, director.email, `privacy-own-${tag}`, `collega-${tag}@example.nl`, `privacy-colleague-${tag}`],
  );
  const region = await build.region(`Regio Eikenhof ${tag}`);
  await build.regionalManager(region.id, person.id);
  const apiToken = await client.post<{ id: string; token: string }>('/api/me/tokens', { name: texts.apiToken, scope: 'read' });
  expect(apiToken.status).toBe(201);
  // Peer feedback in their network group: their comment on Bram's log, and Bram's on theirs.
  const [group] = await db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Groep Midden', 1) RETURNING id`, [edition.id]);
  await db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) VALUES ($1, $2), ($1, $3)`, [group.id, enrolment.id, otherEnrolment.id]);
  const bramsEntry = await build.challengeLogEntry((await build.challenge(otherEnrolment.id, { title: 'Beeldbellen' })).id, '2025-04-03', 'Eerste beeldbelgesprek');
  expect((await client.post(`/api/challenge-log-entries/${bramsEntry}/comments`, { body: texts.comment })).status).toBe(201);
  const [ownEntry] = await db.query(`SELECT id FROM challenge_log_entry WHERE challenge_id = $1 ORDER BY entry_date LIMIT 1`, [challenge.id]);
  expect((await otherClient.post(`/api/challenge-log-entries/${ownEntry.id}/comments`, { body: 'Goed bezig!' })).status).toBe(201);

  expect((await t.anonymous().post('/api/auth/password-reset/request', { email: person.email })).status).toBeLessThan(300);
  // The reset mail is queued after the answer; wait for it, so the erasure finds it.
  await t.app.get(AuthService).resetsQueued();
  await t.anonymous().post('/api/auth/login', { email: person.email, password: 'wrong-password-1' });

  return { texts, organisation, edition, person, other, director, trainer, enrolment, days, future, board, assignment, stored, otherSubmission, client, apiToken: apiToken.body.token, bramsEntry };
}

/** The texts only this person wrote or that identify them: none may survive an erasure anywhere in the database. */
const personalTexts = ({ person, texts }: Awaited<ReturnType<typeof personWithEverything>>) => [
  person.name,
  person.email,
  texts.roleInOrganisation,
  texts.sickNote,
  texts.firstNote,
  ...texts.challenge,
  ...texts.log,
  texts.submission(1),
  texts.submission(2),
  ...texts.feedback,
  texts.certificateCode,
  texts.calendarFeedNonce,
  texts.introduction,
  ...texts.discussion,
  texts.report,
  texts.apiToken,
  texts.comment,
];

/**
 * Every text-like column of every table in every schema, from information_schema: a table added later is
 * searched too, without anyone remembering to add it here.
 */
async function findTexts(db: DataSource, needles: string[]): Promise<string[]> {
  const columns: { schema: string; table: string; column: string }[] = await db.query(
    `SELECT c.table_schema AS schema, c.table_name AS "table", c.column_name AS "column"
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
      ORDER BY 1, 2, 3`,
  );
  expect(columns.length).toBeGreaterThan(40);
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const hits: { place: string; needle: string }[] = await db.query(
    columns
      .map(
        ({ schema, table, column }) =>
          `SELECT '${schema}.${table}.${column}' AS place, n.needle FROM ${ident(schema)}.${ident(table)} x
             JOIN unnest($1::text[]) AS n(needle) ON strpos(lower(x.${ident(column)}::text), lower(n.needle)) > 0`,
      )
      .join('\nUNION ALL\n'),
    [needles],
  );
  return hits.map((hit) => `${hit.place}: ${hit.needle}`);
}

function readZip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true }, (error, zip: ZipFile) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: Entry) =>
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The zip as bytes (the shared HttpClient reads bodies as text). */
/** Each entry's DOS date and time as written (wall clock, no zone) and the ids of its extra fields. */
function zipEntryTimes(buffer: Buffer): Promise<Map<string, { wallClock: string; extraFieldIds: number[] }>> {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true }, (error, zip: ZipFile) => {
      if (error) return reject(error);
      const times = new Map<string, { wallClock: string; extraFieldIds: number[] }>();
      zip.on('entry', (entry: Entry) => {
        const [date, time] = [entry.lastModFileDate, entry.lastModFileTime];
        const pad = (n: number) => String(n).padStart(2, '0');
        const wallClock = `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)}T${pad(time >> 11)}:${pad((time >> 5) & 63)}`;
        times.set(entry.fileName, { wallClock, extraFieldIds: entry.extraFields.map((field) => field.id) });
        zip.readEntry();
      });
      zip.on('end', () => resolve(times));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function downloadZip(t: TestApp, email: string) {
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
  const session = login.cookies.find((cookie) => cookie.name === 'koers_session')!;
  const response = await t.app.inject({ method: 'GET', url: '/api/me/export.zip', headers: { cookie: `koers_session=${session.value}` } });
  return { status: response.statusCode, headers: response.headers, entries: () => readZip(response.rawPayload), times: () => zipEntryTimes(response.rawPayload) };
}

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const storedPath = (t: TestApp, storageKey: string) => path.join(t.config.dataDir, 'files', storageKey);

describe('privacy: export and erasure (AVG)', () => {
  let t: TestApp;
  let admin: { id: string; email: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await given(t.db).person({ name: 'Merel Programmabureau', isAdmin: true });
  });
  afterAll(() => t.close());

  describe('GET /api/me/export', () => {
    it('answers 401 without a login', async () => {
      expect((await t.anonymous().get('/api/me/export')).status).toBe(401);
      expect((await t.anonymous().get('/api/me/export.zip')).status).toBe(401);
    });

    it('returns everything about the person and nothing secret or about anyone else, in one statement', async () => {
      const w = await personWithEverything(t);
      t.queries.reset();
      const response = await w.client.get<PersonalDataExport>('/api/me/export');
      expect(response.status).toBe(200);
      // The guard's session lookup, then the export itself.
      expect(t.queries.count).toBe(2);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="koers-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"/);
      const data = response.body;

      expect(data).toMatchObject({
        format: 'koers-personal-data',
        version: 2,
        person: { id: w.person.id, name: w.person.name, email: w.person.email, locale: 'nl', isAdmin: false, remindersEnabled: true },
        organisation: { id: w.organisation.id, name: w.organisation.name, region: 'midden' },
        calendarFeed: { exists: true, lastFetchedAt: expect.any(String), previousFetchedAt: null },
      });
      expect(data.enrolments).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ editionId: w.edition.id, role: 'participant', status: 'active', roleInOrganisation: w.texts.roleInOrganisation, directorName: 'Hans Directeur' }),
          expect.objectContaining({ editionId: w.edition.id, role: 'director' }),
        ]),
      );
      expect(data.implementationChallenges).toEqual([
        expect.objectContaining({
          title: w.texts.challenge[0],
          phase: 'plan',
          log: [
            expect.objectContaining({ entryDate: '2025-03-12', text: w.texts.log[0] }),
            expect.objectContaining({ entryDate: '2025-04-02', text: w.texts.log[1] }),
          ],
        }),
      ]);
      expect(data.sessions.map((s) => [s.title, s.expectedAs, s.attendance?.status ?? null])).toEqual([
        ['Lesdag 1', ['participant'], 'present'],
        ['Lesdag 2', ['participant'], 'late'],
        ['Lesdag 3', ['participant'], 'absent'],
        ['Lesdag 4', ['participant'], 'excused'],
        ['Lesdag later', ['participant'], null],
        ['Bestuurlijke bijeenkomst', ['delegate', 'director'], null],
      ]);
      expect(data.sessions[3]).toMatchObject({ startsAt: '2025-06-11T08:30:00.000Z', attendance: { note: w.texts.sickNote } });
      expect(data.attendanceHistory.map((c) => [c.previousStatus, c.status])).toEqual([
        [null, 'absent'],
        ['absent', 'excused'],
      ]);
      expect(data.rsvps).toEqual([expect.objectContaining({ sessionId: w.board.id, response: 'delegate', delegateName: 'Jan Gedelegeerd' })]);
      expect(data.submissions).toHaveLength(2);
      expect(data.submissions[1]).toMatchObject({
        assignmentTitle: 'Plan van aanpak',
        version: 2,
        late: true,
        text: w.texts.submission(2),
        files: [{ fileName: 'Plan van aanpak.pdf', contentType: 'application/pdf', pathInZip: expect.stringMatching(/^bestanden\/.+\/Plan van aanpak\/versie-2\/Plan van aanpak\.pdf$/) }],
        feedback: [{ comment: w.texts.feedback[1], outcome: 'approved', reviewerName: 'Sanne Trainer' }],
      });
      expect(data.deadlineExtensions).toEqual([expect.objectContaining({ assignmentTitle: 'Plan van aanpak', dueAt: '2025-05-01T21:59:00.000Z' })]);
      expect(data.certificates).toEqual([expect.objectContaining({ verificationCode: w.texts.certificateCode })]);
      expect(data.notifications).toEqual([
        expect.objectContaining({ kind: 'reminder', status: 'sent' }),
        expect.objectContaining({ kind: 'discussion_mention', status: 'pending' }),
        expect.objectContaining({ kind: 'challenge_comment', status: 'pending' }),
        expect.objectContaining({ kind: 'password_reset', status: 'pending', payload: { linkRef: expect.any(String), validMinutes: 60 } }),
      ]);
      expect(data.loginSessions).toHaveLength(1);
      // Named, with its dates; never the token or its hash.
      expect(data.regionalRoles).toEqual([{ regionName: expect.stringMatching(/^Regio Eikenhof /), assignedAt: expect.any(String) }]);
      expect(data.applications).toEqual([
        expect.objectContaining({ editionName: w.edition.name, status: 'accepted', email: w.person.email, challenge: w.texts.application, directorEmail: w.director.email, directorCommitment: 'pending' }),
      ]);
      expect(data.directorCommitments).toEqual([{ editionName: w.edition.name, applicantName: 'Collega Eikenhof', commitment: 'pending', reason: null, answeredAt: null }]);
      expect(data.apiTokens).toEqual([{ name: w.texts.apiToken, scope: 'read', createdAt: expect.any(String), lastUsedAt: null, expiresAt: expect.any(String) }]);
      const [{ tokenHash }] = await t.db.query(`SELECT token_hash AS "tokenHash" FROM api_token WHERE person_id = $1`, [w.person.id]);
      expect(response.text).not.toContain(tokenHash);
      expect(response.text).not.toContain(w.apiToken);
      expect(data.directoryProfile).toEqual({
        introduction: w.texts.introduction,
        hidden: null, // saved as shown: no choice made
        alumni: true,
        updatedAt: expect.any(String),
        photo: { contentType: 'image/png', pathInZip: 'wie-is-wie/foto.png' },
      });
      expect(data.discussionPosts).toEqual([
        { editionName: w.edition.name, discussionTitle: w.texts.discussion[0], body: w.texts.discussion[1], createdAt: expect.any(String), hiddenReason: null, attachments: [] },
        { editionName: w.edition.name, discussionTitle: w.texts.discussion[0], body: w.texts.discussion[2], createdAt: expect.any(String), hiddenReason: null,
          attachments: [
            { id: expect.any(String), fileName: 'Eikenhof.pdf', contentType: 'application/pdf', sizeBytes: PDF('bijlage').length, pathInZip: `discussies/${zipSegment(w.edition.name, '')}/${zipSegment(w.texts.discussion[0], '')}/Eikenhof.pdf` },
          ],
        },
      ]);
      expect(data.discussionReports).toEqual([{ discussionTitle: w.texts.discussion[0], reason: w.texts.report, createdAt: expect.any(String) }]);
      expect(data.challengeComments).toEqual([
        { editionName: w.edition.name, participantName: 'Bram Blijft', challengeTitle: 'Beeldbellen', entryDate: '2025-04-03', body: w.texts.comment, createdAt: expect.any(String), hiddenReason: null },
      ]);

      const text = JSON.stringify(data);
      expect(text).not.toContain(w.texts.calendarFeedNonce);
      expect(text).not.toMatch(/argon2|storageKey|tokenHash|csrf/i);
      expect(text).not.toContain('Werk van Bram');
      expect(text).not.toContain(w.other.id);
    });

    it('runs the same number of statements for a little and for a lot of data', async () => {
      const build = given(t.db);
      const edition = await build.edition();
      const few = await build.person();
      const many = await build.person();
      for (const person of [few, many]) await build.enrolment(edition.id, person.id, 'participant');
      const assignment = await build.assignment(edition.id);
      for (let i = 0; i < 30; i++) {
        const session = await build.session(edition.id, { startsAt: new Date(Date.UTC(2025, 0, 1 + i, 8, 30)) });
        await build.attendance(session.id, many.id, 'present');
        await t.db.query(`INSERT INTO submission (assignment_id, person_id, version, text) VALUES ($1, $2, $3, 'x')`, [assignment.id, many.id, i + 1]);
      }
      const counts = [];
      for (const person of [few, many]) {
        const client = await t.loginAs(person.email);
        t.queries.reset();
        expect((await client.get('/api/me/export')).status).toBe(200);
        counts.push(t.queries.count);
      }
      expect(counts[0]).toBe(counts[1]);
    });

    it('streams a zip with the same document and every uploaded file; a file missing from storage is noted, not fatal', async () => {
      const w = await personWithEverything(t);
      const response = await downloadZip(t, w.person.email);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="koers-mijn-gegevens-\d{4}-\d{2}-\d{2}\.zip"/);
      const entries = await response.entries();
      const document = JSON.parse(entries.get('gegevens.json')!.toString('utf8')) as PersonalDataExport;
      expect(document.person.email).toBe(w.person.email);
      const files = document.submissions.flatMap((s) => s.files);
      expect(files).toHaveLength(2);
      for (const [i, file] of files.entries()) expect(entries.get(file.pathInZip!)).toEqual(PDF(`plan van aanpak v${i + 1}`));
      // What they attached in a discussion and their who's who photo are theirs too.
      expect(entries.get(document.discussionPosts[1].attachments[0].pathInZip!)).toEqual(PDF('bijlage'));
      expect(entries.get('wie-is-wie/foto.png')).toEqual(ONE_PIXEL_PNG);
      expect(entries.size).toBe(5);
      // Zip times are the reader's wall clock: Amsterdam's, with no extra field holding an instant that unzip tools prefer.
      const exported = (await response.times()).get('gegevens.json');
      const exportedAt = new Date(document.exportedAt);
      const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(exportedAt).replace(' ', 'T');
      expect(exported).toEqual({ wallClock: amsterdam, extraFieldIds: [] });

      await t.app.get(FileStorage).remove([w.stored[0].storageKey]);
      const after = await (await downloadZip(t, w.person.email)).entries();
      const noted = JSON.parse(after.get('gegevens.json')!.toString('utf8')) as PersonalDataExport;
      expect(noted.submissions[0].files[0].pathInZip).toBeNull();
      expect(after.size).toBe(4);
    });
  });

  describe('GET /api/admin/people', () => {
    it('is for admins only', async () => {
      expect((await t.anonymous().get('/api/admin/people')).status).toBe(401);
      const participant = await given(t.db).person();
      expect((await (await t.loginAs(participant.email)).get('/api/admin/people')).status).toBe(403);
    });

    it('finds people by name or email, page by page, with their enrolments, in a fixed number of statements', async () => {
      const build = given(t.db);
      const edition = await build.edition({ name: 'HIS-I Zoek' });
      const organisation = await build.organisation({ name: 'Zoekzorg' });
      for (let i = 0; i < 7; i++) {
        const person = await build.person({ name: `Zoekbaar ${i}`, email: `zoek-${i}@zoekzorg.nl`, organisationId: organisation.id });
        await build.enrolment(edition.id, person.id, 'participant');
      }
      await build.person({ name: 'Niet 100%_raak', email: 'literal@zoekzorg.nl' });
      const client = await t.loginAs(admin.email);

      t.queries.reset();
      const page = await client.get('/api/admin/people?search=zoekbaar&page=2&pageSize=5');
      expect(t.queries.count).toBe(2);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 7, page: 2, pageSize: 5 });
      expect(page.body.items).toEqual([
        { id: expect.any(String), name: 'Zoekbaar 5', email: 'zoek-5@zoekzorg.nl', isAdmin: false, organisationName: 'Zoekzorg', enrolments: [{ editionId: edition.id, editionName: 'HIS-I Zoek', role: 'participant' }], lastLogin: null },
        expect.objectContaining({ name: 'Zoekbaar 6' }),
      ]);
      expect((await client.get('/api/admin/people?search=ZOEK-3@')).body.items.map((p: { name: string }) => p.name)).toEqual(['Zoekbaar 3']);
      // % and _ are letters here, not wildcards.
      expect((await client.get('/api/admin/people?search=100%25_')).body.total).toBe(1);
      expect((await client.get('/api/admin/people?search=0_r')).body.total).toBe(0);
      expect((await client.get('/api/admin/people?pageSize=500')).status).toBe(400);
      expect((await client.get('/api/admin/people?role=admin')).status).toBe(400);

      // Typed on a Dutch keyboard: without accents, spaces or apostrophes.
      for (const name of ['Cécile de Wit', 'Ümit Özdemir', 'Łukasz Wałęsa', 'Şükrü Yılmaz', 'Zoë \'t Hart', 'Anna van der Berg']) await build.person({ name });
      const found = async (search: string) =>
        (await client.get(`/api/admin/people?search=${encodeURIComponent(search)}`)).body.items.map((p: { name: string }) => p.name);
      expect(await found('cecile')).toEqual(['Cécile de Wit']);
      expect(await found('ozdemir')).toEqual(['Ümit Özdemir']);
      expect(await found('lukasz walesa')).toEqual(['Łukasz Wałęsa']);
      expect(await found('sukru yilmaz')).toEqual(['Şükrü Yılmaz']);
      expect(await found('zoe t hart')).toEqual(["Zoë 't Hart"]);
      expect(await found('vanderberg')).toEqual(['Anna van der Berg']);
      expect(await found('CÉCILE')).toEqual(['Cécile de Wit']);
      // Pasted from a mail: a non-breaking space, a zero-width space, a soft hyphen; typed on a Japanese keyboard.
      expect(await found('Cécile\u00a0de Wit')).toEqual(['Cécile de Wit']);
      expect(await found('Cé\u200bcile')).toEqual(['Cécile de Wit']);
      expect(await found('Cé\u00adcile')).toEqual(['Cécile de Wit']);
      expect(await found('ＣＥＣＩＬＥ')).toEqual(['Cécile de Wit']);
      expect(await found('𝐂𝐞𝐜𝐢𝐥𝐞\u200e')).toEqual(['Cécile de Wit']);
      expect(await found('Cécile\tde\r\nWit\u202c')).toEqual(['Cécile de Wit']);
      // Lower case by ICU's rules, also for text of the C locale (which lowers only A to Z).
      const [{ folded }] = await t.db.query(`SELECT ${searchForm(`$1::text COLLATE "C"`)} AS folded`, ['CÉCILE ŁUKASZ ÖZDEMİR Weiß Cæsar Œuvre Ａｎｎａ\u00a0\u202fJo\u00adël\u200dle']);
      expect(folded).toBe('cecilelukaszozdemirweisscaesaroeuvreannajoelle');
    });
  });

  describe('DELETE /api/admin/people/:id', () => {
    it('keeps nothing a person writes while they are erased: the write waits for the erasure, then is refused', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const [author, replier] = [await g.person(), await g.person()];
      for (const person of [author, replier]) await g.enrolment(edition.id, person.id, 'participant');
      const [asAuthor, asReplier] = [await t.loginAs(author.email), await t.loginAs(replier.email)];
      const thread = (await asAuthor.post(`/api/editions/${edition.id}/discussions`, { title: 'Nachtdienst', body: 'Wie doet mee?' })).body;
      // The erasure holds the person's row, as PrivacyRepository.erase does, and commits its result meanwhile.
      const erasing = (personId: string) => ({
        lock: (transaction: { query: DataSource['query'] }) => transaction.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [personId]),
        erase: (transaction: { query: DataSource['query'] }) => transaction.query(`UPDATE person SET name = $2, erased_at = now() WHERE id = $1`, [personId, ERASED_PERSON_NAME]),
      });

      const reply = erasing(replier.id);
      const replied = await whileLocked(t.db, reply.lock, () => asReplier.post(`/api/discussions/${thread.id}/replies`, { body: 'Ik, met mijn eigen woorden' }), reply.erase);
      expect(replied.status).toBe(401);
      const start = erasing(author.id);
      const started = await whileLocked(t.db, start.lock, () => asAuthor.post(`/api/editions/${edition.id}/discussions`, { title: 'Mijn titel', body: 'Mijn tekst' }), start.erase);
      expect(started.status).toBe(401);
      expect(await t.db.query(`SELECT 1 FROM discussion_post WHERE body IN ('Ik, met mijn eigen woorden', 'Mijn tekst') UNION ALL SELECT 1 FROM discussion WHERE title = 'Mijn titel'`)).toEqual([]);
    });

    it('answers a correction of one’s own name that waited for one’s erasure as any write of an erased person: 401', async () => {
      const person = await given(t.db).person();
      const client = await t.loginAs(person.email);
      const renamed = await whileLocked(
        t.db,
        (transaction) => transaction.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [person.id]),
        () => client.patch('/api/me', { name: 'Geheime Naam' }),
        (transaction) => transaction.query(`UPDATE person SET name = $2, erased_at = now() WHERE id = $1`, [person.id, ERASED_PERSON_NAME]),
      );
      expect(renamed.status).toBe(401);
      expect(await t.db.query(`SELECT name FROM person WHERE id = $1`, [person.id])).toEqual([{ name: ERASED_PERSON_NAME }]);
    });

    it('is for admins only, refuses unknown people and the admin themselves', async () => {
      const participant = await given(t.db).person();
      expect((await t.anonymous().delete(`/api/admin/people/${participant.id}`)).status).toBe(401);
      const asParticipant = await t.loginAs(participant.email);
      expect((await asParticipant.delete(`/api/admin/people/${participant.id}`)).status).toBe(403);

      const client = await t.loginAs(admin.email);
      expect((await client.delete('/api/admin/people/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await client.delete('/api/admin/people/not-a-uuid')).status).toBe(404);
      const self = await client.delete(`/api/admin/people/${admin.id}`, { 'accept-language': 'en' });
      expect(self.status).toBe(409);
      expect(self.body).toMatchObject({ error: 'cannot_erase_yourself', message: expect.stringContaining('cannot erase your own') });
    });

    it('erases someone named by their id in capitals, as some spreadsheets and scripts write it', async () => {
      const participant = await given(t.db).person();
      const erased = await (await t.loginAs(admin.email)).delete(`/api/admin/people/${participant.id.toUpperCase()}`);
      expect(erased.status).toBe(200);
      expect(await t.db.query(`SELECT email FROM person WHERE id = $1`, [participant.id])).toEqual([{ email: erasedPersonEmail(participant.id) }]);
    });

    it('leaves no trace of the person in any table, keeps attendance as anonymous counts, and ends every login', async () => {
      const w = await personWithEverything(t);
      const rates = t.app.get(AttendanceRatesRepository);
      const attendanceCounts = (editionId: string) =>
        t.db.query(
          `SELECT a.status, count(*)::int AS n FROM attendance a JOIN session s ON s.id = a.session_id
            WHERE s.edition_id = $1 GROUP BY a.status ORDER BY a.status`,
          [editionId],
        );
      const before = { rates: await rates.participantRates([w.edition.id]), counts: await attendanceCounts(w.edition.id) };
      expect(await findTexts(t.db, personalTexts(w))).not.toEqual([]);
      // The outbox keeps a copy of every mail sent without SMTP, named after its delivery.
      const outbox = t.app.get(Outbox);
      const theirMails = await t.db.query(`SELECT id FROM notification_delivery WHERE person_id = $1`, [w.person.id]);
      const [othersMail] = await t.db.query(
        `INSERT INTO notification_delivery (person_id, event_key, kind) VALUES ($1, 'other', 'reminder') RETURNING id`,
        [w.other.id],
      );
      // Mails to Bram that quoted or named them: a mention in their post, one naming them; and one naming someone whose
      // name begins with theirs.
      const [theirPost] = await t.db.query(`SELECT id FROM discussion_post WHERE author_person_id = $1 LIMIT 1`, [w.person.id]);
      const invitedBy = (name: string) => ({ nl: `${name} nodigt je uit voor het intern team.`, en: `${name} invites you to the internal team.` });
      const mailsAboutThem = await t.db.query(
        `INSERT INTO notification_delivery (person_id, event_key, kind, payload) VALUES
           ($1, 'quoted', 'discussion_mention', jsonb_build_object('postId', $2::text)),
           ($1, 'named', 'invitation_received', jsonb_build_object('reason', $3::jsonb))
         RETURNING id`,
        [w.other.id, theirPost.id, JSON.stringify(invitedBy(w.person.name))],
      );
      const [namesake] = await t.db.query(
        `INSERT INTO notification_delivery (person_id, event_key, kind, payload) VALUES ($1, 'namesake', 'invitation_received', jsonb_build_object('reason', $2::jsonb)) RETURNING id`,
        [w.other.id, JSON.stringify(invitedBy(`${w.person.name}sen`))],
      );
      // The mails of their own application, sent by address: its confirmation link, and the request to the director it names.
      const applicationMails = await t.db.query(
        `INSERT INTO notification_delivery (application_id, event_key, kind)
         SELECT a.id, k.kind, k.kind FROM application a, unnest(ARRAY['application_confirm', 'director_commitment_request']) k(kind) WHERE a.email = $1
         RETURNING id`,
        [w.person.email],
      );
      expect(applicationMails).toHaveLength(2);
      for (const { id } of [...theirMails, othersMail, ...mailsAboutThem, namesake, ...applicationMails]) await outbox.write(id, Buffer.from(`To: ${w.person.email}`));
      expect(theirMails.length).toBeGreaterThan(0);

      const client = await t.loginAs(admin.email);
      // Someone with nothing but the same enrolments in an edition under way (as a participant with a director of
      // their own, who leaves with them), which erasing withdraws one by one.
      const bare = await given(t.db).person();
      const bareEdition = await given(t.db).edition();
      const bareDirector = await given(t.db).person();
      await given(t.db).enrolment(bareEdition.id, bareDirector.id, 'director');
      await given(t.db).enrolment(bareEdition.id, bare.id, 'participant', { directorPersonId: bareDirector.id });
      await given(t.db).enrolment(bareEdition.id, bare.id, 'director');
      await given(t.db).session(bareEdition.id, { startsAt: '2099-03-10T08:30:00Z' });
      await given(t.db).session(bareEdition.id, { kind: 'board_meeting', audienceParticipants: false, audienceDirectors: true, startsAt: '2099-03-17T12:00:00Z' });
      t.queries.reset();
      expect((await client.delete(`/api/admin/people/${bare.id}`)).status).toBe(200);
      const statementsForBare = t.queries.count;
      t.queries.reset();
      const response = await client.delete(`/api/admin/people/${w.person.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: w.person.id, name: ERASED_PERSON_NAME, erasedAt: expect.any(String), filesRemoved: 4, attendanceKept: 4 });
      // A fixed set of statements for the same enrolments (each one left is a few statements more), however much the
      // person left behind.
      expect(t.queries.count).toBe(statementsForBare);

      for (const file of w.stored) expect(existsSync(storedPath(t, file.storageKey))).toBe(false);
      for (const { id } of [...theirMails, ...mailsAboutThem, ...applicationMails]) expect(await outbox.read(`${id}.eml`)).toBeNull();
      // The mention in their post had not gone out yet: with the post emptied it would say nothing, so it is not sent.
      expect(await t.db.query(`SELECT id FROM notification_delivery WHERE id = $1`, [mailsAboutThem[0].id])).toEqual([]);
      for (const { id } of [othersMail, namesake]) expect(await outbox.read(`${id}.eml`)).not.toBeNull();
      // The invitation's sentence names the placeholder now; the namesake is someone else, whose name stays whole (and is
      // no trace of the erased person's below).
      expect(await t.db.query(`SELECT payload->'reason' AS reason FROM notification_delivery WHERE id = $1`, [mailsAboutThem[1].id])).toEqual([
        { reason: invitedBy(ERASED_PERSON_NAME) },
      ]);
      expect(
        await t.db.query(`WITH gone AS (DELETE FROM notification_delivery WHERE id = $1 RETURNING payload) SELECT payload->'reason' AS reason FROM gone`, [namesake.id]),
      ).toEqual([{ reason: invitedBy(`${w.person.name}sen`) }]);
      expect(await findTexts(t.db, personalTexts(w))).toEqual([]);

      const [erased] = await t.db.query(
        `SELECT name, email, password_hash, calendar_feed_nonce, calendar_feed_fetched_at, organisation_id, is_admin, reminders_enabled, erased_at FROM person WHERE id = $1`,
        [w.person.id],
      );
      expect(erased).toMatchObject({
        name: ERASED_PERSON_NAME,
        email: erasedPersonEmail(w.person.id),
        password_hash: null,
        calendar_feed_nonce: null,
        calendar_feed_fetched_at: null,
        organisation_id: null,
        reminders_enabled: false,
        erased_at: expect.any(Date),
      });

      // Attendance stays, so the edition's counts add up exactly as before; as anyone withdrawn from an edition under
      // way, they have no rate of their own in it any more.
      expect(await attendanceCounts(w.edition.id)).toEqual(before.counts);
      expect(sortByPerson(await rates.participantRates([w.edition.id]))).toEqual(sortByPerson(before.rates.filter((rate) => rate.personId !== w.person.id)));
      // Their work is still counted (versions, lateness, outcomes), without its content.
      expect(await t.db.query(`SELECT version, text, late FROM submission WHERE person_id = $1 ORDER BY version`, [w.person.id])).toEqual([
        { version: 1, text: '', late: false },
        { version: 2, text: '', late: true },
      ]);
      expect(await t.db.query(`SELECT outcome, comment FROM feedback f JOIN submission s ON s.id = f.submission_id WHERE s.person_id = $1 ORDER BY outcome`, [w.person.id])).toEqual([
        { outcome: 'approved', comment: '' },
        { outcome: 'revise', comment: '' },
      ]);
      // They left the edition under way, in both roles, and no director names them any more.
      expect(await t.db.query(`SELECT role, status, director_person_id FROM enrolment WHERE person_id = $1 ORDER BY role`, [w.person.id])).toEqual([
        { role: 'participant', status: 'withdrawn', director_person_id: null },
        { role: 'director', status: 'withdrawn', director_person_id: null },
      ]);
      // Withdrawn as director, they send nobody to the coming board meeting: that answer went with the enrolment.
      expect(await t.db.query(`SELECT response FROM session_rsvp WHERE person_id = $1`, [w.person.id])).toEqual([]);
      // Their posts stay in the thread without their text, under the placeholder name; Bram's reply names no one.
      const [thread] = await t.db.query(`SELECT id FROM discussion WHERE edition_id = $1`, [w.edition.id]);
      const detail = (await (await t.loginAs(w.other.email)).get(`/api/discussions/${thread.id}`)).body;
      expect([detail.title, ...detail.posts.map((post: { authorName: string; body: string }) => [post.authorName, post.body])]).toEqual([
        '',
        [ERASED_PERSON_NAME, ''],
        ['Bram Blijft', `@${ERASED_PERSON_NAME}: bel me even.`],
        [ERASED_PERSON_NAME, ''],
      ]);
      // Their comment on Bram's log stays in its place without its text; Bram's comment on their (deleted) log is gone with it.
      const comments = (await (await t.loginAs(w.other.email)).get(`/api/challenge-log-entries/${w.bramsEntry}/comments`)).body;
      expect(comments.map((comment: { authorName: string; body: string }) => [comment.authorName, comment.body])).toEqual([[ERASED_PERSON_NAME, '']]);
      expect(await t.db.query(`SELECT 1 FROM challenge_log_comment WHERE author_person_id = $1`, [w.other.id])).toEqual([]);
      // Someone else's data is untouched.
      expect(await t.db.query(`SELECT text FROM submission WHERE id = $1`, [w.otherSubmission[0].id])).toEqual([{ text: 'Werk van Bram' }]);
      expect((await t.db.query(`SELECT 1 FROM enrolment WHERE person_id = $1`, [w.other.id])).length).toBe(1);

      // No way back in: the old session is gone, the old and the placeholder email both fail to log in.
      expect((await w.client.get('/api/me')).status).toBe(401);
      expect((await t.anonymous().post('/api/auth/login', { email: w.person.email, password: TEST_PASSWORD })).status).toBe(401);
      expect((await t.anonymous().post('/api/auth/login', { email: erasedPersonEmail(w.person.id), password: TEST_PASSWORD })).status).toBe(401);
      expect(
        await t.db.query(
          `SELECT 1 FROM login_session WHERE person_id = $1 UNION ALL SELECT 1 FROM password_reset_token WHERE person_id = $1
           UNION ALL SELECT 1 FROM api_token WHERE person_id = $1`,
          [w.person.id],
        ),
      ).toEqual([]);
      expect((await t.anonymous().get('/api/me', { authorization: `Bearer ${w.apiToken}` })).status).toBe(401);

      // Gone from the admin's search, and erasing twice says so.
      expect((await client.get(`/api/admin/people?search=${encodeURIComponent(w.person.name)}`)).body.total).toBe(0);
      expect((await client.get(`/api/admin/people?search=${encodeURIComponent(ERASED_PERSON_NAME)}`)).body.total).toBe(0);
      const again = await client.delete(`/api/admin/people/${w.person.id}`);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('person_already_erased');
    });

    it('withdraws them from editions under way, their place to the first waiting, and keeps a completed edition’s record without their director', async () => {
      const g = given(t.db);
      const [running, completed] = [await g.edition({ capacity: 1 }), await g.edition({ status: 'completed' })];
      const [leaving, waiting, director] = [await g.person({ name: 'Vera Vertrekt' }), await g.person({ name: 'Wim Wacht' }), await g.person({ name: 'Dirk Directeur' })];
      for (const edition of [running, completed]) await g.enrolment(edition.id, leaving.id, 'participant', { directorPersonId: director.id });
      await t.db.query(`INSERT INTO enrolment (edition_id, person_id, role, status, waitlist_position) VALUES ($1, $2, 'participant', 'waitlisted', 1)`, [running.id, waiting.id]);
      const coming = await g.session(running.id, { startsAt: '2099-03-10T08:30:00Z' });
      const expectedAt = async () => (await t.db.query(`SELECT person_id FROM expected_attendee WHERE session_id = $1`, [coming.id])).map((row: { person_id: string }) => row.person_id);
      expect(await expectedAt()).toEqual([leaving.id]);

      const client = await t.loginAs(admin.email);
      expect((await client.delete(`/api/admin/people/${leaving.id}`)).status).toBe(200);
      expect(await expectedAt()).toEqual([waiting.id]);
      const enrolments = await t.db.query(
        `SELECT edition_id AS "editionId", person_id AS "personId", status, director_person_id AS "directorId" FROM enrolment WHERE edition_id = ANY($1) ORDER BY person_id = $2 DESC, edition_id = $3 DESC`,
        [[running.id, completed.id], leaving.id, running.id],
      );
      expect(enrolments).toEqual([
        { editionId: running.id, personId: leaving.id, status: 'withdrawn', directorId: null },
        { editionId: completed.id, personId: leaving.id, status: 'active', directorId: null },
        { editionId: running.id, personId: waiting.id, status: 'active', directorId: null },
      ]);
      const exported = await client.get(`/api/editions/${completed.id}/enrolments.csv`);
      expect(exported.text).toContain(ERASED_PERSON_NAME);
      expect(exported.text).not.toContain('Dirk Directeur');

      // Someone erased by an earlier release kept their place: erasing them again changes nothing, and says so.
      await t.db.query(`UPDATE enrolment SET status = 'active' WHERE person_id = $1 AND edition_id = $2`, [leaving.id, running.id]);
      const again = await client.delete(`/api/admin/people/${leaving.id}`);
      expect([again.status, again.body.error]).toEqual([409, 'person_already_erased']);
      expect(await t.db.query(`SELECT status FROM enrolment WHERE person_id = $1 AND edition_id = $2`, [leaving.id, running.id])).toEqual([{ status: 'active' }]);
    });

    it('leaves the participants an erased director sponsored without a director, so a new one is named without replacing a placeholder', async () => {
      const g = given(t.db);
      const [running, completed] = [await g.edition({ status: 'open' }), await g.edition({ status: 'completed' })];
      const [director, participant] = [await g.person({ name: 'Dirk Gewist' }), await g.person({ name: 'Pien Blijft' })];
      const enrolments = [];
      for (const edition of [running, completed]) {
        await g.enrolment(edition.id, director.id, 'director');
        enrolments.push(await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id }));
      }
      const client = await t.loginAs(admin.email);
      expect((await client.delete(`/api/admin/people/${director.id}`)).status).toBe(200);
      expect(await t.db.query(`SELECT director_person_id FROM enrolment WHERE id = ANY($1::uuid[])`, [enrolments.map((e) => e.id)])).toEqual([
        { director_person_id: null },
        { director_person_id: null },
      ]);
      const named = await client.post(`/api/editions/${running.id}/enrolments`, { role: 'director', name: 'Nina Nieuw', email: `nina-${director.id}@zorg.example`, participantEmail: participant.email });
      expect(named.status).toBe(201);
    });

    it('takes an erased trainer off the sessions still to come and the groups they led; the sessions they ran keep them', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'running' });
      const trainer = await g.person({ name: 'Tim Gewist' });
      await g.enrolment(edition.id, trainer.id, 'trainer');
      const [held, coming] = [await g.session(edition.id, { startsAt: '2026-01-13T08:30:00Z' }), await g.session(edition.id, { startsAt: '2099-01-13T08:30:00Z' })];
      for (const session of [held, coming]) await g.sessionStaff(session.id, trainer.id, 'trainer');
      const [group] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Noord', 1) RETURNING id`, [edition.id]);
      await t.db.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) VALUES ($1, $2)`, [group.id, trainer.id]);

      expect((await (await t.loginAs(admin.email)).delete(`/api/admin/people/${trainer.id}`)).status).toBe(200);
      expect(await t.db.query(`SELECT session_id AS "sessionId" FROM session_staff WHERE person_id = $1`, [trainer.id])).toEqual([{ sessionId: held.id }]);
      expect(await t.db.query(`SELECT 1 FROM network_group_facilitator WHERE person_id = $1`, [trainer.id])).toEqual([]);
    });

    it('passes on another writer’s later mention in the mail not yet sent for the erased person’s, instead of dropping both', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const [erased, other, reader] = [await g.person({ name: 'Eef Gewist' }), await g.person({ name: 'Otto Blijft' }), await g.person({ name: 'Roos Lezer' })];
      for (const person of [erased, other, reader]) await g.enrolment(edition.id, person.id, 'participant');
      const [thread] = await t.db.query(`INSERT INTO discussion (edition_id, title, author_person_id) VALUES ($1, 'Vraag', $2) RETURNING id`, [edition.id, erased.id]);
      const post = async (authorId: string, minutesAgo: number) => {
        const [row] = await t.db.query(
          `INSERT INTO discussion_post (discussion_id, author_person_id, body, created_at) VALUES ($1, $2, '@Roos Lezer kijk even', now() - make_interval(mins => $3)) RETURNING id`,
          [thread.id, authorId, minutesAgo],
        );
        await t.db.query(`INSERT INTO discussion_mention (post_id, person_id) VALUES ($1, $2)`, [row.id, reader.id]);
        return row.id as string;
      };
      const erasedPost = await post(erased.id, 20);
      // One mail for the thread's hour: Otto's later mention of Roos waited in it.
      const [mail] = await t.db.query(
        `INSERT INTO notification_delivery (person_id, event_key, kind, payload, created_at)
         VALUES ($1, 'mention-hour', 'discussion_mention', jsonb_build_object('postId', $2::text, 'writerId', $3::text), now() - interval '20 minutes') RETURNING id`,
        [reader.id, erasedPost, erased.id],
      );
      const othersPost = await post(other.id, 10);
      expect((await (await t.loginAs(admin.email)).delete(`/api/admin/people/${erased.id}`)).status).toBe(200);
      expect(await t.db.query(`SELECT payload FROM notification_delivery WHERE id = $1`, [mail.id])).toEqual([{ payload: { postId: othersPost, writerId: other.id } }]);
    });

    it('replaces the mentions of the erased person, under any name they had, and not of someone whose name begins with theirs', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const tag = Math.random().toString(36).slice(2, 8);
      const [leaving, namesake, writer] = [await g.person({ name: `Jan Smit ${tag}` }), await g.person({ name: `Jan Smit ${tag}s` }), await g.person()];
      for (const person of [leaving, namesake, writer]) await g.enrolment(edition.id, person.id, 'participant');
      const thread = await (await t.loginAs(writer.email)).post(`/api/editions/${edition.id}/discussions`, {
        title: 'Slides',
        body: `@${namesake.name} en @${leaving.name}, delen jullie je slides?`,
      });
      expect(thread.status).toBe(201);
      // Renamed since: the mention under the old name is theirs all the same.
      expect((await (await t.loginAs(leaving.email)).patch('/api/me', { name: 'Jan de Wit' })).status).toBe(200);
      expect((await (await t.loginAs(admin.email)).delete(`/api/admin/people/${leaving.id}`)).status).toBe(200);
      expect(await t.db.query(`SELECT body FROM discussion_post WHERE discussion_id = $1`, [thread.body.id])).toEqual([
        { body: `@${namesake.name} en @${ERASED_PERSON_NAME}, delen jullie je slides?` },
      ]);
    });

    it('takes their earlier names and addresses out of others’ mails too, the whole of a longer name first', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open' });
      const tag = Math.random().toString(36).slice(2, 8);
      const office = await t.loginAs(admin.email);
      const directorEmail = `dora.${tag}@zorg.example`;
      const enrolled = await office.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'participant',
        name: `Zoë Ødegård-Çelik ${tag} 李小龍`,
        email: `zoe.${tag}@zorg.example`,
        organisation: 'Zorggroep De Linde',
        directorEmail,
        directorName: 'Dora Directeur',
      });
      expect(enrolled.status).toBe(201);
      // Dora sponsors another participant too, so she stays in the edition, and her mails wait for her.
      const colleague = { role: 'participant', name: `Bas ${tag}`, email: `bas.${tag}@zorg.example`, organisation: 'Zorggroep De Linde', directorEmail, directorName: 'Dora Directeur' };
      expect((await office.post(`/api/editions/${edition.id}/enrolments`, colleague)).status).toBe(201);
      const payloadsTo = async () =>
        (await t.db.query(`SELECT d.payload::text AS payload FROM notification_delivery d JOIN person p ON p.id = d.person_id WHERE p.email = $1`, [directorEmail])).map(
          (row: { payload: string }) => row.payload,
        );
      expect((await payloadsTo()).join()).toContain(`Zoë Ødegård-Çelik ${tag} 李小龍`);
      // Corrected twice (the name, then the address), then erased while the director's mails still wait.
      expect((await office.patch(`/api/admin/people/${enrolled.body.personId}`, { name: `Zoë Ødegård-Çelik ${tag}` })).status).toBe(200);
      expect((await office.patch(`/api/admin/people/${enrolled.body.personId}`, { email: `zoe.nieuw.${tag}@zorg.example` })).status).toBe(200);
      expect((await office.delete(`/api/admin/people/${enrolled.body.personId}`)).status).toBe(200);

      const after = (await payloadsTo()).join();
      expect(after).toContain(ERASED_PERSON_NAME);
      for (const trace of [tag, '李小龍', 'Ødegård', `zoe.${tag}`]) expect([trace, after.includes(trace)]).toEqual([trace, false]);
    });

    it('never takes an erased person’s placeholder address as anyone’s again: enrolling, a file, a team, a region, the command line', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open' });
      const leaving = await g.person();
      const participant = await g.person();
      await g.enrolment(edition.id, participant.id, 'participant');
      const office = await t.loginAs(admin.email);
      expect((await office.delete(`/api/admin/people/${leaving.id}`)).status).toBe(200);
      const placeholder = erasedPersonEmail(leaving.id);

      for (const role of ['participant', 'trainer', 'director'] as const) {
        const refused = await office.post(`/api/editions/${edition.id}/enrolments`, { role, name: 'Herrezen', email: placeholder, organisation: 'De Linde' });
        expect([role, refused.status, refused.body.fields]).toEqual([role, 400, [{ field: 'email', message: 'Vul een geldig e-mailadres in.' }]]);
      }
      const csv = Buffer.from(`naam;e-mailadres;organisatie\r\nHerrezen;${placeholder};De Linde\r\n`);
      const report = await office.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, csv, { 'content-type': 'text/csv' });
      expect(report.body.rows.map((row: { outcome: string; problems: { code: string }[] }) => [row.outcome, row.problems.map((p) => p.code)])).toEqual([['rejected', ['invalid_email']]]);
      const team = await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Herrezen', email: placeholder, roleInOrganisation: 'Zorg' });
      expect([team.status, team.body.fields?.[0]?.field]).toEqual([400, 'email']);
      const [region] = await t.db.query(`SELECT id FROM region LIMIT 1`);
      expect((await office.post(`/api/regions/${region.id}/managers`, { email: placeholder })).status).toBe(400);
      expect(await createAdmin(t.db, t.config, placeholder, 'Herrezen', true)).toEqual({ lines: [`Not an email address mail can reach: ${placeholder}`, expect.stringMatching(/^Usage/)], exitCode: 1 });
      expect(await t.db.query(`SELECT erased_at IS NOT NULL AS erased, is_admin AS "isAdmin" FROM person WHERE id = $1`, [leaving.id])).toEqual([{ erased: true, isAdmin: false }]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE person_id = $1 AND status <> 'withdrawn'`, [leaving.id])).toEqual([{ n: 0 }]);
    });

    it('is all or nothing: when one statement fails, every trace and file is still there', async () => {
      const w = await personWithEverything(t);
      // The very last statement of the erasure fails.
      await t.db.query(`
        CREATE FUNCTION refuse_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.erased_at IS NOT NULL THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_erasure BEFORE UPDATE ON person FOR EACH ROW EXECUTE FUNCTION refuse_erasure();`);
      try {
        const before = await findTexts(t.db, personalTexts(w));
        const client = await t.loginAs(admin.email);
        expect((await client.delete(`/api/admin/people/${w.person.id}`)).status).toBe(500);
        expect(await findTexts(t.db, personalTexts(w))).toEqual(before);
        for (const file of w.stored) expect(existsSync(storedPath(t, file.storageKey))).toBe(true);
        expect((await w.client.get('/api/me')).status).toBe(200);
      } finally {
        await t.db.query(`DROP TRIGGER refuse_erasure ON person; DROP FUNCTION refuse_erasure();`);
      }
    });
  });
});

function sortByPerson<T extends { personId: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.personId.localeCompare(b.personId));
}
