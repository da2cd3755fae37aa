import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { workingDayInWeeks } from '../../test/working-day';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { serverSecret } from '../app/config';
import { issueFormStamp } from '../applications/application-form-stamp';
import { checkInCode, codeStep } from '../attendance/check-in-code';
import { AuthRepository } from '../auth/auth.repository';
import { applicationWithdrawToken, newSecretToken, remindersOffToken, sha256 } from '../app/tokens';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { CompletionRepository } from '../completion/completion.repository';
import { newVerificationCode } from '../completion/verification-code';
import { FileStorage } from '../files/file-storage';
import { Outbox } from '../mail/outbox';
import { SessionsRepository } from '../sessions/sessions.repository';

/**
 * The access-control matrix: every route the application registers, called as each of fourteen actors, with the
 * answer each must get. A route the matrix does not name fails the test, and so does a matrix entry for a route that
 * is gone: no route ships without someone deciding who may call it. Then edition A is archived, and every write that
 * was allowed must be refused with `edition_archived` (or 403), for every role.
 *
 * The world: edition A with participant P (sponsored by director D of organisation O1, supported by internal-team
 * member M), a classmate of P from another organisation, trainer T and facilitator F running A's sessions, a
 * delegate whom D sends to one board meeting, and a participant who withdrew; edition B with its own participant,
 * trainer and a director of organisation O2; and a newcomer with an account but no role anywhere. Every call targets
 * edition A, so the actors of edition B are the outsiders, and none of them may ever see anything of A; inside A,
 * those who only attend never see a classmate's email, the description of their challenge (its title is in the
 * who's who) or work. The regional programme manager of O1's region has no role in any edition; O2 is in another
 * region, so nothing of edition B may reach them.
 */

const ACTORS = [
  'anonymous',
  'newcomer',
  'otherParticipant',
  'participant',
  'withdrawn',
  'teamMember',
  'otherTrainer',
  'trainer',
  'facilitator',
  'otherDirector',
  'director',
  'delegate',
  'regionalManager',
  'admin',
] as const;
type Actor = (typeof ACTORS)[number];
type Member = Exclude<Actor, 'anonymous'>;
const OF_EDITION_A: readonly Actor[] = ['participant', 'teamMember', 'trainer', 'facilitator', 'director', 'delegate', 'withdrawn'];
const OF_EDITION_B: readonly Actor[] = ['otherParticipant', 'otherTrainer', 'otherDirector'];
/** Those in A who attend but do not run it: they never see a classmate's details. */
const ATTENDING_IN_A: readonly Actor[] = ['participant', 'teamMember', 'director', 'delegate', 'withdrawn'];

/**
 * 'ok': 2xx or 3xx. 'login': 401. 'denied': 403. 'hidden': 404 where the code hides that the thing exists for this
 * caller. A number: exactly that status, the right business answer for this caller (no certificate of your own: 404).
 */
type Outcome = 'ok' | 'login' | 'denied' | 'hidden' | number;
type Expectation = Record<Actor, Outcome>;

/** Anonymous callers get 401 and everyone logged in `rest`, apart from the exceptions. */
const answers = (rest: Outcome, exceptions: Partial<Expectation> = {}): Expectation =>
  Object.fromEntries(ACTORS.map((actor) => [actor, exceptions[actor] ?? (actor === 'anonymous' ? 'login' : rest)])) as Expectation;

const PUBLIC: Expectation = answers('ok', { anonymous: 'ok' });
const ANYONE_LOGGED_IN = answers('ok');
const ADMIN_ONLY = answers('denied', { admin: 'ok' });
/** Those who run edition A: its trainers and facilitators, and the programme office. */
const STAFF_OF_A = answers('denied', { trainer: 'ok', facilitator: 'ok', admin: 'ok' });
/**
 * What A's trainers and the programme office do and facilitators do not: assignments and their review, board meetings'
 * answers and minutes, and the sessions F was not put on (facilitators lead their network sessions).
 */
const TRAINERS_OF_A = answers('denied', { trainer: 'ok', admin: 'ok' });
/** A's things reached through B's ids: B's staff pass the check on B and find nothing of A there; A's staff are refused. */
const STAFF_OF_B_FINDS_NOTHING = answers('denied', { otherTrainer: 404, admin: 404 });
/** A's people named in a write on B: B's staff are told the person does not belong there (400). */
const STAFF_OF_B_REFUSES = answers('denied', { otherTrainer: 400, admin: 400 });
/** Every active member of edition A (and the programme office); a delegate counts at their own board meeting only. */
const EDITION_A_MEMBERS = answers('denied', { participant: 'ok', teamMember: 'ok', director: 'ok', trainer: 'ok', facilitator: 'ok', admin: 'ok' });
/** Everyone expected at one of A's programme days, and those who run it. */
const AT_THE_SESSION = answers('denied', { participant: 'ok', trainer: 'ok', facilitator: 'ok', admin: 'ok' });
/** P's own work: P, and those who review it. */
const OWN_WORK_OF_P = answers('denied', { participant: 'ok', trainer: 'ok', admin: 'ok' });
/** A participant's own things, wherever they participate; nobody else has any. */
const OWN_AS_PARTICIPANT = answers(404, { participant: 'ok', otherParticipant: 'ok' });
/** P's own things in edition A. */
const ONLY_P = answers(404, { participant: 'ok' });
/** A's conversation: its participants, trainers and facilitators, and the programme office. */
const IN_THE_CONVERSATION = answers('denied', { participant: 'ok', trainer: 'ok', facilitator: 'ok', admin: 'ok' });
/** Peer feedback on P's log while P is in no network group: P, A's trainers and the programme office (F leads another group). */
const FEEDBACK_ON_P = answers('denied', { participant: 'ok', trainer: 'ok', admin: 'ok' });
/** A network group's thread that P is not in: its facilitator F, the trainers and the programme office. */
const GROUP_THREAD_WITHOUT_P = answers('denied', { trainer: 'ok', facilitator: 'ok', admin: 'ok' });

interface Call {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Case {
  /** Which target, for a route checked on more than one: one's own work and a classmate's, A's things through B's ids. */
  target?: string;
  /** Called once per actor, so that a route that changes or removes something gets a fresh target each time. */
  call: (w: World, actor: Actor) => Call | Promise<Call>;
  expect: Expectation;
  /** Logging in or out would change the actor's shared session: this call gets a session of its own. */
  ownSession?: true;
  /** Ends every session of the actor, the shared one too: it logs in again after the call. */
  endsEverySession?: true;
  /** What a 2xx answer must show this actor (lists scoped to what they may see). */
  check?: (body: any, actor: Actor, w: World) => void;
}

/** A call without a body. */
const at = (url: (w: World) => string, expect: Expectation, extra: Partial<Case> = {}): Case => ({ call: (w) => ({ url: url(w) }), expect, ...extra });
const send = (url: (w: World) => string, body: (w: World) => unknown, expect: Expectation, extra: Partial<Case> = {}): Case => ({
  call: (w) => ({ url: url(w), body: body(w) }),
  expect,
  ...extra,
});

/** Gives the world's programme a public page (the same slug on every call). */
const publicSlug = async (w: World) => {
  await w.t.db.query(`UPDATE programme SET slug = 'matrix-programma' WHERE id = $1`, [w.programme.id]);
  return 'matrix-programma';
};
/** An edition of the world's programme that takes applications, made at the first call (the archived-edition check leaves edition A alone). */
let applicationEditionId: Promise<string> | undefined;
const applicationEdition = (w: World) =>
  (applicationEditionId ??= (async () => {
    await publicSlug(w);
    const edition = await given(w.t.db).edition({ programmeId: w.programme.id, status: 'open', startDate: '2099-09-14', endDate: '2100-05-10' });
    await w.t.db.query(`UPDATE edition SET open_for_applications = true WHERE id = $1`, [edition.id]);
    return edition.id;
  })());
/** An application stored directly, with links whose tokens the caller knows. */
const freshApplication = async (w: World, status: 'unconfirmed' | 'confirmed') => {
  const [confirmToken, directorToken] = [newSecretToken(), newSecretToken()];
  await w.t.db.query(
    `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, director_token_hash)
     VALUES ($1, 'Aanmelder', $2, 'Zorggroep', 'Teamleider', 'Utrecht', 'Vraagstuk', 'Directeur', 'directeur@example.nl', $3, $4, $5)`,
    [await applicationEdition(w), `aanmelder-${unique()}@example.nl`, status, sha256(confirmToken), status === 'confirmed' ? sha256(directorToken) : null],
  );
  return { confirmToken, directorToken };
};
/** A confirmed application for edition A, for the programme office's selection (a fresh one per call). */
const applicationInA = async (w: World) => {
  const [row] = await w.t.db.query(
    `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, confirmed_at)
     VALUES ($1, 'Aanmelder', $2, 'Zorggroep', 'Teamleider', 'Utrecht', 'Vraagstuk', 'Directeur', $3, 'confirmed', $4, now()) RETURNING id`,
    [w.editionA.id, `aanmelder-${unique()}@example.nl`, `directeur-${unique()}@example.nl`, sha256(newSecretToken())],
  );
  return row.id as string;
};
/**
 * A confirmed application that can go on a waiting list, which is for a full edition: one of an edition of its own
 * that is full while edition A has free places, and one of edition A once it is archived (where the route refuses).
 */
const waitlistableApplication = async (w: World) => {
  const [{ status }] = await w.t.db.query(`SELECT status FROM edition WHERE id = $1`, [w.editionA.id]);
  if (status === 'archived') return applicationInA(w);
  const full = await given(w.t.db).edition({ programmeId: w.programme.id, status: 'open', capacity: 1 });
  await given(w.t.db).enrolment(full.id, (await given(w.t.db).person()).id, 'participant');
  const [row] = await w.t.db.query(
    `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash, confirmed_at)
     VALUES ($1, 'Aanmelder', $2, 'Zorggroep', 'Teamleider', 'Utrecht', 'Vraagstuk', 'Directeur', $3, 'confirmed', $4, now()) RETURNING id`,
    [full.id, `aanmelder-${unique()}@example.nl`, `directeur-${unique()}@example.nl`, sha256(newSecretToken())],
  );
  return row.id as string;
};
/** The withdraw link's token of a fresh application of the edition that takes applications. */
const withdrawToken = async (w: World) => {
  await freshApplication(w, 'confirmed');
  const [row] = await w.t.db.query(`SELECT id FROM application WHERE edition_id = $1 ORDER BY created_at DESC, id LIMIT 1`, [await applicationEdition(w)]);
  return applicationWithdrawToken(serverSecret(w.t.config), row.id);
};
/** The reminders-off link's token of a person of their own, so no actor's reminders go off. */
const remindersOffLink = async (w: World) => remindersOffToken(serverSecret(w.t.config), (await given(w.t.db).person()).id);
const APPLICATION = (w: World) => ({
  name: 'Aanmelder',
  email: `aanmelder-${unique()}@example.nl`,
  organisation: 'Zorggroep',
  jobTitle: 'Teamleider',
  region: 'Utrecht',
  challenge: 'Vraagstuk',
  directorName: 'Directeur',
  directorEmail: 'directeur@example.nl',
  formIssuedAt: issueFormStamp(serverSecret(w.t.config), Date.now() - 60_000),
});
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3_600_000);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const SLOT = { kind: 'programme_day', title: 'Lesdag', durationMinutes: 390, mode: 'on_site', audience: { participants: true, internalTeams: false, directors: false } };
const WIZARD = { startDate: '2027-09-07', cadenceWeeks: 3, weekday: 2, startTime: '09:30' };
const unique = () => randomUUID().slice(0, 8);
const CHALLENGE = { title: 'Minder valincidenten in de nacht', description: '', innovation: 'Sensoren', goal: '', phase: 'direct' };
const LOG_ENTRY = () => ({ entryDate: instantToAmsterdam(new Date()).date, text: 'Gesprek met het team gehad.' });
const TEAM_MEMBER = () => ({ name: 'Collega', email: `collega-${unique()}@example.nl`, roleInOrganisation: 'Teamleider' });

