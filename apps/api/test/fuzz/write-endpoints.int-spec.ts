import { ATTENDANCE_STATUSES, FEEDBACK_OUTCOMES, INNOVATION_PHASES, LOCALES, REGIONS, SESSION_KINDS } from '@koers/shared/domain';
import { EDITION_ROLES } from '@koers/shared/roles';
import { RSVP_RESPONSES } from '@koers/shared/rsvp';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { workingDayFromNow } from '../working-day';
import { issueFormStamp } from '../../src/applications/application-form-stamp';
import { serverSecret } from '../../src/app/config';
import { checkInCode, codeStep } from '../../src/attendance/check-in-code';
import { applicationWithdrawToken, newSecretToken, sha256 } from '../../src/app/tokens';
import { AuthService } from '../../src/auth/auth.service';
import { instantToAmsterdam } from '../../src/calendar/amsterdam-time';
import { newVerificationCode } from '../../src/completion/verification-code';
import { NotificationWorker } from '../../src/notifications/notification-worker';
import { given } from '../builders';
import type { HttpClient } from '../http-client';
import { readOutbox } from '../mail-outbox';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-app';
import { applyMutation, csvText, formPart, formShape, HOSTILE_FRAGMENTS, hostileString, HTML_PAYLOADS, multipartBody, mutationOf, type Mutation } from './hostile-input';
import {
  type Changes,
  changesBetween,
  checkWriteEndpoint,
  type EndpointReport,
  expectChanged,
  expectErrorBody,
  expectNoReflectedHtml,
  RUNS,
  send,
  type Snapshot,
  snapshotter,
  type WriteEndpoint,
  SEED,
} from './write-properties';

const DAY = 86_400_000;

let counter = 0;
/** A new address per run, so a valid body creates someone new instead of meeting "already enrolled". */
const freshEmail = (what: string) => `fuzz-${what}-${++counter}@example.nl`;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A URL path segment: the valid id mostly, otherwise a random UUID or hostile text (encoded, as a browser would). */
const idOr = (valid: string) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant(valid) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileString.map((text) => encodeURIComponent((text as string & { toWellFormed(): string }).toWellFormed()).slice(0, 300) || '%20') },
  );

// Each test runs a whole property (200 requests); FUZZ_RUNS may ask for many more.
jest.setTimeout(300_000);

/**
 * Property-based tests of the main write endpoints with random and hostile input, against one application and one
 * world: never a 5xx, the error body on every 4xx, no partial writes, no HTML reflected unescaped.
 */