const MATRIX: Record<string, Case | Case[]> = {
  // Logging in, out and resetting a password.
  'POST /api/auth/login': {
    call: (w) => ({ url: '/api/auth/login', body: { email: w.people.newcomer.email, password: TEST_PASSWORD } }),
    expect: PUBLIC,
    ownSession: true,
  },
  'POST /api/auth/logout': { call: () => ({ url: '/api/auth/logout' }), expect: ANYONE_LOGGED_IN, ownSession: true },
  'POST /api/auth/logout-everywhere': { call: () => ({ url: '/api/auth/logout-everywhere' }), expect: ANYONE_LOGGED_IN, ownSession: true, endsEverySession: true },
  'GET /api/auth/csrf': at(() => '/api/auth/csrf', PUBLIC),
  // Single sign-on: the login page's buttons and the round trip through the provider are for anyone (redirects).
  'GET /api/auth/providers': at(() => '/api/auth/providers', PUBLIC),
  'GET /api/auth/oidc/:name/login': at(() => '/api/auth/oidc/matrix/login', PUBLIC),
  'GET /api/auth/oidc/:name/callback': at(() => '/api/auth/oidc/matrix/callback?code=x&state=y', PUBLIC),
  // A new email address each time: three requests per email address an hour is a limit of its own.
  'POST /api/auth/password-reset/request': send(() => '/api/auth/password-reset/request', () => ({ email: `matrix-${unique()}@example.nl` }), PUBLIC),
  'POST /api/auth/password-reset/confirm': {
    call: async (w) => ({ url: '/api/auth/password-reset/confirm', body: { token: await w.fresh.resetToken(), password: 'een-heel-nieuw-wachtwoord' } }),
    expect: PUBLIC,
  },
  'POST /api/auth/password-link/check': {
    call: async (w) => ({ url: '/api/auth/password-link/check', body: { token: await w.fresh.resetToken(), first: false } }),
    expect: PUBLIC,
  },
  // Logs in as the link's owner: a session of its own.
  'POST /api/auth/first-password': {
    call: async (w) => ({ url: '/api/auth/first-password', body: { token: await w.fresh.resetToken(), password: 'een-heel-nieuw-wachtwoord' } }),
    expect: PUBLIC,
    ownSession: true,
  },
  // The same password again: allowed, and the actor's own session (the one asking) stays.
  'POST /api/auth/password': send(() => '/api/auth/password', () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), ANYONE_LOGGED_IN),
  'GET /api/health': at(() => '/api/health', PUBLIC),
  'GET /api/health/live': at(() => '/api/health/live', PUBLIC),
  'GET /api/health/ready': at(() => '/api/health/ready', PUBLIC),
  // Only with KOERS_METRICS_TOKEN (unset here): for everyone else the route does not exist.
  'GET /metrics': at(() => '/metrics', answers(404, { anonymous: 404 })),

  // One's own things: every logged-in person has them.
  'GET /api/me': at(() => '/api/me', ANYONE_LOGGED_IN),
  'GET /api/me/preferences': at(() => '/api/me/preferences', ANYONE_LOGGED_IN),
  // One's own name, as it is: nothing changes for the other checks.
  'PATCH /api/me': {
    call: (w, actor) => ({ url: '/api/me', body: { name: actor === 'anonymous' ? 'Niemand' : w.people[actor].name } }),
    expect: ANYONE_LOGGED_IN,
  },
  'PUT /api/me/preferences': send(() => '/api/me/preferences', () => ({ remindersEnabled: true, locale: 'nl' }), ANYONE_LOGGED_IN),
  'GET /api/me/schedule': at(() => '/api/me/schedule', ANYONE_LOGGED_IN),
  'GET /api/me/next-session': at(() => '/api/me/next-session', ANYONE_LOGGED_IN),
  'GET /api/me/board-meetings': at(() => '/api/me/board-meetings', ANYONE_LOGGED_IN),
  // Everyone has a home page; each part of it only for those who hold its permission (the answer's own checks).
  'GET /api/me/home': at(() => '/api/me/home', ANYONE_LOGGED_IN, {
    check: (body, actor) => {
      const parts = Object.entries(body).filter(([part, value]) => part !== 'sessions' && value !== null).map(([part]) => part);
      const expected: Partial<Record<Actor, string[]>> = {
        admin: ['office', 'review'],
        trainer: ['review'],
        otherTrainer: ['review'],
        participant: ['participant'],
        otherParticipant: ['participant'],
        director: ['director'],
        otherDirector: ['director'],
      };
      expect(parts).toEqual(expected[actor] ?? []);
    },
  }),
  // Personal API tokens: everyone their own; someone else's is not found.
  'POST /api/me/tokens': send(() => '/api/me/tokens', () => ({ name: 'Matrix', scope: 'read' }), ANYONE_LOGGED_IN),
  'GET /api/me/tokens': at(() => '/api/me/tokens', ANYONE_LOGGED_IN),
  'DELETE /api/me/tokens/:id': [
    { call: async (w, actor) => ({ url: `/api/me/tokens/${await w.fresh.apiToken(actor === 'anonymous' ? w.people.participant.id : w.people[actor].id)}` }), expect: ANYONE_LOGGED_IN },
    { target: 'P’s', call: async (w) => ({ url: `/api/me/tokens/${await w.fresh.apiToken(w.people.participant.id)}` }), expect: answers('hidden', { participant: 'ok' }) },
  ],
  'GET /api/me/export': at(() => '/api/me/export', ANYONE_LOGGED_IN),
  'GET /api/me/export.zip': at(() => '/api/me/export.zip', ANYONE_LOGGED_IN),
  'GET /api/me/calendar': at(() => '/api/me/calendar', ANYONE_LOGGED_IN),
  'POST /api/me/calendar/reset': at(() => '/api/me/calendar/reset', ANYONE_LOGGED_IN),
  // The secret address is the credential: whoever holds P's feed address gets P's feed.
  'GET /api/calendar/:file': {
    call: async (w) => ({ url: new URL((await w.clients.participant.get('/api/me/calendar')).body.feedUrl).pathname }),
    expect: PUBLIC,
  },

  // The implementation challenge: one's own as a participant; P's for P's trainers, director and internal team.
  // Naming edition A picks one's own enrolment there, so it finds nothing for the participant of B.
  'GET /api/me/challenge': [
    at(() => '/api/me/challenge', OWN_AS_PARTICIPANT, { target: 'their current one' }),
    at((w) => `/api/me/challenge?editionId=${w.editionA.id}`, ONLY_P, { target: 'of edition A' }),
  ],
  'PUT /api/me/challenge': [
    send(() => '/api/me/challenge', () => CHALLENGE, OWN_AS_PARTICIPANT),
    send(() => '/api/me/challenge', (w) => ({ ...CHALLENGE, editionId: w.editionA.id }), ONLY_P, { target: 'of edition A' }),
  ],
  'POST /api/me/challenge/log': [
    send(() => '/api/me/challenge/log', () => LOG_ENTRY(), OWN_AS_PARTICIPANT),
    send(() => '/api/me/challenge/log', (w) => ({ ...LOG_ENTRY(), editionId: w.editionA.id }), ONLY_P, { target: 'of edition A' }),
  ],
  'GET /api/enrolments/:enrolmentId/challenge': [
    // A facilitator reads the challenges of the groups they lead: the classmate's (in F's group), not P's (in none yet).
    at((w) => `/api/enrolments/${w.enrolment.participant}/challenge`, answers('denied', { participant: 'ok', teamMember: 'ok', director: 'ok', trainer: 'ok', admin: 'ok' }), {
      target: "P's",
    }),
    at((w) => `/api/enrolments/${w.enrolment.classmate}/challenge`, STAFF_OF_A, { target: "a classmate's, sponsored by another director, in F's group" }),
  ],
  'GET /api/editions/:editionId/challenges': at((w) => `/api/editions/${w.editionA.id}/challenges`, STAFF_OF_A),
  // Peer feedback on a log entry: its owner, their network group (members, facilitators), A's trainers and the
  // programme office. P is in no group yet (the groups are divided further down); the classmate is in F's group.
  'GET /api/challenge-log-entries/:id/comments': [
    at((w) => `/api/challenge-log-entries/${w.logEntry.own}/comments`, FEEDBACK_ON_P, { target: "P's" }),
    at((w) => `/api/challenge-log-entries/${w.logEntry.classmate}/comments`, STAFF_OF_A, { target: "the classmate's, in F's group" }),
  ],
  'POST /api/challenge-log-entries/:id/comments': [
    send((w) => `/api/challenge-log-entries/${w.logEntry.own}/comments`, () => ({ body: 'Mooi!' }), FEEDBACK_ON_P, { target: "P's" }),
    send((w) => `/api/challenge-log-entries/${w.logEntry.classmate}/comments`, () => ({ body: 'Mooi!' }), STAFF_OF_A, { target: "the classmate's, in F's group" }),
  ],
  // A comment on the classmate's entry: hidden by the trainers, the facilitator of the classmate's group and the programme office.
  'POST /api/challenge-log-comments/:id/hide': send((w) => `/api/challenge-log-comments/${w.logEntry.classmateComment}/hide`, () => ({ reason: 'Niet vriendelijk' }), STAFF_OF_A),

  // The who's who of edition A, and one's own entry in it.
  'GET /api/editions/:editionId/directory': at((w) => `/api/editions/${w.editionA.id}/directory`, EDITION_A_MEMBERS),
  // P's photo, as A's who's who shows it (before P, as an actor, replaces and removes their own photo below).
  'GET /api/editions/:editionId/directory/:personId/photo': at((w) => `/api/editions/${w.editionA.id}/directory/${w.people.participant.id}/photo`, EDITION_A_MEMBERS),
  // The Rebels agreed to be found by later participants, nobody else.
  'GET /api/editions/:editionId/alumni': at((w) => `/api/editions/${w.editionA.id}/alumni`, answers('denied', { participant: 'ok', admin: 'ok' })),
  'GET /api/me/directory-profile': at(() => '/api/me/directory-profile', ANYONE_LOGGED_IN),
  'PUT /api/me/directory-profile': send(() => '/api/me/directory-profile', () => ({ introduction: 'Hallo', hidden: false, alumni: true }), ANYONE_LOGGED_IN),
  'PUT /api/me/directory-profile/photo': { call: () => ({ url: '/api/me/directory-profile/photo', ...multipart({}, [{ field: 'photo', name: 'ik.png', content: PNG }]) }), expect: ANYONE_LOGGED_IN },
  'DELETE /api/me/directory-profile/photo': at(() => '/api/me/directory-profile/photo', ANYONE_LOGGED_IN),

  // A's conversation: threads for the whole edition, and one of a network group that P is not in.
  'GET /api/editions/:editionId/discussions': at((w) => `/api/editions/${w.editionA.id}/discussions`, IN_THE_CONVERSATION),
  'GET /api/editions/:editionId/discussions/groups': at((w) => `/api/editions/${w.editionA.id}/discussions/groups`, IN_THE_CONVERSATION),
  'POST /api/editions/:editionId/discussions': send((w) => `/api/editions/${w.editionA.id}/discussions`, () => ({ title: 'Vraag', body: 'Wie weet dit?' }), IN_THE_CONVERSATION),
  'GET /api/discussions/:id': [
    at((w) => `/api/discussions/${w.discussion.edition}`, IN_THE_CONVERSATION, { target: 'for all of A' }),
    at((w) => `/api/discussions/${w.discussion.group}`, GROUP_THREAD_WITHOUT_P, { target: 'of a network group without P' }),
  ],
  'POST /api/discussions/:id/replies': [
    send((w) => `/api/discussions/${w.discussion.edition}/replies`, () => ({ body: 'Ik!' }), IN_THE_CONVERSATION, { target: 'for all of A' }),
    send((w) => `/api/discussions/${w.discussion.group}/replies`, () => ({ body: 'Ik!' }), GROUP_THREAD_WITHOUT_P, { target: 'of a network group without P' }),
  ],
  // P's own post in A's thread takes a file; everyone else's attempt is refused (only the author attaches).
  'POST /api/discussion-posts/:id/attachments': {
    call: (w) => ({ url: `/api/discussion-posts/${w.discussion.ownPost}/attachments`, ...multipart({}, [{ field: 'file', name: 'a4.pdf', content: PDF }]) }),
    expect: answers('denied', { participant: 'ok' }),
  },
  'GET /api/discussion-attachments/:id': at((w) => `/api/discussion-attachments/${w.discussion.attachment}`, IN_THE_CONVERSATION),
  'POST /api/discussion-posts/:id/hide': send((w) => `/api/discussion-posts/${w.discussion.post}/hide`, () => ({ reason: 'Niet vriendelijk' }), STAFF_OF_A),
  // The trainer wrote the post, and one's own post is not for reporting.
  // A post nobody hides (a hidden one is reported no more).
  'POST /api/discussion-posts/:id/report': send((w) => `/api/discussion-posts/${w.discussion.reportable}/report`, () => ({ reason: 'Klopt niet' }), { ...IN_THE_CONVERSATION, trainer: 400 }),
  'GET /api/me/discussions/unread': at(() => '/api/me/discussions/unread', ANYONE_LOGGED_IN),

  // The internal team a participant gathers.
  'GET /api/me/internal-team': at(() => '/api/me/internal-team', ANYONE_LOGGED_IN),
  'POST /api/me/internal-team': [
    { call: () => ({ url: '/api/me/internal-team', body: TEAM_MEMBER() }), expect: answers('denied', { participant: 'ok', otherParticipant: 'ok' }) },
    {
      target: 'for edition A',
      call: (w) => ({ url: '/api/me/internal-team', body: { ...TEAM_MEMBER(), editionId: w.editionA.id } }),
      expect: answers('denied', { participant: 'ok' }),
    },
  ],
  'GET /api/me/invitations': at(() => '/api/me/invitations', ANYONE_LOGGED_IN),
  // An invitation from P to someone who is none of the actors: nobody else may accept it (accepting would enrol them).
  'POST /api/me/invitations/:id/accept': {
    call: async (w) => ({ url: `/api/me/invitations/${await w.fresh.invitation(w.people.invitee.id)}/accept` }),
    expect: answers('hidden'),
  },
  // Addressed to the caller: only the invited person answers, and declining changes nothing else.
  'POST /api/me/invitations/:id/decline': [
    {
      call: async (w, actor) => ({ url: `/api/me/invitations/${await w.fresh.invitation(actor === 'anonymous' ? w.people.invitee.id : w.people[actor].id)}/decline` }),
      expect: ANYONE_LOGGED_IN,
    },
    { target: 'someone else’s', call: async (w) => ({ url: `/api/me/invitations/${await w.fresh.invitation(w.people.invitee.id)}/decline` }), expect: answers('hidden') },
  ],
  // Sent by P: only P withdraws it.
  'DELETE /api/invitations/:id': {
    call: async (w) => ({ url: `/api/invitations/${await w.fresh.invitation(w.people.invitee.id)}` }),
    expect: answers('hidden', { participant: 'ok' }),
  },
  // Someone else's team member is not in yours: 404.
  'DELETE /api/me/internal-team/:personId': {
    call: async (w) => ({ url: `/api/me/internal-team/${await w.fresh.teamMember()}` }),
    expect: answers('hidden', { participant: 'ok' }),
  },

  // The director's view of the participants they sponsor.
  'GET /api/director/participants': at(() => '/api/director/participants', answers('denied', { director: 'ok', otherDirector: 'ok' }), {
    check: (body, actor, w) =>
      expect(body.map((row: { personId: string }) => row.personId)).toEqual([w.people[actor === 'director' ? 'participant' : 'otherParticipant'].id]),
  }),

  // Completion and certificates: a participant's own (completion.own); everyone else, the programme office included, is refused.
  'GET /api/me/completion/:editionId': at((w) => `/api/me/completion/${w.editionA.id}`, answers('denied', { participant: 'ok' })),
  'GET /api/me/certificate/:editionId.pdf': at((w) => `/api/me/certificate/${w.editionA.id}.pdf`, answers('denied', { participant: 'ok' })),
  'GET /api/me/certificate/:editionId/badge.png': at((w) => `/api/me/certificate/${w.editionA.id}/badge.png`, answers('denied', { participant: 'ok' })),
  'GET /verify/:code': at((w) => `/verify/${w.certificateCode}`, PUBLIC),
  // The certificates issued, and withdrawing one issued in error: the programme office's alone.
  'GET /api/editions/:editionId/certificates': at((w) => `/api/editions/${w.editionA.id}/certificates`, ADMIN_ONLY),
  'POST /api/certificates/:id/revoke': {
    call: async (w) => ({ url: `/api/certificates/${await w.fresh.certificate()}/revoke`, body: { reason: 'Ten onrechte uitgereikt' } }),
    expect: ADMIN_ONLY,
  },
  // The Open Badges issuer and badge classes behind every certificate's assertion: public, like the assertion itself.
  'GET /api/badges/issuer': at(() => '/api/badges/issuer', PUBLIC),
  'GET /api/badges/programmes/:id': at((w) => `/api/badges/programmes/${w.programme.id}`, PUBLIC),
  'GET /api/badges/programmes/:id/image.png': at((w) => `/api/badges/programmes/${w.programme.id}/image.png`, PUBLIC),
  // Applications: a programme's public page, for anyone, as JSON and as server-rendered HTML.
  'GET /api/public/programmes/:slug': { call: async (w) => ({ url: `/api/public/programmes/${await publicSlug(w)}` }), expect: PUBLIC },
  'GET /programmas/:slug': { call: async (w) => ({ url: `/programmas/${await publicSlug(w)}`, headers: { accept: 'text/html' } }), expect: PUBLIC },
  // Applying without an account, and the pages and answers behind the links in its mails: whoever holds the link.
  'POST /api/public/editions/:id/applications': {
    call: async (w) => ({ url: `/api/public/editions/${await applicationEdition(w)}/applications`, body: APPLICATION(w) }),
    expect: PUBLIC,
  },
  'POST /programmas/:slug/aanmelden': {
    call: async (w) => {
      // Both ways of applying count against one limit per address, which every actor here shares; the limits are tested in applications/.
      await w.t.db.query(`DELETE FROM rate_limit_counter WHERE key LIKE 'application-%'`);
      const body = new URLSearchParams({ ...APPLICATION(w), editionId: await applicationEdition(w) }).toString();
      return { url: `/programmas/${await publicSlug(w)}/aanmelden`, body, headers: FORM };
    },
    expect: PUBLIC,
  },
  'POST /api/public/applications/confirm': {
    call: async (w) => ({ url: '/api/public/applications/confirm', body: { token: (await freshApplication(w, 'unconfirmed')).confirmToken } }),
    expect: PUBLIC,
  },
  'GET /aanmelding-bevestigen': {
    call: async (w) => ({ url: `/aanmelding-bevestigen?token=${(await freshApplication(w, 'unconfirmed')).confirmToken}`, headers: { accept: 'text/html' } }),
    expect: PUBLIC,
  },
  'POST /aanmelding-bevestigen': {
    call: async (w) => ({ url: '/aanmelding-bevestigen', body: `token=${(await freshApplication(w, 'unconfirmed')).confirmToken}`, headers: FORM }),
    expect: PUBLIC,
  },
  'POST /api/public/director-commitments': {
    call: async (w) => ({ url: '/api/public/director-commitments', body: { token: (await freshApplication(w, 'confirmed')).directorToken, commit: true } }),
    expect: PUBLIC,
  },
  'GET /directeur-toezegging': {
    call: async (w) => ({ url: `/directeur-toezegging?token=${(await freshApplication(w, 'confirmed')).directorToken}`, headers: { accept: 'text/html' } }),
    expect: PUBLIC,
  },
  'POST /api/public/applications/withdraw': {
    call: async (w) => ({ url: '/api/public/applications/withdraw', body: { token: await withdrawToken(w) } }),
    expect: PUBLIC,
  },
  'GET /aanmelding-intrekken': {
    call: async (w) => ({ url: `/aanmelding-intrekken?token=${encodeURIComponent(await withdrawToken(w))}`, headers: { accept: 'text/html' } }),
    expect: PUBLIC,
  },
  'POST /aanmelding-intrekken': {
    call: async (w) => ({ url: '/aanmelding-intrekken', body: `token=${encodeURIComponent(await withdrawToken(w))}`, headers: FORM }),
    expect: PUBLIC,
  },
  // The one-click link in every reminder: whoever holds it, logged in or not (a mail program posts it).
  'GET /herinneringen-uit': {
    call: async (w) => ({ url: `/herinneringen-uit?token=${encodeURIComponent(await remindersOffLink(w))}`, headers: { accept: 'text/html' } }),
    expect: PUBLIC,
  },
  'POST /herinneringen-uit': {
    call: async (w) => ({ url: `/herinneringen-uit?token=${encodeURIComponent(await remindersOffLink(w))}`, body: 'List-Unsubscribe=One-Click', headers: FORM }),
    expect: PUBLIC,
  },
  // Selection: nothing about an applicant is shown to anyone but the programme office.
  'GET /api/editions/:editionId/applications': at((w) => `/api/editions/${w.editionA.id}/applications`, ADMIN_ONLY),
  'GET /api/applications/:id': { call: async (w) => ({ url: `/api/applications/${await applicationInA(w)}` }), expect: ADMIN_ONLY },
  'POST /api/applications/:id/accept': {
    call: async (w) => ({ url: `/api/applications/${await applicationInA(w)}/accept`, body: { confirmOverCapacity: true } }),
    expect: ADMIN_ONLY,
  },
  'POST /api/applications/:id/waitlist': { call: async (w) => ({ url: `/api/applications/${await waitlistableApplication(w)}/waitlist` }), expect: ADMIN_ONLY },
  'POST /api/applications/:id/decline': {
    call: async (w) => ({ url: `/api/applications/${await applicationInA(w)}/decline`, body: { message: 'Helaas' } }),
    expect: ADMIN_ONLY,
  },
  'DELETE /api/applications/:id': { call: async (w) => ({ url: `/api/applications/${await applicationInA(w)}` }), expect: ADMIN_ONLY },
  'POST /directeur-toezegging': {
    call: async (w) => ({ url: '/directeur-toezegging', body: `token=${(await freshApplication(w, 'confirmed')).directorToken}&commit=false&reason=Geen+tijd`, headers: FORM }),
    expect: PUBLIC,
  },

  // Edition A's schedule, sessions and their pages.
  'GET /api/editions/:editionId/sessions': at((w) => `/api/editions/${w.editionA.id}/sessions`, STAFF_OF_A),
  'GET /api/sessions/:id': [
    at((w) => `/api/sessions/${w.session.now.id}`, AT_THE_SESSION),
    at((w) => `/api/sessions/${w.session.boardDelegated.id}`, answers('denied', { director: 'ok', delegate: 'ok', trainer: 'ok', admin: 'ok' }), {
      target: 'the board meeting D sends the delegate to',
    }),
  ],
  'GET /api/sessions/:id/calendar.ics': at((w) => `/api/sessions/${w.session.now.id}/calendar.ics`, AT_THE_SESSION),
  'PUT /api/sessions/:id/record': {
    call: async (w) => {
      const [{ version }] = await w.t.db.query(`SELECT notes_version AS version FROM session WHERE id = $1`, [w.session.now.id]);
      return { url: `/api/sessions/${w.session.now.id}/record`, body: { notes: 'Goed gesprek.', covered: 'Fase richt', notesVersion: version } };
    },
    expect: STAFF_OF_A,
  },
  'POST /api/sessions/:id/speakers': send((w) => `/api/sessions/${w.session.now.id}/speakers`, () => ({ name: 'Gastspreker', organisation: 'Fontys' }), STAFF_OF_A),
  'DELETE /api/sessions/:id/speakers/:speakerId': [
    { call: async (w) => ({ url: `/api/sessions/${w.session.now.id}/speakers/${await w.fresh.speaker()}` }), expect: STAFF_OF_A },
    {
      target: "A's speaker, through B's session",
      call: async (w) => ({ url: `/api/sessions/${w.session.b.id}/speakers/${await w.fresh.speaker()}` }),
      expect: STAFF_OF_B_FINDS_NOTHING,
    },
  ],
  // Materials follow their session: those who may open the session page, and only they.
  'GET /api/sessions/:id/materials': [
    at((w) => `/api/sessions/${w.session.now.id}/materials`, AT_THE_SESSION),
    at((w) => `/api/sessions/${w.session.boardNext.id}/materials`, answers('denied', { director: 'ok', trainer: 'ok', admin: 'ok' }), {
      target: 'of a board meeting',
    }),
  ],
  'POST /api/sessions/:id/materials': {
    call: (w) => ({ url: `/api/sessions/${w.session.now.id}/materials`, ...multipart({}, [{ field: 'file', name: 'hand-out.pdf', content: PDF }]) }),
    expect: STAFF_OF_A,
  },
  // A session of one's own does not open another session's material.
  'GET /api/sessions/:id/materials/:materialId': [
    at((w) => `/api/sessions/${w.session.now.id}/materials/${w.material}`, AT_THE_SESSION),
    at(
      (w) => `/api/sessions/${w.session.b.id}/materials/${w.material}`,
      answers('denied', { otherParticipant: 404, otherTrainer: 404, admin: 404 }),
      { target: "A's material, through B's session" },
    ),
  ],
  'DELETE /api/sessions/:id/materials/:materialId': [
    { call: async (w) => ({ url: `/api/sessions/${w.session.now.id}/materials/${await w.fresh.material()}` }), expect: STAFF_OF_A },
    {
      target: "A's material, through B's session",
      call: async (w) => ({ url: `/api/sessions/${w.session.b.id}/materials/${await w.fresh.material()}` }),
      expect: STAFF_OF_B_FINDS_NOTHING,
    },
  ],

  // Attendance and check-in.
  'GET /api/sessions/:id/roster': at((w) => `/api/sessions/${w.session.now.id}/roster`, STAFF_OF_A),
  'PUT /api/sessions/:id/attendance': [
    send((w) => `/api/sessions/${w.session.now.id}/attendance`, (w) => [{ personId: w.people.participant.id, status: 'present' }], STAFF_OF_A),
    send((w) => `/api/sessions/${w.session.b.id}/attendance`, (w) => [{ personId: w.people.participant.id, status: 'absent' }], STAFF_OF_B_REFUSES, {
      target: "P marked through B's session",
    }),
  ],
  'POST /api/sessions/:id/attendance/absent': at((w) => `/api/sessions/${w.session.past.id}/attendance/absent`, TRAINERS_OF_A),
  'GET /api/sessions/:id/attendance/changes': at((w) => `/api/sessions/${w.session.now.id}/attendance/changes`, STAFF_OF_A),
  'GET /api/sessions/:id/check-in-code': at((w) => `/api/sessions/${w.session.now.id}/check-in-code`, STAFF_OF_A),
  'GET /api/sessions/:id/check-in': at((w) => `/api/sessions/${w.session.now.id}/check-in`, AT_THE_SESSION),
  // Only those expected at the session check in: its participants and its staff, not the programme office.
  'POST /api/sessions/:id/check-in': send(
    (w) => `/api/sessions/${w.session.now.id}/check-in`,
    (w) => ({ code: w.checkInCode() }),
    answers('denied', { participant: 'ok', trainer: 'ok', facilitator: 'ok' }),
  ),
  // A typed code finds the caller's own open session; someone with none open is told so (409), whatever the code.
  'POST /api/check-in': send(() => '/api/check-in', (w) => ({ code: w.checkInCode() }), answers(409, { participant: 'ok', trainer: 'ok', facilitator: 'ok' })),
  'GET /api/editions/:id/attendance': at((w) => `/api/editions/${w.editionA.id}/attendance`, STAFF_OF_A),
  'GET /api/editions/:id/attendance.:format': [
    at((w) => `/api/editions/${w.editionA.id}/attendance.csv`, STAFF_OF_A, { target: 'CSV' }),
    at((w) => `/api/editions/${w.editionA.id}/attendance.xlsx`, STAFF_OF_A, { target: 'Excel workbook' }),
  ],

  // Board meetings: directors answer; those who run the edition see the answers and keep the minutes.
  'PUT /api/sessions/:id/rsvp': send((w) => `/api/sessions/${w.session.boardNext.id}/rsvp`, () => ({ response: 'attending' }), answers('denied', { director: 'ok' })),
  'GET /api/rsvp-overview': at(() => '/api/rsvp-overview', answers('denied', { trainer: 'ok', otherTrainer: 'ok', admin: 'ok' }), {
    check: (body, actor, w) => {
      if (actor === 'admin') return;
      const own = actor === 'otherTrainer' ? w.editionB.id : w.editionA.id;
      expect(body.length).toBeGreaterThan(0);
      expect(body.filter((session: { editionId: string }) => session.editionId !== own)).toEqual([]);
    },
  }),
  'GET /api/sessions/:id/rsvps': at((w) => `/api/sessions/${w.session.boardNext.id}/rsvps`, TRAINERS_OF_A),
  'GET /api/sessions/:id/rsvps.:format': [
    at((w) => `/api/sessions/${w.session.boardNext.id}/rsvps.csv`, TRAINERS_OF_A, { target: 'CSV' }),
    at((w) => `/api/sessions/${w.session.boardNext.id}/rsvps.xlsx`, TRAINERS_OF_A, { target: 'Excel workbook' }),
  ],
  'GET /api/sessions/:id/minutes': at((w) => `/api/sessions/${w.session.boardPast.id}/minutes`, TRAINERS_OF_A),
  'PUT /api/sessions/:id/minutes': send((w) => `/api/sessions/${w.session.boardPast.id}/minutes`, () => ({ text: 'Besproken: de voortgang.' }), TRAINERS_OF_A),
  'DELETE /api/sessions/:id/minutes': at((w) => `/api/sessions/${w.session.boardPast.id}/minutes`, TRAINERS_OF_A),

  // Assignments, hand-ins and review.
  'GET /api/editions/:id/assignments': at((w) => `/api/editions/${w.editionA.id}/assignments`, answers('denied', { participant: 'ok', trainer: 'ok', admin: 'ok' })),
  'POST /api/editions/:id/assignments': send(
    (w) => `/api/editions/${w.editionA.id}/assignments`,
    // A title of its own per call: the same title and deadline to the minute is the same assignment again (409).
    () => ({ title: `Stakeholderanalyse ${unique()}`, dueAt: inDays(21).toISOString(), acceptsText: true, acceptsFiles: true }),
    TRAINERS_OF_A,
  ),
  'PUT /api/assignments/:id': {
    call: async (w) => ({
      url: `/api/assignments/${await w.fresh.assignment()}`,
      body: { title: `Stakeholderanalyse (herzien) ${unique()}`, dueAt: inDays(28).toISOString(), acceptsText: true, acceptsFiles: false },
    }),
    expect: TRAINERS_OF_A,
  },
  'DELETE /api/assignments/:id': { call: async (w) => ({ url: `/api/assignments/${await w.fresh.assignment()}` }), expect: TRAINERS_OF_A },
  'PUT /api/assignments/:id/extensions/:personId': [
    {
      call: async (w) => ({ url: `/api/assignments/${await w.fresh.assignment()}/extensions/${w.people.participant.id}`, body: { dueAt: inDays(30).toISOString() } }),
      expect: TRAINERS_OF_A,
    },
    send((w) => `/api/assignments/${w.assignmentB.id}/extensions/${w.people.participant.id}`, () => ({ dueAt: inDays(30).toISOString() }), STAFF_OF_B_REFUSES, {
      target: "B's assignment, for P",
    }),
  ],
  'DELETE /api/assignments/:id/extensions/:personId': at((w) => `/api/assignments/${w.assignment.id}/extensions/${w.people.participant.id}`, TRAINERS_OF_A),
  'GET /api/editions/:id/assignment-overview': at((w) => `/api/editions/${w.editionA.id}/assignment-overview`, TRAINERS_OF_A),
  'GET /api/editions/:id/assignment-overview.:format': [
    at((w) => `/api/editions/${w.editionA.id}/assignment-overview.csv`, TRAINERS_OF_A, { target: 'CSV' }),
    at((w) => `/api/editions/${w.editionA.id}/assignment-overview.xlsx`, TRAINERS_OF_A, { target: 'Excel workbook' }),
  ],
  // Only participants have work of their own; the programme office included, everyone else is refused.
  'GET /api/assignments/:id/my-submission': at((w) => `/api/assignments/${w.assignment.id}/my-submission`, answers('denied', { participant: 'ok' })),
  'POST /api/assignments/:id/submissions': {
    call: async (w) => ({ url: `/api/assignments/${await w.fresh.assignment()}/submissions`, ...multipart({ text: 'Mijn plan van aanpak.' }) }),
    expect: answers('denied', { participant: 'ok' }),
  },
  'GET /api/submissions/:id': [
    at((w) => `/api/submissions/${w.submission.own}`, OWN_WORK_OF_P, { target: "P's own" }),
    at((w) => `/api/submissions/${w.submission.classmate}`, TRAINERS_OF_A, { target: "a classmate's" }),
  ],
  'GET /api/submission-files/:id': [
    at((w) => `/api/submission-files/${w.submissionFile.own}`, OWN_WORK_OF_P, { target: "P's own" }),
    at((w) => `/api/submission-files/${w.submissionFile.classmate}`, TRAINERS_OF_A, { target: "a classmate's" }),
  ],
  // The queue holds only work from the editions one trains (all of them for the programme office); others have none.
  'GET /api/review-queue': [
    at(() => '/api/review-queue', answers('denied', { trainer: 'ok', otherTrainer: 'ok', admin: 'ok' }), {
      check: (body, actor, w) => {
        if (actor === 'admin') return;
        const items: { submissionId: string; editionId: string }[] = body.items;
        if (actor !== 'trainer') return expect(items).toEqual([]);
        expect(items.map((item) => item.submissionId)).toEqual(expect.arrayContaining([w.submission.own, w.submission.classmate]));
        expect(items.filter((item) => item.editionId !== w.editionA.id)).toEqual([]);
      },
    }),
    at((w) => `/api/review-queue?editionId=${w.editionA.id}`, TRAINERS_OF_A, { target: 'of edition A' }),
  ],
  'POST /api/submissions/:id/feedback': {
    call: async (w) => ({ url: `/api/submissions/${await w.fresh.submission()}/feedback`, body: { outcome: 'revise', comment: 'Maak het doel concreter.' } }),
    expect: TRAINERS_OF_A,
  },

  // The programme office: editions.
  'GET /api/editions': at(() => '/api/editions', ADMIN_ONLY),
  'GET /api/editions/:editionId': at((w) => `/api/editions/${w.editionA.id}`, ADMIN_ONLY),
  'PATCH /api/editions/:editionId': send((w) => `/api/editions/${w.editionA.id}`, () => ({ capacity: 40 }), ADMIN_ONLY),
  'POST /api/editions/:editionId/status': {
    call: async (w) => ({ url: `/api/editions/${await w.fresh.draftEdition()}/status`, body: { status: 'open' } }),
    expect: ADMIN_ONLY,
  },
  'DELETE /api/editions/:editionId': { call: async (w) => ({ url: `/api/editions/${await w.fresh.draftEdition()}` }), expect: ADMIN_ONLY },
  'GET /api/editions/:editionId/copy-settings': at((w) => `/api/editions/${w.editionA.id}/copy-settings`, ADMIN_ONLY),
  // A session that expects nobody, so nobody's schedule changes.
  'POST /api/editions/:editionId/sessions': send(
    (w) => `/api/editions/${w.editionA.id}/sessions`,
    () => ({
      kind: 'board_meeting',
      title: 'Extra overleg',
      date: workingDayInWeeks(2),
      startTime: '13:00',
      endTime: '15:00',
      mode: 'online',
      onlineUrl: 'https://meet.example.nl/extra',
      audience: { participants: false, internalTeams: false, directors: false },
    }),
    ADMIN_ONLY,
  ),
  'PATCH /api/editions/:editionId/sessions/:sessionId': {
    call: async (w) => ({
      url: `/api/editions/${w.editionA.id}/sessions/${await w.fresh.session()}`,
      body: { location: 'Zaal 2, Amersfoort', reason: 'Grotere zaal' },
    }),
    expect: ADMIN_ONLY,
  },
  'POST /api/editions/:editionId/sessions/:sessionId/cancel': {
    call: async (w) => ({ url: `/api/editions/${w.editionA.id}/sessions/${await w.fresh.session()}/cancel`, body: { reason: 'Te weinig aanmeldingen' } }),
    expect: ADMIN_ONLY,
  },
  'GET /api/editions/:editionId/sessions/:sessionId/changes': at((w) => `/api/editions/${w.editionA.id}/sessions/${w.session.now.id}/changes`, ADMIN_ONLY),
  'PUT /api/editions/:editionId/sessions/:sessionId/staff': {
    call: async (w) => ({
      url: `/api/editions/${w.editionA.id}/sessions/${await w.fresh.session()}/staff`,
      body: { staff: [{ guestName: 'Gastspreker', guestOrganisation: 'Zuyd', role: 'speaker' }] },
    }),
    expect: ADMIN_ONLY,
  },
  // A person of their own, so no actor's roles change.
  'POST /api/editions/:editionId/staff': {
    call: async (w) => ({
      url: `/api/editions/${w.editionA.id}/staff`,
      body: { personId: (await given(w.t.db).person()).id, role: 'trainer', kinds: ['network_session'] },
    }),
    expect: ADMIN_ONLY,
  },
  'POST /api/programmes/:programmeId/editions/preview': send(
    (w) => `/api/programmes/${w.programme.id}/editions/preview`,
    () => ({ ...WIZARD, name: 'Voorbeeld' }),
    ADMIN_ONLY,
  ),
  'POST /api/programmes/:programmeId/editions': send((w) => `/api/programmes/${w.programme.id}/editions`, () => ({ ...WIZARD, name: `HIS-I ${unique()}` }), ADMIN_ONLY),

  // The programme office: enrolments and session staff.
  'GET /api/editions/:editionId/enrolments': at((w) => `/api/editions/${w.editionA.id}/enrolments`, ADMIN_ONLY),
  'GET /api/editions/:editionId/enrolments.:format': [
    at((w) => `/api/editions/${w.editionA.id}/enrolments.csv`, ADMIN_ONLY, { target: 'CSV' }),
    at((w) => `/api/editions/${w.editionA.id}/enrolments.xlsx`, ADMIN_ONLY, { target: 'Excel workbook' }),
  ],
  'POST /api/editions/:editionId/enrolments': send(
    (w) => `/api/editions/${w.editionA.id}/enrolments`,
    () => ({ role: 'participant', name: 'Nieuwe Deelnemer', email: `deelnemer-${unique()}@example.nl`, organisation: 'Zorggroep Noord' }),
    ADMIN_ONLY,
  ),
  'POST /api/editions/:editionId/enrolments/import': {
    call: (w) => ({
      url: `/api/editions/${w.editionA.id}/enrolments/import`,
      body: `naam;e-mail;organisatie\r\nAnna de Vries;anna-${unique()}@example.nl;Zorggroep Noord\r\n`,
      headers: { 'content-type': 'text/csv' },
    }),
    expect: ADMIN_ONLY,
  },
  'POST /api/editions/:editionId/enrolments/:enrolmentId/withdraw': {
    call: async (w) => ({ url: `/api/editions/${w.editionA.id}/enrolments/${await w.fresh.enrolment()}/withdraw` }),
    expect: ADMIN_ONLY,
  },
  'GET /api/staff': at(() => '/api/staff', ADMIN_ONLY),

  // The programme office: programmes and their curriculum template.
  'GET /api/programmes': at(() => '/api/programmes', ADMIN_ONLY),
  'POST /api/programmes': send(() => '/api/programmes', () => ({ code: `MET-${unique()}`, name: 'MET-scan' }), ADMIN_ONLY),
  'GET /api/programmes/:programmeId': at((w) => `/api/programmes/${w.programme.id}`, ADMIN_ONLY),
  'PATCH /api/programmes/:programmeId': send((w) => `/api/programmes/${w.programme.id}`, () => ({ description: 'Tien lesdagen.' }), ADMIN_ONLY),
  'POST /api/programmes/:programmeId/slots': send((w) => `/api/programmes/${w.programme.id}/slots`, () => SLOT, ADMIN_ONLY),
  'PUT /api/programmes/:programmeId/slots/order': {
    call: async (w) => {
      const slots: { id: string }[] = await w.t.db.query(`SELECT id FROM curriculum_slot WHERE programme_id = $1 ORDER BY position`, [w.programme.id]);
      return { url: `/api/programmes/${w.programme.id}/slots/order`, body: { slotIds: slots.map((slot) => slot.id).reverse() } };
    },
    expect: ADMIN_ONLY,
  },
  'PUT /api/programmes/:programmeId/slots/:slotId': send((w) => `/api/programmes/${w.programme.id}/slots/${w.programme.slotId}`, () => SLOT, ADMIN_ONLY),
  'DELETE /api/programmes/:programmeId/slots/:slotId': {
    call: async (w) => {
      const programme = await w.fresh.programme();
      return { url: `/api/programmes/${programme.id}/slots/${programme.slotId}` };
    },
    expect: ADMIN_ONLY,
  },
  'POST /api/programmes/:programmeId/assignment-templates': send(
    (w) => `/api/programmes/${w.programme.id}/assignment-templates`,
    (w) => ({ title: 'Reflectie', relativeToSlotId: w.programme.slotId, offsetDays: 7 }),
    ADMIN_ONLY,
  ),
  'PUT /api/programmes/:programmeId/assignment-templates/:templateId': send(
    (w) => `/api/programmes/${w.programme.id}/assignment-templates/${w.programme.templateId}`,
    (w) => ({ title: 'Beschrijf je vraagstuk', relativeToSlotId: w.programme.slotId, offsetDays: -3 }),
    ADMIN_ONLY,
  ),
  'DELETE /api/programmes/:programmeId/assignment-templates/:templateId': {
    call: async (w) => {
      const programme = await w.fresh.programme();
      return { url: `/api/programmes/${programme.id}/assignment-templates/${programme.templateId}` };
    },
    expect: ADMIN_ONLY,
  },

  // The programme office: organisations, people and mail.
  'GET /api/organisations': at(() => '/api/organisations', ADMIN_ONLY),
  'PATCH /api/organisations/:id': {
    call: async (w) => ({ url: `/api/organisations/${(await w.given.organisation()).id}`, body: { regionId: w.region.own } }),
    expect: ADMIN_ONLY,
  },

  // Regions: the programme office all of them, a regional programme manager their own.
  'GET /api/regions': at(() => '/api/regions', answers('denied', { regionalManager: 'ok', admin: 'ok' }), {
    check: (body, actor, w) => {
      if (actor === 'regionalManager') expect(body.map((region: { id: string }) => region.id)).toEqual([w.region.own]);
    },
  }),
  'GET /api/regions/:id/overview': [
    at((w) => `/api/regions/${w.region.own}/overview`, answers('denied', { regionalManager: 'ok', admin: 'ok' })),
    { target: 'another region', ...at((w) => `/api/regions/${w.region.other}/overview`, ADMIN_ONLY) },
  ],
  'GET /api/regions/:id/measurements': [
    at((w) => `/api/regions/${w.region.own}/measurements`, answers('denied', { regionalManager: 'ok', admin: 'ok' })),
    { target: 'another region', ...at((w) => `/api/regions/${w.region.other}/measurements`, ADMIN_ONLY) },
  ],
  'GET /api/regions/:id/measurements.:format': [
    at((w) => `/api/regions/${w.region.own}/measurements.csv`, answers('denied', { regionalManager: 'ok', admin: 'ok' }), { target: 'CSV' }),
    at((w) => `/api/regions/${w.region.own}/measurements.xlsx`, answers('denied', { regionalManager: 'ok', admin: 'ok' }), { target: 'Excel workbook' }),
    { target: 'another region', ...at((w) => `/api/regions/${w.region.other}/measurements.csv`, ADMIN_ONLY) },
  ],
  'GET /api/regions/:id/managers': at((w) => `/api/regions/${w.region.own}/managers`, ADMIN_ONLY),
  // Someone new each time: the actors' own rights stay as they are.
  'POST /api/regions/:id/managers': { call: async (w) => ({ url: `/api/regions/${w.region.own}/managers`, body: { email: (await w.given.person()).email } }), expect: ADMIN_ONLY },
  'DELETE /api/regions/:id/managers/:personId': {
    call: async (w) => {
      const manager = await w.given.person();
      await w.given.regionalManager(w.region.own, manager.id);
      return { url: `/api/regions/${w.region.own}/managers/${manager.id}` };
    },
    expect: ADMIN_ONLY,
  },
  'GET /api/admin/people': at(() => '/api/admin/people', ADMIN_ONLY),
  'PATCH /api/admin/people/:id': { call: async (w) => ({ url: `/api/admin/people/${(await w.given.person()).id}`, body: { name: 'José Müller' } }), expect: ADMIN_ONLY },
  'GET /api/admin/people/:id/changes': at((w) => `/api/admin/people/${w.people.participant.id}/changes`, ADMIN_ONLY),
  'DELETE /api/admin/people/:id': { call: async (w) => ({ url: `/api/admin/people/${(await w.given.person()).id}` }), expect: ADMIN_ONLY },
  'GET /api/admin/people/:id/tokens': at((w) => `/api/admin/people/${w.people.participant.id}/tokens`, ADMIN_ONLY),
  'DELETE /api/admin/people/:id/tokens/:tokenId': {
    call: async (w) => ({ url: `/api/admin/people/${w.people.participant.id}/tokens/${await w.fresh.apiToken(w.people.participant.id)}` }),
    expect: ADMIN_ONLY,
  },
  'GET /api/notifications/deliveries': at(() => '/api/notifications/deliveries', ADMIN_ONLY),
  'POST /api/notifications/deliveries/:id/retry': {
    call: async (w) => ({ url: `/api/notifications/deliveries/${await w.fresh.failedDelivery()}/retry` }),
    expect: ADMIN_ONLY,
  },
  'GET /api/notifications/outbox': at(() => '/api/notifications/outbox', ADMIN_ONLY),
  'GET /api/notifications/outbox/:fileName': at((w) => `/api/notifications/outbox/${w.outboxFile}`, ADMIN_ONLY),
  'GET /api/closed-days': at(() => '/api/closed-days?schoolYear=2026', ADMIN_ONLY),
  'POST /api/closed-days': send(() => '/api/closed-days', () => ({ name: 'Locatie gesloten', firstDay: '2027-01-26', lastDay: '2027-01-26' }), ADMIN_ONLY),
  'DELETE /api/closed-days/:id': { call: async (w) => ({ url: `/api/closed-days/${await w.fresh.closedDay()}` }), expect: ADMIN_ONLY },
  'PUT /api/closed-days/school-holidays': send(
    () => '/api/closed-days/school-holidays',
    () => ({ content: [{ schoolyear: '2030-2031', vacations: [{ type: 'Kerstvakantie', regions: [{ region: 'heel Nederland', startdate: '2030-12-21T00:00:00Z', enddate: '2031-01-05T00:00:00Z' }] }] }] }),
    ADMIN_ONLY,
  ),
  'GET /api/webhooks': at(() => '/api/webhooks', ADMIN_ONLY),
  // One endpoint per address: a fresh address for every call.
  'POST /api/webhooks': send(() => '/api/webhooks', () => ({ url: `https://crm.example.nl/koers-${unique()}`, description: 'CRM', events: ['enrolment.created'] }), ADMIN_ONLY),
  'PATCH /api/webhooks/:id': send((w) => `/api/webhooks/${w.webhookEndpoint}`, () => ({ description: 'CRM-koppeling' }), ADMIN_ONLY),
  'DELETE /api/webhooks/:id': { call: async (w) => ({ url: `/api/webhooks/${await w.fresh.webhookEndpoint()}` }), expect: ADMIN_ONLY },
  'POST /api/webhooks/:id/secret': at((w) => `/api/webhooks/${w.webhookEndpoint}/secret`, ADMIN_ONLY),
  'GET /api/webhooks/:id/deliveries': at((w) => `/api/webhooks/${w.webhookEndpoint}/deliveries`, ADMIN_ONLY),
  'GET /api/instruments': at(() => '/api/instruments', ADMIN_ONLY),
  'POST /api/instruments/:id/versions': { call: async (w) => ({ url: `/api/instruments/${await w.fresh.instrument()}/versions` }), expect: ADMIN_ONLY },
  'PUT /api/instrument-versions/:id': {
    call: async (w) => ({
      url: `/api/instrument-versions/${await w.fresh.instrumentDraft()}`,
      body: { dimensions: [{ name: 'Vertrouwen', items: [{ statement: 'Teamleden komen hun afspraken na.', scale: 'agree_1_5', freeTextAllowed: false }] }] },
    }),
    expect: ADMIN_ONLY,
  },
  'POST /api/instrument-versions/:id/publish': { call: async (w) => ({ url: `/api/instrument-versions/${await w.fresh.instrumentDraft()}/publish` }), expect: ADMIN_ONLY },

  // Measurements: the programme office keeps the template; P, D and M answer A's round; the results as each may see them.
  'GET /api/programmes/:id/measurement-template': at((w) => `/api/programmes/${w.programme.id}/measurement-template`, ADMIN_ONLY),
  'PUT /api/programmes/:id/measurement-template': send(
    (w) => `/api/programmes/${w.programme.id}/measurement-template`,
    (w) => ({ lines: [{ instrumentVersionId: w.measurement.versionId, moment: 'before_first_programme_day', respondents: ['participant', 'director'], subject: 'organisation' }] }),
    ADMIN_ONLY,
  ),
  'GET /api/me/measurement-tasks': at(() => '/api/me/measurement-tasks', ANYONE_LOGGED_IN, {
    check: (body, _actor, w) => expect(body.filter((task: { editionId: string }) => task.editionId !== w.editionA.id)).toEqual([]),
  }),
  'GET /api/measurement-rounds/:id': at((w) => `/api/measurement-rounds/${w.measurement.roundId}`, answers('denied', { participant: 'ok', teamMember: 'ok', director: 'ok' })),
  'PUT /api/measurement-rounds/:id/answers': send(
    (w) => `/api/measurement-rounds/${w.measurement.roundId}/answers`,
    (w) => ({ answers: [{ itemId: w.measurement.itemId, value: 2, remark: null }] }),
    answers('denied', { participant: 'ok', teamMember: 'ok', director: 'ok' }),
  ),
  'GET /api/editions/:id/measurements': at((w) => `/api/editions/${w.editionA.id}/measurements`, answers('denied', { participant: 'ok', director: 'ok', trainer: 'ok', admin: 'ok' })),
  'GET /api/editions/:id/measurements.:format': [
    at((w) => `/api/editions/${w.editionA.id}/measurements.csv`, answers('denied', { participant: 'ok', director: 'ok', trainer: 'ok', admin: 'ok' }), { target: 'CSV' }),
    at((w) => `/api/editions/${w.editionA.id}/measurements.xlsx`, answers('denied', { participant: 'ok', director: 'ok', trainer: 'ok', admin: 'ok' }), { target: 'Excel workbook' }),
  ],
  'POST /api/editions/:id/measurement-actions': send(
    (w) => `/api/editions/${w.editionA.id}/measurement-actions`,
    () => ({ text: 'De directie betrekken', phase: 'plan' }),
    answers('denied', { participant: 'ok' }),
  ),
  'DELETE /api/editions/:id/measurement-actions/:actionId': {
    call: async (w) => ({ url: `/api/editions/${w.editionA.id}/measurement-actions/${await w.fresh.measurementAction()}` }),
    expect: answers('denied', { participant: 'ok' }),
  },

  // Network groups: the programme office divides, A's trainers read the division, everyone sees their own group.
  'GET /api/editions/:id/groups': at((w) => `/api/editions/${w.editionA.id}/groups`, TRAINERS_OF_A),
  'GET /api/editions/:id/groups/proposal': at((w) => `/api/editions/${w.editionA.id}/groups/proposal?by=region&count=2`, ADMIN_ONLY),
  'PUT /api/editions/:id/groups': send(
    (w) => `/api/editions/${w.editionA.id}/groups`,
    // Keeps the group that has a discussion (a group with a past cannot be removed) and adds one for P.
    (w) => ({
      groups: [
        { id: w.discussion.networkGroup, name: 'Groep Noord', participantIds: [w.people.classmate.id], facilitatorIds: [w.people.facilitator.id] },
        { name: 'Netwerkgroep 1', participantIds: [w.people.participant.id], facilitatorIds: [w.people.facilitator.id] },
      ],
    }),
    ADMIN_ONLY,
  ),
  'GET /api/me/groups': at(() => '/api/me/groups', ANYONE_LOGGED_IN, {
    check: (body, _actor, w) => expect(body.filter((group: { editionId: string }) => group.editionId !== w.editionA.id)).toEqual([]),
  }),

  // Parallel workshops: those at the session see them, participants expected there choose, the programme office sets up and assigns.
  'GET /api/sessions/:id/workshops': at((w) => `/api/sessions/${w.session.workshopDay.id}/workshops`, answers('denied', { participant: 'ok', trainer: 'ok', admin: 'ok' })),
  'PUT /api/sessions/:id/workshops': send(
    (w) => `/api/sessions/${w.session.workshopDay.id}/workshops`,
    (w) => ({ choiceClosesAt: inDays(5).toISOString(), workshops: [{ id: w.workshop, title: 'Leefstijl', speaker: 'Gastspreker', room: 'Zaal 1', capacity: 10 }] }),
    ADMIN_ONLY,
  ),
  'GET /api/sessions/:id/workshops/choices': at((w) => `/api/sessions/${w.session.workshopDay.id}/workshops/choices`, ADMIN_ONLY),
  'PUT /api/sessions/:id/workshops/choice': send(
    (w) => `/api/sessions/${w.session.workshopDay.id}/workshops/choice`,
    (w) => ({ workshopId: w.workshop }),
    answers('denied', { participant: 'ok' }),
  ),
  'POST /api/sessions/:id/workshops/assign-rest': at((w) => `/api/sessions/${w.session.workshopDay.id}/workshops/assign-rest`, ADMIN_ONLY),
};