describe('write endpoints under random and hostile input', () => {
  let t: TestApp;
  let snapshot: () => Promise<Snapshot>;
  const reports: EndpointReport[] = [];
  const world = {} as Awaited<ReturnType<typeof buildWorld>>;
  const as = {} as Record<'admin' | 'trainer' | 'participant' | 'director', HttpClient>;

  /**
   * A post is one new row; the same one sent again at once (a double click, a retry: the fuzzing repeats a mutation)
   * changes nothing and answers the row already there.
   */
  async function expectPostedOnce(name: string, changes: Changes, table: string, response: { body: unknown }, allowedAlso: string[] = []): Promise<void> {
    if (changes.has(table)) return expectChanged(name, changes, { [table]: 1 }, allowedAlso);
    if (changes.size > 0) throw new Error(`${name}: a repeat changed ${[...changes.keys()].join(', ')}`);
    const { id } = response.body as { id: string };
    if ((await t.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 0) throw new Error(`${name}: a repeat answered ${id}, which is not stored`);
  }

  async function buildWorld() {
    const g = given(t.db);
    const organisation = await g.organisation({ name: 'Zorggroep De Linde' });
    const [admin, trainer, participant, reviewee, director, loginPerson, resetPerson] = [
      await g.person({ isAdmin: true }),
      await g.person({ name: 'Sanne de Vries' }),
      await g.person({ name: 'Lotte Bakker', organisationId: organisation.id }),
      await g.person({ name: 'Zoë Brouwer', organisationId: organisation.id }),
      await g.person({ name: 'Dirk Directeur', organisationId: organisation.id }),
      await g.person(),
      await g.person(),
    ];
    const programme = await g.programme();
    const curriculum = await g.curriculum(programme.id, 'PNPB', [{ slotIndex: 1, offsetDays: -3 }]);
    const templateProgramme = await g.programme();
    const templateCurriculum = await g.curriculum(templateProgramme.id, 'PN');

    const edition = await g.edition({ programmeId: programme.id, name: 'HIS-I fuzz', status: 'running' });
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, director.id, 'director');
    const participantEnrolment = await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
    await g.enrolment(edition.id, reviewee.id, 'participant', { directorPersonId: director.id });
    await g.challenge(participantEnrolment.id, { title: 'Slimme sensoren' });

    const now = await g.session(edition.id, { title: 'Lesdag nu', startsAt: new Date(Date.now() - 0.2 * 3_600_000), durationMinutes: 240 });
    await g.sessionStaff(now.id, trainer.id);
    const later = await g.session(edition.id, { title: 'Lesdag later', startsAt: inDays(40) });
    const board = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijk overleg', startsAt: inDays(30), durationMinutes: 120 });
    const pastBoard = await g.session(edition.id, { kind: 'board_meeting', title: 'Eerder overleg', startsAt: inDays(-7), durationMinutes: 120 });
    const assignment = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: inDays(20) });
    const reviewAssignment = await g.assignment(edition.id, { title: 'Reflectie', dueAt: inDays(20) });
    const reviewSubmission = await g.submission(reviewAssignment.id, reviewee.id);
    const editableAssignment = await g.assignment(edition.id, { title: 'Te bewerken', dueAt: inDays(25) });
    const cancellable = await g.session(edition.id, { title: 'Netwerksessie', kind: 'network_session', startsAt: inDays(50), durationMinutes: 120 });

    const enrolEdition = await g.edition({ programmeId: programme.id, name: 'HIS-I inschrijven', status: 'open', capacity: 5 });
    return {
      organisation,
      admin,
      trainer,
      participant,
      reviewee,
      director,
      loginPerson,
      resetPerson,
      programme,
      curriculum,
      templateProgramme,
      templateCurriculum,
      edition,
      participantEnrolment,
      sessions: { now, later, board, pastBoard, cancellable },
      assignment,
      editableAssignment,
      reviewAssignment,
      reviewSubmission,
      enrolEdition,
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' }, { collectRoutes: true });
    snapshot = await snapshotter(t.db);
    Object.assign(world, await buildWorld());
    as.admin = await t.loginAs(world.admin.email);
    as.trainer = await t.loginAs(world.trainer.email);
    as.participant = await t.loginAs(world.participant.email);
    as.director = await t.loginAs(world.director.email);
  }, 60_000);

  afterAll(async () => {
    // FUZZ_REPORT=1 prints what each endpoint answered, to see that the runs reach past validation.
    if (process.env.FUZZ_REPORT) {
      const total = reports.reduce((sum, report) => sum + report.ms, 0);
      const lines = reports.map((r) => `${r.name.padEnd(52)} ${String(r.runs).padStart(4)} runs ${String(r.ms).padStart(6)} ms  ${JSON.stringify(r.byStatus)}`);
      process.stdout.write(`\nFuzzed write endpoints (${(total / 1000).toFixed(1)} s):\n${lines.join('\n')}\n`);
    }
    await t?.close();
  });

  /** Every run starts with no rate-limit counts, so a limit (tested on its own) never hides the paths behind it. */
  async function fuzz<I>(endpoint: WriteEndpoint<I>) {
    const prepare = async () => {
      await t.db.query(`DELETE FROM rate_limit_counter`);
      await endpoint.prepare?.();
    };
    reports.push(await checkWriteEndpoint(snapshot, { ...endpoint, prepare }));
  }

  /** A JSON write by one client: the valid body (made fresh per run) with one mutation, to a path that may be mutated too. */
  function jsonWrite(
    client: () => HttpClient,
    method: 'POST' | 'PUT' | 'PATCH',
    url: (id: string) => string,
    validBody: () => unknown | Promise<unknown>,
  ) {
    return async ({ id, mutation }: { id: string; mutation: Mutation }) => send(client(), method, url(id), applyMutation(await validBody(), mutation));
  }

  const only = (name: string, changes: Changes, tables: string[]) => expectChanged(name, changes, {}, tables);
  const one = async <T>(sql: string, params: unknown[]): Promise<T> => ((await t.db.query(sql, params)) as T[])[0];
  /** Files in FileStorage's directory, with any left half-written in `incoming`. */
  const storedFiles = async () => {
    const filesDir = path.join(t.config.dataDir, 'files');
    const stored = await readdir(filesDir).catch(() => [] as string[]);
    const incoming = await readdir(path.join(filesDir, 'incoming')).catch(() => [] as string[]);
    return [...stored.filter((name) => name !== 'incoming'), ...incoming.map((name) => `incoming/${name}`)];
  };

  it('refuses form-encoded and text bodies on every write route with 415 and the error body, writing nothing', async () => {
    const writes = t.routes.filter((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method) && route.url.startsWith('/api/'));
    expect(writes.length).toBeGreaterThan(40);
    const bodies = fc.constantFrom(
      { raw: 'text=%00&locale=nl&name=%3Cscript%3E', contentType: 'application/x-www-form-urlencoded' },
      { raw: 'email=a%40b.nl&password=x', contentType: 'application/x-www-form-urlencoded; charset=UTF-8' },
      { raw: '{"text":"plain"}', contentType: 'text/plain' },
      { raw: 'nul \u0000 byte', contentType: 'text/plain;charset=UTF-8' },
    );
    const byStatus: Record<number, number> = {};
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), bodies, fc.constantFrom(...(['admin', 'participant'] as const)), async (route, body, who) => {
        const url = route.url.replace(/:[A-Za-z]+/g, () => world.edition.id);
        const before = await snapshot();
        const response = await as[who].request(route.method as 'POST', url, body.raw, { 'content-type': body.contentType });
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
        if (response.status !== 415) throw new Error(`${route.method} ${route.url} answered ${response.status} to ${body.contentType}: ${response.text.slice(0, 300)}`);
        expectErrorBody(response);
        const changed = [...changesBetween(before, await snapshot()).keys()];
        if (changed.length > 0) throw new Error(`${route.method} ${route.url} refused ${body.contentType} but changed ${changed.join(', ')}`);
      }),
      { numRuns: Math.max(RUNS, writes.length * 4), seed: SEED },
    );
    reports.push({ name: 'every write route, form and text bodies', runs: Math.max(RUNS, writes.length * 4), byStatus, ms: Date.now() - started });
  });

  describe('auth', () => {
    it('POST /api/auth/login', async () => {
      await fuzz({
        name: 'POST /api/auth/login',
        input: fc.record({
          ip: fc.ipV4(),
          mutation: mutationOf([['email'], ['password']], fc.constantFrom(world.loginPerson.email.toUpperCase(), ` ${world.loginPerson.email} `, 'wrong-password', world.admin.email)),
        }),
        request: ({ ip, mutation }) => send(t.anonymous(ip), 'POST', '/api/auth/login', applyMutation({ email: world.loginPerson.email, password: TEST_PASSWORD }, mutation)),
        // A login records on the person when and how they last logged in.
        accepted: (_input, _response, changes) => expectChanged('login', changes, { login_session: 1, person: 'changed' }),
        minAccepted: 5,
      });
    });

    it('POST /api/auth/password-reset/request', async () => {
      await fuzz({
        name: 'POST /api/auth/password-reset/request',
        input: fc.record({ ip: fc.ipV4(), mutation: mutationOf([['email']], fc.constantFrom(world.resetPerson.email.toUpperCase(), 'nobody@example.nl')) }),
        request: async ({ ip, mutation }) => {
          const response = await send(t.anonymous(ip), 'POST', '/api/auth/password-reset/request', applyMutation({ email: world.resetPerson.email }, mutation));
          // The mail is queued after the answer; its writes belong to this run.
          await t.app.get(AuthService).resetsQueued();
          return response;
        },
        accepted: async (_input, response, changes) => {
          expectChanged('reset request', changes, {}, ['password_reset_token', 'notification_delivery']);
          const added = changes.get('password_reset_token')?.added ?? 0;
          if (response.status !== 202 || added > 1) throw new Error(`reset request: ${response.status}, ${added} tokens`);
        },
        minAccepted: 10,
      });
    });

    it('POST /api/auth/password-reset/confirm', async () => {
      // A fresh token per run, stored before the snapshot is taken: the valid body then really resets the password.
      const FRESH = 'fresh-token';
      let token = '';
      await fuzz({
        name: 'POST /api/auth/password-reset/confirm',
        input: fc.record({ mutation: mutationOf([['token'], ['password']], fc.constantFrom('short', 'x'.repeat(1024), 'x'.repeat(1025), newSecretToken())) }),
        prepare: async () => {
          token = newSecretToken();
          await t.db.query(`INSERT INTO password_reset_token (person_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
            world.resetPerson.id,
            sha256(token),
          ]);
        },
        request: ({ mutation }) => {
          const body = applyMutation({ token: FRESH, password: 'een-heel-nieuw-wachtwoord' }, mutation);
          const json = 'json' in body ? (body.json as { token?: unknown } | null) : null;
          if (json?.token === FRESH) json.token = token;
          return send(t.anonymous(), 'POST', '/api/auth/password-reset/confirm', body);
        },
        accepted: (_input, _response, changes) =>
          expectChanged('reset confirm', changes, { password_reset_token: 0, person: 0, notification_delivery: 1 }, ['login_session']),
        minAccepted: 5,
      });
    });
  });

  describe('implementation challenge', () => {
    it('PUT /api/me/challenge', async () => {
      await fuzz({
        name: 'PUT /api/me/challenge',
        input: fc.record({
          mutation: mutationOf(
            [['title'], ['description'], ['innovation'], ['goal'], ['phase'], ['editionId']],
            fc.oneof(fc.constantFrom(...INNOVATION_PHASES), fc.constant(world.edition.id), fc.constant(world.enrolEdition.id), fc.string({ maxLength: 5000 })),
          ),
        }),
        request: ({ mutation }) =>
          send(
            as.participant,
            'PUT',
            '/api/me/challenge',
            applyMutation({ title: 'Slimme sensoren', description: 'Nachtrust', innovation: 'Sensoren', goal: 'Minder valincidenten', phase: 'plan' }, mutation),
          ),
        accepted: async (_input, response, changes) => {
          only('challenge', changes, ['implementation_challenge']);
          const stored = await one<{ title: string; phase: string }>(`SELECT title, phase FROM implementation_challenge WHERE enrolment_id = $1`, [
            world.participantEnrolment.id,
          ]);
          const body = response.body as { title: string; phase: string };
          if (stored.title !== body.title || stored.phase !== body.phase) throw new Error(`challenge stored ${JSON.stringify(stored)}, answered ${response.text}`);
        },
        minAccepted: 10,
      });
    });

    it('POST /api/me/challenge/log', async () => {
      const today = instantToAmsterdam(new Date()).date;
      await fuzz({
        name: 'POST /api/me/challenge/log',
        input: fc.record({
          mutation: mutationOf([['entryDate'], ['text'], ['editionId']], fc.constantFrom(today, '2027-01-05', '2099-01-01', '2026-02-29', world.edition.id)),
        }),
        request: ({ mutation }) => send(as.participant, 'POST', '/api/me/challenge/log', applyMutation({ entryDate: '2026-01-05', text: 'Eerste gesprek met het team.' }, mutation)),
        accepted: (_input, response, changes) => expectPostedOnce('log', changes, 'challenge_log_entry', response, ['implementation_challenge']),
        minAccepted: 10,
      });
    });

    it('POST /api/challenge-log-entries/:id/comments', async () => {
      const entry = await one<{ id: string }>(
        `INSERT INTO challenge_log_entry (challenge_id, entry_date, text)
         SELECT id, '2026-01-06', 'Tweede gesprek.' FROM implementation_challenge WHERE enrolment_id = $1 RETURNING id`,
        [world.participantEnrolment.id],
      );
      await fuzz({
        name: 'POST /api/challenge-log-entries/:id/comments',
        input: fc.record({ id: idOr(entry.id), mutation: mutationOf([['body']], fc.string({ maxLength: 2100 })) }),
        // The owner comments on their own entry: no mail, so the comment is the only change.
        request: ({ id, mutation }) => send(as.participant, 'POST', `/api/challenge-log-entries/${id}/comments`, applyMutation({ body: 'Wie heeft tips?' }, mutation)),
        accepted: (_input, response, changes) => expectPostedOnce('comment', changes, 'challenge_log_comment', response),
        minAccepted: 10,
      });
    });
  });

  describe('opening an edition', () => {
    const validOpening = (withSessions: boolean) => ({
      name: `HIS-I fuzz ${++counter}`,
      startDate: '2027-09-07',
      cadenceWeeks: 2,
      weekday: 2,
      startTime: '09:30',
      schoolHolidayRegion: 'midden',
      capacity: 20,
      defaultLocation: 'Utrechtseweg 10, Amersfoort',
      defaultOnlineUrl: 'https://meet.example.nl/his',
      staff: [{ personId: world.trainer.id, role: 'trainer', kinds: ['programme_day'] }],
      ...(withSessions && {
        sessions: world.curriculum.slotIds.map((slotId, i) => ({
          slotId,
          date: instantToAmsterdam(new Date(Date.UTC(2027, 8, 7 + 14 * i, 12))).date,
          startTime: '09:30',
          endTime: '16:00',
          location: null,
          onlineUrl: null,
        })),
      }),
    });
    const openingPaths = [
      ['name'],
      ['startDate'],
      ['cadenceWeeks'],
      ['weekday'],
      ['startTime'],
      ['schoolHolidayRegion'],
      ['capacity'],
      ['defaultLocation'],
      ['defaultOnlineUrl'],
      ['staff'],
      ['staff', 0, 'personId'],
      ['staff', 0, 'role'],
      ['staff', 0, 'kinds'],
      ['sessions'],
    ];
    const sessionPaths = [['sessions', 0, 'date'], ['sessions', 1, 'startTime'], ['sessions', 2, 'endTime'], ['sessions', 0, 'slotId'], ['sessions', 3, 'onlineUrl']];
    const plausibleOpening = () =>
      fc.oneof(
      fc.constantFrom('1999-12-28', '2099-12-29', '9999-12-28', '0001-01-02', '2027-12-21', '00:00', '23:59', 1, 5, 52, 53, 1000, 1001, ...REGIONS, ...SESSION_KINDS),
      fc.constant([...SESSION_KINDS]),
      fc.constant(world.admin.id),
      fc.constant(world.curriculum.slotIds[0]),
      fc.constant('https://x'),
    );
    const openingInput = () =>
      fc.boolean().chain((withSessions) =>
      fc.record({
        withSessions: fc.constant(withSessions),
        id: idOr(world.programme.id),
        mutation: mutationOf(withSessions ? [...openingPaths, ...sessionPaths] : openingPaths, plausibleOpening()),
      }),
    );
    const openingRequest = (suffix: string) => async ({ id, withSessions, mutation }: { id: string; withSessions: boolean; mutation: Mutation }) =>
      send(as.admin, 'POST', `/api/programmes/${id}/editions${suffix}`, applyMutation(validOpening(withSessions), mutation));

    it('POST /api/programmes/:id/editions/preview', async () => {
      await fuzz({
        name: 'POST /api/programmes/:id/editions/preview',
        input: openingInput(),
        request: openingRequest('/preview'),
        accepted: (_input, _response, changes) => only('preview', changes, []),
        minAccepted: 10,
      });
    });

    it('POST /api/programmes/:id/editions', async () => {
      await fuzz({
        name: 'POST /api/programmes/:id/editions',
        input: openingInput(),
        request: openingRequest(''),
        accepted: async (_input, response, changes) => {
          const { slotIds, templateIds } = world.curriculum;
          expectChanged('open edition', changes, { edition: 1, session: slotIds.length, assignment: templateIds.length }, ['session_staff', 'enrolment']);
          const { id } = response.body as { id: string };
          const stored = await one<{ sessions: number }>(`SELECT count(*)::int AS sessions FROM session WHERE edition_id = $1`, [id]);
          if (stored.sessions !== slotIds.length) throw new Error(`edition ${id} has ${stored.sessions} sessions`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('enrolment', () => {
    it('POST /api/editions/:id/enrolments', async () => {
      const enrolPaths = [['role'], ['name'], ['email'], ['organisation'], ['region'], ['directorEmail'], ['directorName'], ['challengeTitle'], ['participantEmail'], ['roleInOrganisation']];
      await fuzz({
        name: 'POST /api/editions/:id/enrolments',
        input: fc.record({
          id: idOr(world.enrolEdition.id),
          mutation: mutationOf(enrolPaths, fc.oneof(fc.constantFrom(...EDITION_ROLES), fc.constant(world.participant.email), fc.constant(world.edition.id))),
        }),
        request: jsonWrite(
          () => as.admin,
          'POST',
          (id) => `/api/editions/${id}/enrolments`,
          () => ({
            role: 'participant',
            name: 'Anna Jansen',
            email: freshEmail('enrol'),
            organisation: 'Zorggroep Fuzz',
            region: 'midden',
            directorEmail: freshEmail('director'),
            directorName: 'Dirk',
            challengeTitle: 'Beeldbellen',
          }),
        ),
        accepted: async (_input, response, changes) => {
          only('enrol', changes, ['enrolment', 'person', 'organisation', 'implementation_challenge', 'password_reset_token', 'notification_delivery']);
          const { enrolmentId, role } = response.body as { enrolmentId: string; role: string };
          const stored = await one<{ role: string } | undefined>(`SELECT role FROM enrolment WHERE id = $1`, [enrolmentId]);
          if (stored?.role !== role) throw new Error(`enrolment ${enrolmentId} stored as ${JSON.stringify(stored)}`);
          if (role === 'participant' && !(await one(`SELECT 1 FROM implementation_challenge WHERE enrolment_id = $1`, [enrolmentId]))) {
            throw new Error(`participant ${enrolmentId} enrolled without a challenge`);
          }
        },
        minAccepted: 10,
      });
    });

    it('POST /api/editions/:id/enrolments/import', async () => {
      const validCsv = () =>
        `\uFEFFNaam;E-mail;Organisatie;Directeur e-mail;Vraagstuk\r\n` +
        `"Jansen; Anna";${freshEmail('csv')};"Zorggroep ""De Linde""";${freshEmail('csv-director')};Slimme sensoren\r\n` +
        `Bram;${freshEmail('csv')};Careyn;;\r\n`;
      await fuzz({
        name: 'POST /api/editions/:id/enrolments/import',
        input: fc.record({
          id: idOr(world.enrolEdition.id),
          dryRun: fc.oneof(fc.constantFrom('true', 'false', 'false', undefined), hostileString),
          contentType: fc.oneof(
            { weight: 8, arbitrary: fc.constantFrom('text/csv', 'text/csv; charset=utf-8') },
            { weight: 2, arbitrary: fc.constant('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') },
            fc.constantFrom('application/json', 'text/plain', 'application/octet-stream'),
          ),
          csv: fc.oneof(
            { weight: 2, arbitrary: fc.constant(undefined) },
            { weight: 5, arbitrary: csvText },
            { weight: 1, arbitrary: hostileString },
            // Something that starts like a zip archive (a workbook) and is anything after that.
            { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((tail) => Buffer.concat([Buffer.from('PK\u0003\u0004'), tail])) },
          ),
        }),
        request: ({ id, dryRun, contentType, csv }) => {
          const query = dryRun === undefined ? '' : `?dryRun=${encodeURIComponent((dryRun as string & { toWellFormed(): string }).toWellFormed())}`;
          return as.admin.request('POST', `/api/editions/${id}/enrolments/import${query}`, csv ?? validCsv(), { 'content-type': contentType });
        },
        accepted: async (_input, response, changes) => {
          const report = response.body as { dryRun: boolean; summary: { enrolled: number; waitlisted: number } };
          if (report.dryRun) return only('import dry run', changes, []);
          only('import', changes, ['enrolment', 'person', 'organisation', 'implementation_challenge', 'password_reset_token', 'notification_delivery']);
          const participants = report.summary.enrolled + report.summary.waitlisted;
          const challenges = changes.get('implementation_challenge')?.added ?? 0;
          if (challenges !== participants) throw new Error(`import enrolled ${participants} participants but stored ${challenges} challenges`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('attendance and check-in', () => {
    it('PUT /api/sessions/:id/attendance', async () => {
      const sessionId = world.sessions.now.id;
      await fuzz({
        name: 'PUT /api/sessions/:id/attendance',
        input: fc.record({
          id: idOr(sessionId),
          mutation: mutationOf(
            [[0, 'personId'], [0, 'status'], [0, 'note'], [1, 'personId'], [1, 'status'], [1], [2]],
            fc.oneof(fc.constantFrom(...ATTENDANCE_STATUSES), fc.constant(world.reviewee.id), fc.constant(world.admin.id), fc.string({ maxLength: 600 })),
          ),
        }),
        request: jsonWrite(
          () => as.trainer,
          'PUT',
          (id) => `/api/sessions/${id}/attendance`,
          () => [
            { personId: world.participant.id, status: ATTENDANCE_STATUSES[++counter % ATTENDANCE_STATUSES.length], note: 'Trein vertraagd' },
            { personId: world.reviewee.id, status: 'present' },
          ],
        ),
        accepted: async (_input, response, changes) => {
          only('attendance', changes, ['attendance', 'attendance_change']);
          const { marks } = response.body as { marks: { personId: string; status: string }[] };
          for (const mark of marks) {
            const stored = await one<{ status: string } | undefined>(`SELECT status FROM attendance WHERE session_id = $1 AND person_id = $2`, [sessionId, mark.personId]);
            if (stored?.status !== mark.status) throw new Error(`mark for ${mark.personId} answered ${mark.status}, stored ${JSON.stringify(stored)}`);
          }
        },
        minAccepted: 10,
      });
    });

    const currentCode = () => checkInCode(serverSecret(t.config), world.sessions.now.id, codeStep(new Date()));
    const expectMarked = async (changes: Changes) => {
      only('check-in', changes, ['attendance', 'attendance_change']);
      if (!(await one(`SELECT 1 FROM attendance WHERE session_id = $1 AND person_id = $2`, [world.sessions.now.id, world.participant.id]))) {
        throw new Error('check-in accepted without a mark');
      }
    };
    const codeMutation = mutationOf([['code']], fc.oneof(fc.stringMatching(/^\d{6}$/), fc.constantFrom('123 456', ' 000000 ', '１２３４５６', '12345', '1234567')));

    it('POST /api/sessions/:id/check-in', async () => {
      await fuzz({
        name: 'POST /api/sessions/:id/check-in',
        input: fc.record({ id: idOr(world.sessions.now.id), mutation: codeMutation }),
        request: jsonWrite(() => as.participant, 'POST', (id) => `/api/sessions/${id}/check-in`, () => ({ code: currentCode() })),
        accepted: (_input, _response, changes) => expectMarked(changes),
        minAccepted: 10,
      });
    });

    it('POST /api/check-in', async () => {
      await fuzz({
        name: 'POST /api/check-in',
        input: fc.record({ id: fc.constant(''), mutation: codeMutation }),
        request: jsonWrite(() => as.participant, 'POST', () => '/api/check-in', () => ({ code: currentCode() })),
        accepted: (_input, _response, changes) => expectMarked(changes),
        minAccepted: 10,
      });
    });
  });

  describe('board meetings and internal teams', () => {
    it('PUT /api/sessions/:id/rsvp', async () => {
      const sessionId = world.sessions.board.id;
      await fuzz({
        name: 'PUT /api/sessions/:id/rsvp',
        input: fc.record({
          id: idOr(sessionId),
          delegate: fc.boolean(),
          mutation: mutationOf([['response'], ['delegateName'], ['delegateEmail']], fc.oneof(fc.constantFrom(...RSVP_RESPONSES), fc.constant(world.director.email))),
        }),
        request: ({ id, delegate, mutation }) =>
          send(
            as.director,
            'PUT',
            `/api/sessions/${id}/rsvp`,
            applyMutation(delegate ? { response: 'delegate', delegateName: 'Vera Vervanger', delegateEmail: freshEmail('delegate') } : { response: 'attending' }, mutation),
          ),
        accepted: async (_input, response, changes) => {
          expectChanged('rsvp', changes, { session_rsvp: 'changed' }, ['invitation', 'person', 'password_reset_token', 'notification_delivery']);
          const stored = await one<{ response: string }>(`SELECT response FROM session_rsvp WHERE session_id = $1 AND person_id = $2`, [sessionId, world.director.id]);
          if (stored.response !== (response.body as { response: string }).response) throw new Error(`rsvp stored ${stored.response}, answered ${response.text}`);
        },
        minAccepted: 10,
      });
    });

    it('PUT /api/sessions/:id/minutes', async () => {
      const sessionId = world.sessions.pastBoard.id;
      await fuzz({
        name: 'PUT /api/sessions/:id/minutes',
        input: fc.record({ id: idOr(sessionId), mutation: mutationOf([['text']], fc.string({ maxLength: 60_000 })) }),
        request: jsonWrite(() => as.trainer, 'PUT', (id) => `/api/sessions/${id}/minutes`, () => ({ text: `Besproken: voortgang ${++counter}.` })),
        accepted: (_input, _response, changes) => expectChanged('minutes', changes, { board_meeting_minutes: 'changed' }, ['notification_delivery']),
        minAccepted: 10,
      });
    });

    it('POST /api/me/internal-team', async () => {
      await fuzz({
        name: 'POST /api/me/internal-team',
        input: fc.record({
          mutation: mutationOf(
            [['name'], ['email'], ['roleInOrganisation'], ['editionId']],
            fc.constantFrom(world.participant.email, world.reviewee.email, world.edition.id, world.enrolEdition.id),
          ),
        }),
        request: ({ mutation }) =>
          send(as.participant, 'POST', '/api/me/internal-team', applyMutation({ name: 'Iris Collega', email: freshEmail('team'), roleInOrganisation: 'Teamleider' }, mutation)),
        accepted: async (_input, response, changes) => {
          // A pending invitation only: nobody joins the team until they accept it.
          expectChanged('internal team', changes, { invitation: 'changed' }, ['person', 'password_reset_token', 'notification_delivery']);
          const { invitationId, email } = response.body as { invitationId: string; email: string };
          const stored = await one<{ status: string; enrolled: boolean }>(
            `SELECT i.status, EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = i.person_id AND e.role = 'internal_team_member') AS enrolled
               FROM invitation i WHERE i.id = $1 AND i.email = $2 AND i.invited_by_person_id = $3`,
            [invitationId, email, world.participant.id],
          );
          if (stored?.status !== 'pending' || stored.enrolled) throw new Error(`invitation ${invitationId} stored as ${JSON.stringify(stored)}`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('applications', () => {
    /** An edition of the world's programme on its public page, taking applications. */
    async function applicationEdition() {
      const edition = await given(t.db).edition({ programmeId: world.programme.id, status: 'open', startDate: '2099-09-14', endDate: '2100-05-10' });
      await t.db.query(`UPDATE edition SET open_for_applications = true WHERE id = $1`, [edition.id]);
      return edition.id;
    }
    /** An application stored directly (before the run's snapshot), with the tokens of its links. */
    async function storedApplication(editionId: string, status: 'unconfirmed' | 'confirmed') {
      const [confirmToken, directorToken] = [newSecretToken(), newSecretToken()];
      await t.db.query(
        `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, director_token_hash)
         VALUES ($1, 'Aanmelder', $2, 'Zorggroep', 'Teamleider', 'Utrecht', 'Vraagstuk', 'Directeur', 'directeur@example.nl', $3, $4, $5)`,
        [editionId, freshEmail('application'), status, sha256(confirmToken), status === 'confirmed' ? sha256(directorToken) : null],
      );
      return { confirmToken, directorToken };
    }

    it('POST /api/public/editions/:id/applications', async () => {
      const editionId = await applicationEdition();
      await fuzz({
        name: 'POST /api/public/editions/:id/applications',
        input: fc.record({
          ip: fc.ipV4(),
          id: idOr(editionId),
          mutation: mutationOf(
            [['name'], ['email'], ['organisation'], ['jobTitle'], ['region'], ['challenge'], ['directorName'], ['directorEmail'], ['formIssuedAt'], ['website']],
            fc.constantFrom(world.participant.email, world.edition.id, '', 'https://spam.example'),
          ),
        }),
        request: ({ ip, id, mutation }) =>
          send(
            t.anonymous(ip),
            'POST',
            `/api/public/editions/${id}/applications`,
            applyMutation(
              {
                name: 'Fatima el Amrani',
                email: freshEmail('apply'),
                organisation: 'Zorggroep De Linde',
                jobTitle: 'Teamleider',
                region: 'Utrecht',
                challenge: 'Valincidenten verminderen.',
                directorName: 'Dirk Directeur',
                directorEmail: freshEmail('director'),
                formIssuedAt: issueFormStamp(serverSecret(t.config), Date.now() - 60_000),
                website: '',
              },
              mutation,
            ),
          ),
        // Stored with its confirmation mail, or (honeypot, a spoilt stamp) nothing at all: the answer is the same.
        accepted: (_input, response, changes) => {
          expectChanged('application', changes, {}, ['application', 'notification_delivery']);
          const added = [changes.get('application')?.added ?? 0, changes.get('notification_delivery')?.added ?? 0];
          if (response.status !== 202 || response.text !== '' || added[0] !== added[1] || added[0] > 1) throw new Error(`application: ${response.status}, added ${added}`);
        },
        minAccepted: 10,
      });
    });

    it('POST /api/public/applications/confirm', async () => {
      const editionId = await applicationEdition();
      let token = '';
      await fuzz({
        name: 'POST /api/public/applications/confirm',
        input: fc.record({ mutation: mutationOf([['token']], fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201), newSecretToken())) }),
        prepare: async () => {
          token = (await storedApplication(editionId, 'unconfirmed')).confirmToken;
        },
        request: ({ mutation }) => send(t.anonymous(), 'POST', '/api/public/applications/confirm', applyMutation({ token }, mutation)),
        accepted: (_input, _response, changes) => expectChanged('confirm', changes, { application: 'changed', notification_delivery: 1 }),
        minAccepted: 10,
      });
    });

    it('POST /api/public/director-commitments', async () => {
      const editionId = await applicationEdition();
      let token = '';
      await fuzz({
        name: 'POST /api/public/director-commitments',
        input: fc.record({ mutation: mutationOf([['token'], ['commit'], ['reason']], fc.constantFrom(true, false, 'true', '', 'x'.repeat(2001), newSecretToken())) }),
        prepare: async () => {
          token = (await storedApplication(editionId, 'confirmed')).directorToken;
        },
        request: ({ mutation }) => send(t.anonymous(), 'POST', '/api/public/director-commitments', applyMutation({ token, commit: false, reason: 'Geen tijd.' }, mutation)),
        accepted: (_input, _response, changes) => expectChanged('director commitment', changes, { application: 'changed' }),
        minAccepted: 10,
      });
    });
  });

  describe('application selection', () => {
    it('POST /api/applications/:id/decline', async () => {
      const editionId = world.edition.id;
      let applicationId = '';
      await fuzz({
        name: 'POST /api/applications/:id/decline',
        input: fc.record({ mutation: mutationOf([['message']], fc.constantFrom('', ' ', 'x'.repeat(4000), 'x'.repeat(4001), 42, null, '<script>alert(1)</script>')) }),
        prepare: async () => {
          const [{ id }] = await t.db.query(
            `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, confirmed_at)
             VALUES ($1, 'Aanmelder', $2, 'Zorggroep', 'Teamleider', 'Utrecht', 'Vraagstuk', 'Directeur', 'directeur@example.nl', 'confirmed', $3, now()) RETURNING id`,
            [editionId, freshEmail('selection'), sha256(newSecretToken())],
          );
          applicationId = id;
        },
        request: ({ mutation }) => send(as.admin, 'POST', `/api/applications/${applicationId}/decline`, applyMutation({ message: 'Volgend jaar graag.' }, mutation)),
        accepted: (_input, _response, changes) => expectChanged('decline', changes, { application: 'changed', notification_delivery: 1 }),
        minAccepted: 10,
      });
    });

    it('POST /api/public/applications/withdraw', async () => {
      // Withdrawing through the link ends when the edition starts: an edition still open for it.
      const { id: editionId } = await given(t.db).edition({ status: 'open', startDate: '2099-01-05', endDate: '2099-09-01' });
      let token = '';
      await fuzz({
        name: 'POST /api/public/applications/withdraw',
        input: fc.record({ mutation: mutationOf([['token']], fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201), newSecretToken(), `${randomUUID()}.${'x'.repeat(43)}`)) }),
        prepare: async () => {
          const [{ id }] = await t.db.query(
            `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, confirmed_at)
             VALUES ($1, 'Aanmelder', $2, 'Zorggroep', 'Teamleider', 'Utrecht', 'Vraagstuk', 'Directeur', 'directeur@example.nl', 'confirmed', $3, now()) RETURNING id`,
            [editionId, freshEmail('withdraw'), sha256(newSecretToken())],
          );
          token = applicationWithdrawToken(serverSecret(t.config), id);
        },
        request: ({ mutation }) => send(t.anonymous(), 'POST', '/api/public/applications/withdraw', applyMutation({ token }, mutation)),
        accepted: (_input, _response, changes) => expectChanged('withdraw', changes, { application: 'changed', notification_delivery: 1 }),
        minAccepted: 10,
      });
    });
  });

  describe('invitations', () => {
    /** A fresh pending internal-team invitation from the participant to one invitee, made before each run's snapshot. */
    async function invitationsTo() {
      const invitee = await given(t.db).person({ name: 'Ilse Uitgenodigd' });
      const client = await t.loginAs(invitee.email);
      const [{ id: supports }] = await t.db.query(`SELECT id FROM enrolment WHERE person_id = $1 AND role = 'participant' AND edition_id = $2`, [
        world.participant.id,
        world.edition.id,
      ]);
      const current = { id: '' };
      const prepare = async () => {
        await t.db.query(`UPDATE invitation SET status = 'withdrawn' WHERE person_id = $1 AND status = 'pending'`, [invitee.id]);
        // Out of the team again, so that every accepted run enrols them anew.
        await t.db.query(`UPDATE enrolment SET status = 'withdrawn' WHERE person_id = $1`, [invitee.id]);
        const [row] = await t.db.query(
          `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, supports_enrolment_id, role_in_organisation)
           VALUES ('internal_team', $1, $2, 'Ilse', $3, $4, $5, 'Teamleider') RETURNING id`,
          [world.participant.id, invitee.id, invitee.email, world.edition.id, supports],
        );
        current.id = row.id;
      };
      const url = (id: string, path: (id: string) => string) => path(id === 'CURRENT' ? current.id : id);
      return { invitee, client, prepare, url, current };
    }
    const answered =
      (name: string, current: { id: string }, status: string, extra: Record<string, number | 'changed'> = {}, allowedAlso: string[] = []) =>
      async (_input: unknown, _response: unknown, changes: Changes) => {
        expectChanged(name, changes, { invitation: 'changed', ...extra }, allowedAlso);
        const [row] = await t.db.query(`SELECT status FROM invitation WHERE id = $1`, [current.id]);
        if (row?.status !== status) throw new Error(`${name}: invitation ${current.id} is ${row?.status}, not ${status}`);
      };

    it('POST /api/me/invitations/:id/accept', async () => {
      const { client, prepare, url, current } = await invitationsTo();
      await fuzz({
        name: 'POST /api/me/invitations/:id/accept',
        input: fc.record({ id: idOr('CURRENT') }),
        prepare,
        request: ({ id }) => send(client, 'POST', url(id, (i) => `/api/me/invitations/${i}/accept`), { none: true }),
        // The first acceptance gives the invitee, who has no organisation, the participant's.
        accepted: answered('accept', current, 'accepted', { enrolment: 'changed' }, ['person']),
        minAccepted: 10,
      });
    });

    it('POST /api/me/invitations/:id/decline', async () => {
      const { client, prepare, url, current } = await invitationsTo();
      await fuzz({
        name: 'POST /api/me/invitations/:id/decline',
        input: fc.record({ id: idOr('CURRENT') }),
        prepare,
        request: ({ id }) => send(client, 'POST', url(id, (i) => `/api/me/invitations/${i}/decline`), { none: true }),
        accepted: answered('decline', current, 'declined'),
        minAccepted: 10,
      });
    });

    it('DELETE /api/invitations/:id', async () => {
      const { prepare, url, current } = await invitationsTo();
      await fuzz({
        name: 'DELETE /api/invitations/:id',
        input: fc.record({ id: idOr('CURRENT') }),
        prepare,
        request: ({ id }) => as.participant.request('DELETE', url(id, (i) => `/api/invitations/${i}`)),
        accepted: answered('withdraw', current, 'withdrawn'),
        minAccepted: 10,
      });
    });
  });

  describe('assignments and work', () => {
    it('POST /api/editions/:id/assignments', async () => {
      await fuzz({
        name: 'POST /api/editions/:id/assignments',
        input: fc.record({
          id: idOr(world.edition.id),
          mutation: mutationOf(
            [['title'], ['instructions'], ['sessionId'], ['dueAt'], ['cutoffAt'], ['acceptsText'], ['acceptsFiles']],
            fc.oneof(fc.boolean(), fc.constant(null), fc.constant(world.sessions.board.id), fc.constant(world.enrolEdition.id), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
          ),
        }),
        request: jsonWrite(
          () => as.trainer,
          'POST',
          (id) => `/api/editions/${id}/assignments`,
          () => ({
            // A title of its own per run: the same title and deadline to the minute is the same assignment again (409).
            title: `Reflectieverslag ${++counter}`,
            instructions: 'Schrijf op wat je leerde.',
            sessionId: world.sessions.later.id,
            dueAt: inDays(10),
            cutoffAt: inDays(12),
            acceptsText: true,
            acceptsFiles: false,
          }),
        ),
        accepted: async (_input, response, changes) => {
          expectChanged('assignment', changes, { assignment: 1 }, ['notification_delivery']);
          const { id, title } = response.body as { id: string; title: string };
          const stored = await one<{ title: string } | undefined>(`SELECT title FROM assignment WHERE id = $1`, [id]);
          if (stored?.title !== title) throw new Error(`assignment ${id} stored ${JSON.stringify(stored)}`);
        },
        minAccepted: 10,
      });
    });

    it('PUT /api/assignments/:id', async () => {
      await fuzz({
        name: 'PUT /api/assignments/:id',
        input: fc.record({
          id: idOr(world.editableAssignment.id),
          mutation: mutationOf(
            [['title'], ['instructions'], ['sessionId'], ['dueAt'], ['cutoffAt'], ['acceptsText'], ['acceptsFiles']],
            fc.oneof(fc.boolean(), fc.constant(world.sessions.board.id), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
          ),
        }),
        request: jsonWrite(
          () => as.trainer,
          'PUT',
          (id) => `/api/assignments/${id}`,
          () => ({ title: `Te bewerken ${++counter}`, instructions: 'Nieuw.', sessionId: null, dueAt: inDays(26), cutoffAt: null, acceptsText: true, acceptsFiles: true }),
        ),
        accepted: async (_input, response, changes) => {
          only('assignment update', changes, ['assignment', 'notification_delivery']);
          const { title, dueAt } = response.body as { title: string; dueAt: string };
          const stored = await one<{ title: string; dueAt: Date }>(`SELECT title, due_at AS "dueAt" FROM assignment WHERE id = $1`, [world.editableAssignment.id]);
          if (stored.title !== title || stored.dueAt.toISOString() !== dueAt) throw new Error(`assignment stored ${JSON.stringify(stored)}, answered ${response.text}`);
        },
        minAccepted: 10,
      });
    });

    it('PUT /api/assignments/:id/extensions/:personId', async () => {
      await fuzz({
        name: 'PUT /api/assignments/:id/extensions/:personId',
        input: fc.record({
          id: idOr(world.assignment.id),
          personId: idOr(world.participant.id),
          mutation: mutationOf([['dueAt'], ['cutoffAt']], fc.oneof(fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))),
        }),
        request: ({ id, personId, mutation }) =>
          send(as.trainer, 'PUT', `/api/assignments/${id}/extensions/${personId}`, applyMutation({ dueAt: inDays(25), cutoffAt: inDays(27) }, mutation)),
        accepted: (_input, _response, changes) => only('extension', changes, ['assignment_extension', 'notification_delivery']),
        minAccepted: 10,
      });
    });

    it('POST /api/assignments/:id/submissions (multipart)', async () => {
      await fuzz({
        name: 'POST /api/assignments/:id/submissions (multipart)',
        input: fc.record({
          id: idOr(world.assignment.id),
          parts: fc.array(formPart({ text: ['text'], file: ['files[]', 'files'] }), { maxLength: 4 }),
          shape: formShape,
        }),
        request: ({ id, parts, shape }) => send(as.participant, 'POST', `/api/assignments/${id}/submissions`, multipartBody(parts, shape)),
        outside: storedFiles,
        accepted: async ({ parts }, response, changes) => {
          // Every file part with bytes is stored, also one whose name is nothing once its path is taken off (as
          // bestand.<ext>); an empty one is refused when named, skipped when not, so in a hand-in that went through
          // only the parts with bytes are files.
          const files = parts.filter((p) => 'fileName' in p && p.content.length > 0).length;
          // The same hand-in sent again at once (the fuzzing repeats a mutation) is the version it made: nothing changes.
          if (changes.has('submission')) expectChanged('submission', changes, { submission: 1, ...(files > 0 && { submission_file: files }) }, ['notification_delivery']);
          else if (changes.size > 0) throw new Error(`submission: a repeat changed ${[...changes.keys()].join(', ')}`);
          const { submissionId } = response.body as { submissionId: string };
          const stored = await one<{ files: number }>(`SELECT count(*)::int AS files FROM submission_file WHERE submission_id = $1`, [submissionId]);
          if (stored.files !== files) throw new Error(`submission ${submissionId} has ${stored.files} files, sent ${files}`);
        },
        minAccepted: 10,
      });
    });

    it('POST /api/submissions/:id/feedback', async () => {
      await fuzz({
        name: 'POST /api/submissions/:id/feedback',
        input: fc.record({
          id: idOr(world.reviewSubmission.id),
          mutation: mutationOf([['comment'], ['outcome']], fc.oneof(fc.constantFrom(...FEEDBACK_OUTCOMES), fc.string({ maxLength: 11_000 }))),
        }),
        // As the review page does, a verdict names the one it replaces (the latest, read before sending).
        request: jsonWrite(
          () => as.trainer,
          'POST',
          (id) => `/api/submissions/${id}/feedback`,
          async () => ({
            comment: 'Werk de planning uit.',
            outcome: 'revise',
            replacesFeedbackId:
              (await t.db.query(`SELECT id FROM feedback WHERE submission_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [world.reviewSubmission.id]))[0]?.id ?? null,
          }),
        ),
        accepted: async (_input, response, changes) => {
          if (changes.has('feedback')) return expectChanged('feedback', changes, { feedback: 1 }, ['notification_delivery', 'certificate']);
          // The same verdict and comment as the latest feedback is that feedback again, changing nothing.
          if (changes.size > 0) throw new Error(`feedback: a repeat changed ${[...changes.keys()].join(', ')}`);
          const { id } = response.body as { id: string };
          const latest = await one<{ id: string }>(`SELECT id FROM feedback WHERE submission_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [world.reviewSubmission.id]);
          if (latest.id !== id) throw new Error(`feedback: a repeat answered ${id}, not the latest feedback ${latest.id}`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('sessions', () => {
    it('PUT /api/sessions/:id/record', async () => {
      const sessionId = world.sessions.now.id;
      await fuzz({
        name: 'PUT /api/sessions/:id/record',
        input: fc.record({
          id: idOr(sessionId),
          mutation: mutationOf([['notes'], ['covered'], ['notesVersion']], fc.oneof(fc.nat(), fc.string({ maxLength: 60_000 }))),
        }),
        request: jsonWrite(() => as.trainer, 'PUT', (id) => `/api/sessions/${id}/record`, async () => ({
          notes: 'Goede dag.',
          covered: 'Module 3',
          notesVersion: (await one<{ version: number }>(`SELECT notes_version AS version FROM session WHERE id = $1`, [sessionId])).version,
        })),
        accepted: async (_input, response, changes) => {
          // Sent again over an older version, the text stored already is answered without a write (a retry).
          expectChanged('record', changes, changes.has('session') ? { session: 0 } : {});
          const stored = await one<{ notes: string; version: number }>(`SELECT notes, notes_version AS version FROM session WHERE id = $1`, [sessionId]);
          const body = response.body as { notes: string; notesVersion: number };
          if (stored.notes !== body.notes || stored.version !== body.notesVersion) throw new Error(`record stored ${JSON.stringify(stored)}, answered ${response.text}`);
        },
        minAccepted: 10,
      });
    });

    it('POST /api/sessions/:id/speakers', async () => {
      const sessionId = world.sessions.now.id;
      await fuzz({
        name: 'POST /api/sessions/:id/speakers',
        input: fc.record({ id: idOr(sessionId), mutation: mutationOf([['name'], ['organisation']]) }),
        // A new name each time: the same speaker added again is the one already there, and adds no row.
        request: jsonWrite(() => as.trainer, 'POST', (id) => `/api/sessions/${id}/speakers`, () => ({ name: `Gastspreker ${randomUUID().slice(0, 8)}`, organisation: 'Vilans' })),
        accepted: (_input, _response, changes) => expectChanged('speaker', changes, { session_staff: 1 }),
        minAccepted: 10,
      });
    });

    it('POST /api/sessions/:id/materials (multipart)', async () => {
      await fuzz({
        name: 'POST /api/sessions/:id/materials (multipart)',
        input: fc.record({ id: idOr(world.sessions.now.id), parts: fc.array(formPart({ text: [], file: ['file'] }), { maxLength: 2 }), shape: formShape }),
        request: ({ id, parts, shape }) => send(as.trainer, 'POST', `/api/sessions/${id}/materials`, multipartBody(parts, shape)),
        outside: storedFiles,
        accepted: async (_input, response, changes) => {
          expectChanged('material', changes, { session_material: 1 });
          const { id } = response.body as { id: string };
          const [stored] = await t.db.query(`SELECT storage_key AS "storageKey" FROM session_material WHERE id = $1`, [id]);
          if (!(await storedFiles()).includes(stored?.storageKey)) throw new Error(`material ${id} accepted without its file`);
        },
        minAccepted: 10,
      });
    });

    it('PATCH /api/editions/:id/sessions/:sessionId', async () => {
      const sessionId = world.sessions.later.id;
      await fuzz({
        name: 'PATCH /api/editions/:id/sessions/:sessionId',
        input: fc.record({
          id: idOr(world.edition.id),
          sessionId: idOr(sessionId),
          mutation: mutationOf(
            [['date'], ['startTime'], ['endTime'], ['location'], ['onlineUrl'], ['reason']],
            fc.constantFrom('2027-03-28', '2027-10-31', '0001-01-01', '9999-12-31', '00:00', '23:59', '02:30', null, '', 'https://meet.example.nl/x'),
          ),
        }),
        request: ({ id, sessionId: sid, mutation }) =>
          send(
            as.admin,
            'PATCH',
            `/api/editions/${id}/sessions/${sid}`,
            applyMutation({ date: workingDayFromNow(40 + (++counter % 30)), startTime: '10:00', endTime: '12:30', reason: 'Zaal bezet' }, mutation),
          ),
        // The edition's period follows its first and last session.
        accepted: (_input, _response, changes) => only('reschedule', changes, ['session', 'session_change', 'assignment', 'notification_delivery', 'edition']),
        minAccepted: 10,
      });
    });

    it('POST /api/editions/:id/sessions', async () => {
      await fuzz({
        name: 'POST /api/editions/:id/sessions',
        input: fc.record({
          id: idOr(world.edition.id),
          mutation: mutationOf(
            [['kind'], ['title'], ['theme'], ['date'], ['startTime'], ['endTime'], ['mode'], ['location'], ['onlineUrl'], ['audience'], ['audience', 'directors'], ['networkGroupId']],
            fc.constantFrom('network_session', 'board_meeting', 'online', '2027-03-28', '0001-01-01', '00:00', '23:59', null, '', 'https://meet.example.nl/x', randomUUID()),
          ),
        }),
        request: jsonWrite(
          () => as.admin,
          'POST',
          (id) => `/api/editions/${id}/sessions`,
          () => ({
            kind: 'programme_day',
            title: 'Terugkomdag',
            date: workingDayFromNow(40 + (++counter % 30)),
            startTime: '10:00',
            endTime: '12:30',
            mode: 'on_site',
            location: 'Amersfoort',
            audience: { participants: true, internalTeams: false, directors: false },
          }),
        ),
        accepted: (_input, _response, changes) => expectChanged('add session', changes, { session: 1 }, ['notification_delivery', 'edition', 'session_staff']),
        minAccepted: 10,
      });
    });

    it('POST /api/editions/:id/sessions/:sessionId/cancel', async () => {
      const sessionId = world.sessions.cancellable.id;
      await fuzz({
        name: 'POST /api/editions/:id/sessions/:sessionId/cancel',
        input: fc.record({ id: idOr(world.edition.id), sessionId: idOr(sessionId), mutation: mutationOf([['reason']]) }),
        // Back on the schedule before each run, so every accepted run really cancels.
        prepare: async () => {
          await t.db.query(`UPDATE session SET status = 'scheduled' WHERE id = $1`, [sessionId]);
        },
        request: ({ id, sessionId: sid, mutation }) => send(as.admin, 'POST', `/api/editions/${id}/sessions/${sid}/cancel`, applyMutation({ reason: 'Trainer ziek' }, mutation)),
        accepted: async (_input, _response, changes) => {
          expectChanged('cancel', changes, { session: 0, session_change: 1 }, ['notification_delivery', 'edition']);
          const stored = await one<{ status: string }>(`SELECT status FROM session WHERE id = $1`, [sessionId]);
          if (stored.status !== 'cancelled') throw new Error(`cancelled session is ${stored.status}`);
        },
        minAccepted: 10,
      });
    });

    it('PUT /api/editions/:id/sessions/:sessionId/staff', async () => {
      const sessionId = world.sessions.later.id;
      await fuzz({
        name: 'PUT /api/editions/:id/sessions/:sessionId/staff',
        input: fc.record({
          id: idOr(world.edition.id),
          mutation: mutationOf(
            [['staff'], ['staff', 0, 'personId'], ['staff', 0, 'role'], ['staff', 1, 'guestName'], ['staff', 1, 'guestOrganisation'], ['staff', 1, 'role'], ['staff', 1, 'personId']],
            fc.constantFrom('trainer', 'facilitator', 'speaker', world.participant.id, world.admin.id),
          ),
        }),
        request: jsonWrite(
          () => as.admin,
          'PUT',
          (id) => `/api/editions/${id}/sessions/${sessionId}/staff`,
          () => ({ staff: [{ personId: world.trainer.id, role: 'trainer' }, { guestName: 'Gast', guestOrganisation: 'Vilans', role: 'speaker' }] }),
        ),
        accepted: (_input, _response, changes) => only('staff', changes, ['session_staff', 'enrolment', 'notification_delivery']),
        minAccepted: 10,
      });
    });
  });

  describe('programmes and editions (programme office)', () => {
    it('PATCH /api/editions/:id', async () => {
      await fuzz({
        name: 'PATCH /api/editions/:id',
        input: fc.record({
          id: idOr(world.enrolEdition.id),
          mutation: mutationOf([['name'], ['capacity'], ['defaultLocation'], ['defaultOnlineUrl']], fc.constantFrom('HIS-I fuzz', 1, 1000, null, '', 'ftp://x.nl')),
        }),
        request: jsonWrite(() => as.admin, 'PATCH', (id) => `/api/editions/${id}`, () => ({
          name: `HIS-I inschrijven ${++counter}`,
          capacity: 5,
          defaultLocation: 'Utrecht',
          defaultOnlineUrl: 'https://meet.example.nl/a',
        })),
        accepted: (_input, _response, changes) => only('edition update', changes, ['edition', 'enrolment', 'notification_delivery']),
        minAccepted: 10,
      });
    });

    it('POST /api/programmes', async () => {
      await fuzz({
        name: 'POST /api/programmes',
        input: fc.record({ mutation: mutationOf([['code'], ['name'], ['description']]) }),
        request: ({ mutation }) => send(as.admin, 'POST', '/api/programmes', applyMutation({ code: `F-${++counter}`, name: 'Fuzz programma', description: 'Voor de test.' }, mutation)),
        accepted: (_input, _response, changes) => expectChanged('programme', changes, { programme: 1 }),
        minAccepted: 10,
      });
    });

    it('POST /api/programmes/:id/slots', async () => {
      await fuzz({
        name: 'POST /api/programmes/:id/slots',
        input: fc.record({
          id: idOr(world.templateProgramme.id),
          mutation: mutationOf(
            [['kind'], ['title'], ['theme'], ['durationMinutes'], ['mode'], ['audience'], ['audience', 'participants'], ['audience', 'directors']],
            fc.constantFrom(...SESSION_KINDS, 'online', 'hybrid', 15, 14, 24 * 60, true, false),
          ),
        }),
        request: jsonWrite(() => as.admin, 'POST', (id) => `/api/programmes/${id}/slots`, () => ({
          kind: 'network_session',
          title: 'Netwerkbijeenkomst',
          theme: 'Leren van elkaar',
          durationMinutes: 120,
          mode: 'online',
          audience: { participants: true, internalTeams: false, directors: false },
        })),
        accepted: (_input, _response, changes) => expectChanged('slot', changes, { curriculum_slot: 1 }),
        minAccepted: 10,
      });
    });

    it('POST /api/programmes/:id/assignment-templates', async () => {
      await fuzz({
        name: 'POST /api/programmes/:id/assignment-templates',
        input: fc.record({
          id: idOr(world.templateProgramme.id),
          mutation: mutationOf(
            [['title'], ['instructions'], ['relativeToSlotId'], ['offsetDays'], ['dueTime']],
            fc.constantFrom(world.curriculum.slotIds[0], -365, 365, -366, 366, '23:59', '00:00'),
          ),
        }),
        request: jsonWrite(() => as.admin, 'POST', (id) => `/api/programmes/${id}/assignment-templates`, () => ({
          title: 'Voorbereiding',
          instructions: 'Lees het artikel.',
          relativeToSlotId: world.templateCurriculum.slotIds[1],
          offsetDays: -3,
          dueTime: '23:59',
        })),
        accepted: (_input, _response, changes) => expectChanged('template', changes, { assignment_template: 1 }),
        minAccepted: 10,
      });
    });
  });

  describe('my settings', () => {
    it('PUT /api/me/preferences', async () => {
      await fuzz({
        name: 'PUT /api/me/preferences',
        input: fc.record({ mutation: mutationOf([['remindersEnabled'], ['locale']], fc.constantFrom(...LOCALES, true, false, 'NL', 'de')) }),
        request: ({ mutation }) => send(as.participant, 'PUT', '/api/me/preferences', applyMutation({ remindersEnabled: false, locale: 'en' }, mutation)),
        accepted: async (_input, response, changes) => {
          only('preferences', changes, ['person']);
          const stored = await as.participant.get('/api/me/preferences');
          if (JSON.stringify(stored.body) !== JSON.stringify(response.body)) throw new Error(`preferences stored ${stored.text}, answered ${response.text}`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('API tokens', () => {
    it('POST /api/me/tokens', async () => {
      await fuzz({
        name: 'POST /api/me/tokens',
        // A clean slate each run, so the limit on tokens per person never hides the paths behind it.
        prepare: async () => void (await t.db.query(`DELETE FROM api_token`)),
        input: fc.record({
          mutation: mutationOf(
            [['name'], ['scope'], ['expiresAt']],
            fc.constantFrom('CRM-koppeling', ' ', 'x'.repeat(101), 'read', 'write', 'admin', '2000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', new Date(Date.now() + 86_400_000).toISOString()),
          ),
        }),
        request: ({ mutation }) => send(as.participant, 'POST', '/api/me/tokens', applyMutation({ name: 'HR-export', scope: 'read' }, mutation)),
        accepted: async (_input, response, changes) => {
          only('token', changes, ['api_token']);
          const { token } = response.body as { token: string };
          if (!token.startsWith('koers_pat_')) throw new Error(`answered token ${JSON.stringify(token)}`);
          const [stored] = await t.db.query(`SELECT name, token_hash AS "tokenHash" FROM api_token`);
          if (stored.name !== stored.name.trim() || stored.name.length === 0 || stored.tokenHash === token) throw new Error(`stored ${JSON.stringify(stored)}`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('webhooks', () => {
    const addresses = fc.constantFrom<unknown>(
      'https://crm.example.nl/koers',
      'https://CRM.example.nl:443/koers',
      'http://crm.example.nl/',
      'https://10.0.0.1/',
      'https://user:pw@crm.example.nl/',
      'geen adres',
      ['enrolment.created', 'completion.reached'],
      ['nope'],
      [],
      true,
    );
    const webhookChanges = (changes: Changes) => only('webhook', changes, ['webhook_endpoint']);

    it('POST /api/webhooks', async () => {
      await fuzz({
        name: 'POST /api/webhooks',
        prepare: async () => void (await t.db.query(`DELETE FROM webhook_endpoint`)),
        input: fc.record({ mutation: mutationOf([['url'], ['description'], ['events']], addresses) }),
        request: ({ mutation }) =>
          send(as.admin, 'POST', '/api/webhooks', applyMutation({ url: 'https://crm.example.nl/koers', description: 'CRM', events: ['enrolment.created'] }, mutation)),
        accepted: async (_input, _response, changes) => webhookChanges(changes),
        minAccepted: 5,
      });
    });

    it('PATCH /api/webhooks/:id', async () => {
      let endpointId = '';
      await fuzz({
        name: 'PATCH /api/webhooks/:id',
        prepare: async () => {
          await t.db.query(`DELETE FROM webhook_endpoint`);
          [{ id: endpointId }] = await t.db.query(
            `INSERT INTO webhook_endpoint (url, description, events, secret_salt) VALUES ('https://crm.example.nl/koers', 'CRM', '{enrolment.created}', 'zout') RETURNING id`,
          );
        },
        input: fc.record({ mutation: mutationOf([['url'], ['description'], ['events'], ['enabled']], addresses) }),
        request: ({ mutation }) => send(as.admin, 'PATCH', `/api/webhooks/${endpointId}`, applyMutation({ description: 'HR' }, mutation)),
        accepted: async (_input, _response, changes) => webhookChanges(changes),
        minAccepted: 5,
      });
    });
  });

  describe('instruments', () => {
    it('PUT /api/instrument-versions/:id', async () => {
      const [scan] = await t.db.query(`SELECT id FROM instrument WHERE kind = 'innovation_scan'`);
      const draft = await as.admin.post<{ id: string }>(`/api/instruments/${scan.id}/versions`);
      await fuzz({
        name: 'PUT /api/instrument-versions/:id',
        input: fc.record({
          id: idOr(draft.body.id),
          mutation: mutationOf(
            [['dimensions'], ['dimensions', 0], ['dimensions', 0, 'name'], ['dimensions', 0, 'items'], ['dimensions', 0, 'items', 0, 'statement'], ['dimensions', 0, 'items', 0, 'scale'], ['dimensions', 1, 'items', 0, 'freeTextAllowed']],
            fc.constantFrom('agree_1_5', 'in_place_3', 'agree_1_7', true, false, ' ', 'x'.repeat(501), [], {}),
          ),
        }),
        request: jsonWrite(() => as.admin, 'PUT', (id) => `/api/instrument-versions/${id}`, () => ({
          dimensions: [
            { name: 'Leiderschap', items: [{ statement: 'Bestuurders dragen innovatie uit.', scale: 'in_place_3', freeTextAllowed: false }] },
            { name: 'Samen leren', items: [{ statement: 'We vieren successen.', scale: 'agree_1_5', freeTextAllowed: true }] },
          ],
        })),
        accepted: async (_input, response, changes) => {
          only('draft content', changes, ['instrument_dimension', 'instrument_item']);
          const stored = await as.admin.get<{ versions: { id: string }[] }[]>('/api/instruments');
          const version = stored.body.flatMap((instrument) => instrument.versions).find((candidate) => candidate.id === draft.body.id);
          if (JSON.stringify(version) !== JSON.stringify(response.body)) throw new Error(`draft stored ${JSON.stringify(version)}, answered ${response.text}`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('correcting names', () => {
    it('PATCH /api/me', async () => {
      await fuzz({
        name: 'PATCH /api/me',
        input: fc.record({ mutation: mutationOf([['name']], fc.constantFrom('José Müller', 'أحمد الفاسي', '李小龍', ' ', 'x'.repeat(201), 'Evil\u202Egnp')) }),
        request: ({ mutation }) => send(as.participant, 'PATCH', '/api/me', applyMutation({ name: 'Lotte Bakker' }, mutation)),
        accepted: async (_input, response, changes) => {
          only('own name', changes, ['person', 'person_change']);
          const name = (response.body as { name: string }).name;
          if (name !== name.normalize('NFC') || name !== name.trim() || name.length === 0) throw new Error(`stored name ${JSON.stringify(name)} is not tidy`);
        },
        minAccepted: 10,
      });
    });
  });

  describe('HTML pages', () => {
    it('GET /verify/:code never reflects markup, for unknown codes nor in a genuine certificate with hostile names', async () => {
      const genuine = newVerificationCode();
      await t.db.query(`INSERT INTO certificate (enrolment_id, verification_code, statement) VALUES ($1, $2, $3)`, [
        world.participantEnrolment.id,
        genuine,
        {
          participantName: HTML_PAYLOADS[0],
          programmeName: HTML_PAYLOADS[1],
          editionName: HTML_PAYLOADS[2],
          editionStartDate: '2027-01-12',
          editionEndDate: '2027-09-12',
          programmeDaysAttended: 9,
          programmeDaysCounted: 10,
          issuedAt: '2027-09-20T10:00:00.000Z',
        },
      ]);
      const code = fc.oneof(
        fc.constantFrom(...HOSTILE_FRAGMENTS),
        hostileString,
        fc.constantFrom(genuine, genuine.toLowerCase(), genuine.replace(/-/g, ''), genuine.replace(/-/g, ' ')),
      );
      const byStatus: Record<number, number> = {};
      const started = Date.now();
      await fc.assert(
        fc.asyncProperty(code, fc.constantFrom('text/html', 'text/html,application/xhtml+xml;q=0.9', 'application/json', '*/*'), async (typed, accept) => {
          const segment = encodeURIComponent((typed as string & { toWellFormed(): string }).toWellFormed()).slice(0, 2000) || '%20';
          // From a new address each time: the limit per address has a spec of its own.
          const response = await t.anonymous(`10.77.${++counter >> 8 & 255}.${counter & 255}`).request('GET', `/verify/${segment}`, undefined, { accept, 'accept-language': 'en' });
          byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
          if (response.status >= 500) throw new Error(`verify answered ${response.status}: ${response.text.slice(0, 300)}`);
          if (String(response.headers['content-type']).includes('text/html')) expectNoReflectedHtml('verify', response.text);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      reports.push({ name: 'GET /verify/:code (HTML)', runs: RUNS, byStatus, ms: Date.now() - started });
      expect(byStatus[200]).toBeGreaterThan(10);
    });

    it('mail written from fuzzed input never carries markup unescaped', async () => {
      const worker = t.app.get(NotificationWorker);
      for (let run = 0; run < 20 && (await worker.runOnce()).sent > 0; run++);
      const mails = await readOutbox(t.config.dataDir);
      expect(mails.length).toBeGreaterThan(0);
      for (const mail of mails) if (mail.html) expectNoReflectedHtml(`mail ${mail.file} (${mail.subject})`, mail.html);
    });
  });
});