/**
 * Not API routes, so not in the matrix: Fastify answers HEAD from each GET route itself; Swagger UI and its assets
 * live under /api/docs; the built web app's files are served by @fastify/static, which marks its routes hidden
 * (the test app has no built web app, so none appear here; in production there is one route per file).
 */
const isApiRoute = (route: TestApp['routes'][number]) => route.method !== 'HEAD' && !route.url.startsWith('/api/docs') && !route.hidden;

describe('access-control matrix', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // A provider that cannot be reached: its login and callback routes answer with redirects to the login page.
    const oidcProviders = [{ name: 'matrix', label: 'Matrix', issuer: 'http://127.0.0.1:9', clientId: 'koers', clientSecret: 'secret', allowedDomains: [] }];
    t = await createTestApp({ oidcProviders }, { collectRoutes: true });
    w = await buildWorld(t);
  }, 60_000);
  afterAll(() => t?.close());

  it('names every route the application registers, and no route it does not', () => {
    const registered = [...new Set(t.routes.filter(isApiRoute).map((route) => `${route.method} ${route.url}`))];
    const named = Object.keys(MATRIX);
    expect({
      missingFromTheMatrix: registered.filter((route) => !named.includes(route)),
      noLongerRegistered: named.filter((route) => !registered.includes(route)),
    }).toEqual({ missingFromTheMatrix: [], noLongerRegistered: [] });
  });

  it('answers every route as the matrix says, for each actor, never with a 500', async () => {
    const problems: string[] = [];
    for (const [route, cases] of Object.entries(MATRIX)) {
      const [method, pattern] = route.split(' ');
      for (const matrixCase of [cases].flat()) {
        for (const actor of ACTORS) {
          const label = `${route}${matrixCase.target ? ` (${matrixCase.target})` : ''} as ${actor}`;
          const call = await matrixCase.call(w, actor);
          if (!routePattern(pattern).test(call.url.split('?')[0])) {
            problems.push(`${label}: ${call.url} is not this route`);
            continue;
          }
          const client = matrixCase.ownSession ? await w.freshClient(actor) : w.clients[actor];
          const response = await client.request(method as Parameters<HttpClient['request']>[0], call.url, call.body, call.headers);
          if (matrixCase.endsEverySession) w.clients[actor] = await w.freshClient(actor);
          const expected = matrixCase.expect[actor];
          if (!meets(expected, response.status)) {
            problems.push(`${label}: expected ${expected}, got ${response.status} ${response.text.slice(0, 160)}`);
            continue;
          }
          // Refusals too: an error message must not name what the caller may not see.
          const leaked = matrixCase.expect.anonymous === 'ok' ? [] : w.foreignTo(actor).filter((marker) => response.text.includes(marker));
          if (leaked.length > 0) problems.push(`${label}: answer shows ${leaked.join(', ')}, which this actor may not see`);
          if (response.status >= 300) continue;
          try {
            matrixCase.check?.(response.body, actor, w);
          } catch (error) {
            problems.push(`${label}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('refuses every write in edition A once it is archived, for every role that could make it before', async () => {
    await w.t.db.query(`UPDATE edition SET status = 'archived' WHERE id = $1`, [w.editionA.id]);
    // Every actor writes from one address here; the limits themselves are tested in rate-limits/.
    await w.t.db.query(`DELETE FROM rate_limit_counter`);
    const problems: string[] = [];
    for (const [route, cases] of Object.entries(MATRIX)) {
      const [method, pattern] = route.split(' ');
      if (method === 'GET' || route in NOT_ABOUT_EDITION_A) continue;
      for (const matrixCase of [cases].flat()) {
        for (const actor of ACTORS) {
          const call = await matrixCase.call(w, actor);
          if (!routePattern(pattern).test(call.url.split('?')[0])) continue;
          const client = matrixCase.ownSession ? await w.freshClient(actor) : w.clients[actor];
          const response = await client.request(method as Parameters<HttpClient['request']>[0], call.url, call.body, call.headers);
          const label = `${route}${matrixCase.target ? ` (${matrixCase.target})` : ''} as ${actor}`;
          const allowedBefore = matrixCase.expect[actor] === 'ok' && (OF_EDITION_A.includes(actor) || actor === 'admin');
          const refusedAsArchived = (response.status === 409 && response.body.error === 'edition_archived') || response.status === 403;
          if (allowedBefore && !refusedAsArchived) problems.push(`${label}: expected 409 edition_archived or 403, got ${response.status} ${response.text.slice(0, 160)}`);
          if (!allowedBefore && matrixCase.expect[actor] !== 'ok' && response.status < 300) problems.push(`${label}: refused before, now ${response.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});

/** Writes the archived-edition check leaves out, and why: they do not change edition A. */
const NOT_ABOUT_EDITION_A: Record<string, string> = {
  'POST /api/auth/login': 'logging in',
  'POST /api/auth/logout': 'logging out',
  'POST /api/auth/logout-everywhere': 'logging out',
  'POST /api/auth/password-reset/request': 'one’s own account',
  'POST /api/public/editions/:id/applications': 'public, and about another edition (one that takes applications)',
  'POST /programmas/:slug/aanmelden': 'public, and about another edition (one that takes applications)',
  'POST /api/public/applications/confirm': 'public, whoever holds the link, and about another edition',
  'POST /aanmelding-bevestigen': 'public, whoever holds the link, and about another edition',
  'POST /api/public/director-commitments': 'public, whoever holds the link, and about another edition',
  'POST /directeur-toezegging': 'public, whoever holds the link, and about another edition',
  'POST /api/public/applications/withdraw': 'public, whoever holds the link, and about another edition',
  'POST /aanmelding-intrekken': 'public, whoever holds the link, and about another edition',
  'POST /herinneringen-uit': 'public, whoever holds the link; one person’s reminders, whatever the edition',
  'POST /api/auth/password-reset/confirm': 'one’s own account',
  'POST /api/auth/first-password': 'one’s own account',
  'POST /api/auth/password-link/check': 'one’s own account, and it only asks',
  'PUT /api/me/preferences': 'one’s own settings',
  'PATCH /api/me': 'one’s own name',
  'PATCH /api/admin/people/:id': 'a person, whatever the edition',
  'PUT /api/me/directory-profile': 'one’s own entry in every who’s who',
  'PUT /api/me/directory-profile/photo': 'one’s own entry in every who’s who',
  'DELETE /api/me/directory-profile/photo': 'one’s own entry in every who’s who',
  'POST /api/auth/password': 'one’s own password',
  'POST /api/me/tokens': 'one’s own API tokens',
  'DELETE /api/me/tokens/:id': 'one’s own API tokens',
  'DELETE /api/admin/people/:id/tokens/:tokenId': 'a person’s API tokens, whatever the edition',
  'POST /api/me/calendar/reset': 'one’s own feed address',
  'POST /api/editions/:editionId/status': 'called on a fresh draft edition',
  'DELETE /api/editions/:editionId': 'called on a fresh draft edition',
  'POST /api/programmes/:programmeId/editions/preview': 'a programme, not an edition',
  'POST /api/programmes/:programmeId/editions': 'opens a new edition',
  'POST /api/programmes': 'a programme, not an edition',
  'POST /api/closed-days': 'the calendar new editions are planned on',
  'DELETE /api/closed-days/:id': 'the calendar new editions are planned on',
  'PUT /api/closed-days/school-holidays': 'the calendar new editions are planned on',
  'PATCH /api/programmes/:programmeId': 'a programme, not an edition',
  'POST /api/programmes/:programmeId/slots': 'a programme, not an edition',
  'PUT /api/programmes/:programmeId/slots/order': 'a programme, not an edition',
  'PUT /api/programmes/:programmeId/slots/:slotId': 'a programme, not an edition',
  'DELETE /api/programmes/:programmeId/slots/:slotId': 'a programme, not an edition',
  'POST /api/programmes/:programmeId/assignment-templates': 'a programme, not an edition',
  'PUT /api/programmes/:programmeId/assignment-templates/:templateId': 'a programme, not an edition',
  'DELETE /api/programmes/:programmeId/assignment-templates/:templateId': 'a programme, not an edition',
  'DELETE /api/admin/people/:id': 'erasure (AVG) is owed whatever the edition',
  'DELETE /api/applications/:id': 'erasure (AVG) is owed whatever the edition',
  'POST /api/certificates/:id/revoke': 'a certificate issued in error is withdrawn whatever became of its edition',
  'PATCH /api/organisations/:id': 'an organisation’s region, whatever the edition',
  'POST /api/regions/:id/managers': 'a region, not an edition',
  'DELETE /api/regions/:id/managers/:personId': 'a region, not an edition',
  'POST /api/notifications/deliveries/:id/retry': 'outgoing mail',
  'POST /api/webhooks': 'webhook endpoints, not an edition',
  'PATCH /api/webhooks/:id': 'webhook endpoints, not an edition',
  'DELETE /api/webhooks/:id': 'webhook endpoints, not an edition',
  'POST /api/webhooks/:id/secret': 'webhook endpoints, not an edition',
  'POST /api/instruments/:id/versions': 'a measuring instrument, not an edition',
  'PUT /api/instrument-versions/:id': 'a measuring instrument, not an edition',
  'POST /api/instrument-versions/:id/publish': 'a measuring instrument, not an edition',
  'PUT /api/programmes/:id/measurement-template': 'a programme, not an edition',
  'POST /api/me/invitations/:id/decline': 'answering one’s own invitation attaches nothing (accepting one into an archived edition is refused: 409)',
  'DELETE /api/invitations/:id': 'taking back an unanswered invitation attaches nothing',
};

const STATUS = { login: 401, denied: 403, hidden: 404 } as const;

function meets(outcome: Outcome, status: number): boolean {
  if (outcome === 'ok') return status >= 200 && status < 400;
  return status === (typeof outcome === 'number' ? outcome : STATUS[outcome]);
}

/** `/api/me/certificate/:editionId.pdf` → a regular expression for its concrete URLs. */
function routePattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+?')}$`);
}

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, files: { field: string; name: string; content: Buffer }[] = []): Pick<Call, 'body' | 'headers'> {
  const boundary = `----koers${unique()}`;
  const part = (name: string, extra = '') => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n`;
  const body = Buffer.concat([
    ...Object.entries(fields).map(([name, value]) => Buffer.from(`${part(name)}\r\n${value}\r\n`)),
    ...files.flatMap((file) => [
      Buffer.from(`${part(file.field, `; filename="${file.name}"`)}Content-Type: application/pdf\r\n\r\n`),
      file.content,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld(t: TestApp) {
  const g = given(t.db);
  const region = { own: (await g.region()).id, other: (await g.region()).id };
  const [o1, o2, o3] = await Promise.all([g.organisation({ regionId: region.own }), g.organisation({ regionId: region.other }), g.organisation()]);
  const [editionA, editionB] = await Promise.all([g.edition(), g.edition()]);
  const people = {
    participant: await g.person({ organisationId: o1.id }),
    director: await g.person({ organisationId: o1.id }),
    trainer: await g.person(),
    otherParticipant: await g.person({ organisationId: o2.id }),
    otherDirector: await g.person({ organisationId: o2.id }),
    otherTrainer: await g.person(),
    admin: await g.person({ isAdmin: true }),
    classmate: await g.person({ organisationId: o3.id }),
    classmatesDirector: await g.person({ organisationId: o3.id }),
    teamMember: await g.person({ organisationId: o1.id }),
    facilitator: await g.person(),
    delegate: await g.person({ organisationId: o1.id }),
    withdrawn: await g.person({ organisationId: o1.id }),
    /** Someone without any role, to log in as. */
    newcomer: await g.person(),
    /** Programme manager of O1's region, without a role in any edition. */
    regionalManager: await g.person(),
    /** Invited by P, and none of the actors: nobody may answer for them. */
    invitee: await g.person(),
  };

  const enrolment = {
    participant: (await g.enrolment(editionA.id, people.participant.id, 'participant', { directorPersonId: people.director.id })).id,
    classmate: (await g.enrolment(editionA.id, people.classmate.id, 'participant', { directorPersonId: people.classmatesDirector.id })).id,
    otherParticipant: (await g.enrolment(editionB.id, people.otherParticipant.id, 'participant', { directorPersonId: people.otherDirector.id })).id,
  };
  await g.enrolment(editionA.id, people.director.id, 'director');
  await g.enrolment(editionA.id, people.classmatesDirector.id, 'director');
  await g.enrolment(editionA.id, people.trainer.id, 'trainer');
  await g.enrolment(editionA.id, people.facilitator.id, 'facilitator');
  const withdrawn = await g.enrolment(editionA.id, people.withdrawn.id, 'participant', { directorPersonId: people.director.id });
  await t.db.query(`UPDATE enrolment SET status = 'withdrawn' WHERE id = $1`, [withdrawn.id]);
  await g.enrolment(editionA.id, people.teamMember.id, 'internal_team_member', { supportsEnrolmentId: enrolment.participant });
  await g.enrolment(editionB.id, people.otherDirector.id, 'director');
  await g.enrolment(editionB.id, people.otherTrainer.id, 'trainer');
  await g.regionalManager(region.own, people.regionalManager.id);
  const challengeIds: string[] = [];
  for (const [enrolmentId, title] of [
    [enrolment.participant, 'Minder valincidenten'],
    [enrolment.classmate, 'Beeldbellen in de wijk'],
    [enrolment.otherParticipant, 'Slimme medicijndispenser'],
  ]) {
    challengeIds.push((await g.challenge(enrolmentId, { title, description: `Waarom: ${title} bij ons` })).id);
  }
  /** A log entry on P's challenge and one on the classmate's with T's comment on it, for peer feedback. */
  const classmateEntry = await g.challengeLogEntry(challengeIds[1], '2026-11-20');
  const [classmateComment] = await t.db.query(`INSERT INTO challenge_log_comment (log_entry_id, body, author_person_id) VALUES ($1, 'Goed bezig!', $2) RETURNING id`, [
    classmateEntry,
    people.trainer.id,
  ]);
  const logEntry = { own: await g.challengeLogEntry(challengeIds[0], '2026-11-20'), classmate: classmateEntry, classmateComment: classmateComment.id as string };

  // Edition A: a programme day under way now (check-in open), one last week, a board meeting to come and one held.
  const session = {
    now: await g.session(editionA.id, { startsAt: new Date(Date.now() - 30 * 60_000) }),
    past: await g.session(editionA.id, { startsAt: inDays(-7) }),
    boardNext: await g.session(editionA.id, { kind: 'board_meeting', startsAt: inDays(14), durationMinutes: 120 }),
    boardPast: await g.session(editionA.id, { kind: 'board_meeting', startsAt: inDays(-6), durationMinutes: 120 }),
    /** D sends the delegate here. */
    boardDelegated: await g.session(editionA.id, { kind: 'board_meeting', startsAt: inDays(21), durationMinutes: 120 }),
    // Edition B's sessions are not open for check-in now.
    b: await g.session(editionB.id, { startsAt: inDays(7) }),
    boardB: await g.session(editionB.id, { kind: 'board_meeting', startsAt: inDays(14), durationMinutes: 120 }),
    /** A programme day with a workshop to choose, open for choices. */
    workshopDay: await g.session(editionA.id, { startsAt: inDays(10) }),
  };
  const [{ id: workshop }] = await t.db.query(
    `INSERT INTO workshop (session_id, title, capacity, position) VALUES ($1, 'Leefstijl', 10, 1) RETURNING id`,
    [session.workshopDay.id],
  );
  await t.db.query(`UPDATE session SET workshop_choice_closes_at = $2 WHERE id = $1`, [session.workshopDay.id, inDays(5)]);
  await g.sessionStaff(session.workshopDay.id, people.trainer.id);
  for (const id of [session.now.id, session.past.id, session.boardNext.id]) await g.sessionStaff(id, people.trainer.id);
  await g.sessionStaff(session.now.id, people.facilitator.id, 'facilitator');
  await g.rsvp(session.boardDelegated.id, people.director.id, 'delegate', { ...people.delegate, personId: people.delegate.id });
  await g.sessionStaff(session.b.id, people.otherTrainer.id);

  const members = ACTORS.filter((actor): actor is Member => actor !== 'anonymous');
  const loggedIn = await Promise.all(members.map(async (actor) => [actor, await t.loginAs(people[actor].email)] as const));
  const clients = { anonymous: t.anonymous(), ...Object.fromEntries(loggedIn) } as Record<Actor, HttpClient>;

  // Work handed in through the API, so it has its files: P's and the classmate's, neither reviewed yet.
  const assignment = await g.assignment(editionA.id, { dueAt: inDays(7) });
  const assignmentB = await g.assignment(editionB.id, { dueAt: inDays(7) });
  const handIn = async (client: HttpClient) => {
    const form = multipart({ text: 'Mijn plan.' }, [{ field: 'files[]', name: 'plan.pdf', content: PDF }]);
    const created = await client.post(`/api/assignments/${assignment.id}/submissions`, form.body, form.headers);
    const detail = await client.get(`/api/submissions/${created.body.submissionId}`);
    return { submission: created.body.submissionId as string, file: detail.body.versions[0].files[0].id as string };
  };
  const own = await handIn(clients.participant);
  const classmates = await handIn(await t.loginAs(people.classmate.email));

  const upload = async () => {
    const form = multipart({}, [{ field: 'file', name: 'hand-out.pdf', content: PDF }]);
    return (await clients.trainer.post(`/api/sessions/${session.now.id}/materials`, form.body, form.headers)).body.id as string;
  };
  const material = await upload();
  // Stored directly, so there is one to remove in an archived edition too.
  const storedMaterial = async () => {
    const stored = await t.app.get(FileStorage).save(Readable.from([PDF]), 'hand-out.pdf');
    return (await t.app.get(SessionsRepository).addMaterial(session.now.id, stored, people.trainer.id, t.db.manager)).id;
  };

  // P already has a certificate of edition A (issued certificates stay), so its download and its code can be checked.
  const [statement] = await t.db.query(
    `SELECT p.name AS "participantName", pr.name AS "programmeName", e.name AS "editionName", e.start_date::text AS "editionStartDate",
            e.end_date::text AS "editionEndDate", 10 AS "programmeDaysAttended", 10 AS "programmeDaysCounted", now() AS "issuedAt"
       FROM person p, edition e JOIN programme pr ON pr.id = e.programme_id WHERE p.id = $1 AND e.id = $2`,
    [people.participant.id, editionA.id],
  );
  const certificate = await t.app.get(CompletionRepository).issueCertificate(enrolment.participant, newVerificationCode(), statement);

  // A mail in the outbox for the admin's mail page (mails with a password link are kept out of it).
  const outboxFile = await t.app.get(Outbox).write('matrix-mail', Buffer.from(`To: ${people.newcomer.email}\r\nSubject: Test\r\n\r\nHallo\r\n`));

  const newWebhookEndpoint = async () =>
    ((await t.db.query(`INSERT INTO webhook_endpoint (url, events, secret_salt) VALUES ('https://crm.example.nl/koers', '{enrolment.created}', 'salt') RETURNING id`))[0]
      .id as string);

  const programmeWithTemplate = async () => {
    const { id } = await g.programme();
    const { slotIds, templateIds } = await g.curriculum(id, 'PNB', [{ slotIndex: 0, offsetDays: -3 }]);
    return { id, slotId: slotIds[2], templateId: templateIds[0] };
  };

  // A thread for all of A and one of a network group that P is not in (F facilitates it), each with a reply to moderate.
  const [group] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Groep Noord', 1) RETURNING id`, [editionA.id]);
  await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) VALUES ($1, $2)`, [group.id, enrolment.classmate]);
  await t.db.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) VALUES ($1, $2)`, [group.id, people.facilitator.id]);
  const editionThread = (await clients.participant.post(`/api/editions/${editionA.id}/discussions`, { title: 'Wie heeft ervaring?', body: 'Graag tips.' })).body;
  const groupThread = (await clients.trainer.post(`/api/editions/${editionA.id}/discussions`, { title: 'Noord onder elkaar', body: 'Welkom.', groupId: group.id })).body;
  const reply = (await clients.trainer.post(`/api/discussions/${editionThread.id}/replies`, { body: 'Zeker.' })).body;
  const reportable = (await clients.trainer.post(`/api/discussions/${editionThread.id}/replies`, { body: 'En nog iets.' })).body;
  const attachmentForm = multipart({}, [{ field: 'file', name: 'tips.pdf', content: PDF }]);
  const attachment = await clients.participant.post(`/api/discussion-posts/${editionThread.posts[0].id}/attachments`, attachmentForm.body, attachmentForm.headers);
  const discussion = {
    edition: editionThread.id as string,
    group: groupThread.id as string,
    networkGroup: group.id as string,
    post: reply.id as string,
    reportable: reportable.id as string,
    ownPost: editionThread.posts[0].id as string,
    attachment: attachment.body.id as string,
  };
  // P's photo in A's who's who, stored directly so that the actors' own uploads and removals never touch it.
  const photo = await t.app.get(FileStorage).save(Readable.from([PNG]), 'p.png');
  await t.db.query(`INSERT INTO directory_profile (person_id, photo_storage_key, photo_content_type) VALUES ($1, $2, $3)`, [
    people.participant.id,
    photo.storageKey,
    photo.contentType,
  ]);

  const markers = {
    a: [editionA.id, editionA.name, people.participant.id, people.participant.name, people.participant.email, people.classmate.id, people.classmate.name]
      .concat([session.now, session.past, session.boardNext, session.boardPast].flatMap((s) => [s.id, s.title]))
      .concat([assignment.id, assignment.title, own.submission, classmates.submission, material]),
    classmate: [people.classmate.email, 'Waarom: Beeldbellen in de wijk bij ons', classmates.submission],
    b: [editionB.id, editionB.name, people.otherParticipant.id, people.otherParticipant.name, people.otherParticipant.email]
      .concat([session.b, session.boardB].flatMap((s) => [s.id, s.title]))
      .concat([assignmentB.id, assignmentB.title]),
  };
  const secret = serverSecret(t.config);
  /** A round of A that P, D and M answer (about P's organisation), open now. */
  const measurementRound = await g.measurementRound(editionA.id, { respondents: ['participant', 'director', 'internal_team_member'] });
  const [measurementItem] = await t.db.query(
    `SELECT it.id FROM instrument_item it JOIN instrument_dimension d ON d.id = it.dimension_id WHERE d.version_id = $1 ORDER BY d.position, it.position LIMIT 1`,
    [measurementRound.versionId],
  );

  return {
    t,
    given: g,
    people,
    editionA,
    editionB,
    region,
    enrolment,
    session,
    assignment,
    assignmentB,
    submission: { own: own.submission, classmate: classmates.submission },
    submissionFile: { own: own.file, classmate: classmates.file },
    discussion,
    logEntry,
    material,
    certificateCode: certificate.verificationCode,
    outboxFile,
    webhookEndpoint: await newWebhookEndpoint(),
    workshop: workshop as string,
    programme: await programmeWithTemplate(),
    measurement: { roundId: measurementRound.id, versionId: measurementRound.versionId, itemId: measurementItem.id as string },
    clients,
    checkInCode: () => checkInCode(secret, session.now.id, codeStep(new Date())),
    freshClient: (actor: Actor) => (actor === 'anonymous' ? t.anonymous() : t.loginAs(people[actor].email)),
    /** What this actor must never see: the other edition's edition, people, sessions and work. */
    foreignTo: (actor: Actor): string[] => [
      ...(OF_EDITION_A.includes(actor) || actor === 'regionalManager' ? markers.b : OF_EDITION_B.includes(actor) || actor === 'newcomer' ? markers.a : []),
      ...(ATTENDING_IN_A.includes(actor) ? markers.classmate : []),
    ],
    /** Throwaway targets, one per call, for routes that change or remove what they are called on. */
    fresh: {
      assignment: async () => (await g.assignment(editionA.id, { dueAt: inDays(10) })).id,
      session: async () => (await g.session(editionA.id, { startsAt: inDays(30) })).id,
      draftEdition: async () => (await g.edition({ status: 'draft' })).id,
      submission: async () => (await g.submission((await g.assignment(editionA.id, { dueAt: inDays(10) })).id, people.participant.id)).id,
      speaker: async () => (await t.db.query(`INSERT INTO session_staff (session_id, guest_name, role) VALUES ($1, 'Gastspreker', 'speaker') RETURNING id`, [session.now.id]))[0].id,
      material: storedMaterial,
      enrolment: async () => (await g.enrolment(editionA.id, (await g.person()).id, 'trainer')).id,
      programme: programmeWithTemplate,
      webhookEndpoint: newWebhookEndpoint,
      teamMember: async () => {
        const member = await g.person({ organisationId: o1.id });
        await g.enrolment(editionA.id, member.id, 'internal_team_member', { supportsEnrolmentId: enrolment.participant });
        return member.id;
      },
      /** A pending internal-team invitation from P to the person. */
      invitation: async (personId: string) => {
        await t.db.query(`UPDATE invitation SET status = 'withdrawn' WHERE person_id = $1 AND status = 'pending'`, [personId]);
        const [row] = await t.db.query(
          `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, supports_enrolment_id, role_in_organisation)
           SELECT 'internal_team', $1, p.id, 'Collega', p.email, $2, $3, 'Teamleider' FROM person p WHERE p.id = $4 RETURNING id`,
          [people.participant.id, editionA.id, enrolment.participant, personId],
        );
        return row.id as string;
      },
      /** An API token of the person, stored directly (its secret is never needed here). */
      apiToken: async (personId: string) => {
        const [row] = await t.db.query(
          `INSERT INTO api_token (person_id, name, scope, token_hash, expires_at) VALUES ($1, 'Matrix', 'read', $2, now() + interval '1 day') RETURNING id`,
          [personId, sha256(newSecretToken())],
        );
        return row.id as string;
      },
      resetToken: async () => {
        const token = newSecretToken();
        const personId = (await g.person()).id;
        await t.db.transaction((manager) => t.app.get(AuthRepository).createResetTokens([{ personId, tokenHash: sha256(token) }], 60, manager));
        return token;
      },
      /** A certificate of a participant of edition A, issued directly: one to withdraw per call. */
      certificate: async () => {
        const holder = await g.person();
        const holderEnrolment = await g.enrolment(editionA.id, holder.id, 'participant');
        const issued = await t.app.get(CompletionRepository).issueCertificate(holderEnrolment.id, newVerificationCode(), { ...statement, participantName: holder.name });
        const [row] = await t.db.query(`SELECT id FROM certificate WHERE verification_code = $1`, [issued.verificationCode]);
        return row.id as string;
      },
      closedDay: async () => {
        const [row] = await t.db.query(
          `INSERT INTO closed_period (kind, name, first_day, last_day, source) VALUES ('closed_day', 'Locatie gesloten', '2027-01-26', '2027-01-26', 'office') RETURNING id`,
        );
        return row.id as string;
      },
      /** An instrument with a published version 1 and no draft. */
      instrument: async () => {
        const [row] = await t.db.query(
          `WITH new_instrument AS (INSERT INTO instrument (kind, name) VALUES ('collaboration_thermometer', 'Thermometer') RETURNING id),
                new_version AS (INSERT INTO instrument_version (instrument_id, number, published_at) SELECT id, 1, now() FROM new_instrument)
           SELECT id FROM new_instrument`,
        );
        return row.id as string;
      },
      /** The draft version 1 of a new instrument. */
      instrumentDraft: async () => {
        const [row] = await t.db.query(
          `WITH new_instrument AS (INSERT INTO instrument (kind, name) VALUES ('innovation_scan', 'Scan') RETURNING id)
           INSERT INTO instrument_version (instrument_id, number) SELECT id, 1 FROM new_instrument RETURNING id`,
        );
        return row.id as string;
      },
      /** An action on P's challenge, drawn from the measurements. */
      measurementAction: async () => {
        const [row] = await t.db.query(`INSERT INTO measurement_action (challenge_id, phase, text) VALUES ($1, 'plan', 'Actie') RETURNING id`, [challengeIds[0]]);
        return row.id as string;
      },
      failedDelivery: async () => {
        const [row] = await t.db.query(
          `INSERT INTO notification_delivery (person_id, event_key, kind, status, attempts, last_error)
           VALUES ($1, $2, 'invitation', 'failed', 5, 'Connection refused') RETURNING id`,
          [people.newcomer.id, `matrix:${randomUUID()}`],
        );
        return row.id as string;
      },
    },
  };
}
