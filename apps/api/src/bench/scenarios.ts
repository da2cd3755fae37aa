import type { DataSource } from 'typeorm';
import { AccessRepository } from '../access/access.repository';
import { AccessService } from '../access/access.service';
import type { KoersConfig } from '../app/config';
import { AttendanceAccess } from '../attendance/attendance-access';
import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';
import { AttendanceReportRepository } from '../attendance/attendance-report.repository';
import { AttendanceReportService } from '../attendance/attendance-report.service';
import { AttendanceRepository } from '../attendance/attendance.repository';
import { AttendanceService } from '../attendance/attendance.service';
import { AttendanceMarksPipe } from '../attendance/dto/attendance-marks.pipe';
import { ReviewService } from '../assignments/review.service';
import { SubmissionsRepository } from '../assignments/submissions.repository';
import { type AuthContext, loginSessionContext } from '../auth/auth-context';
import { AuthRepository } from '../auth/auth.repository';
import { sha256 } from '../app/tokens';
import { CalendarFeedRepository } from '../calendar-feed/calendar-feed.repository';
import { CalendarFeedService } from '../calendar-feed/calendar-feed.service';
import { MeasurementResultsRepository } from '../measurements/measurement-results.repository';
import { MeasurementRoundsRepository } from '../measurements/measurement-rounds.repository';
import { MeasurementsService } from '../measurements/measurements.service';
import type { NotificationsService } from '../notifications/notifications.service';
import { ScheduleRepository } from '../sessions/schedule.repository';
import { ScheduleService } from '../sessions/schedule.service';
import { WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import type { BaselineRoute } from './bare-baseline';
import { BENCH_PASSWORD } from './national-dataset';

export interface BenchSession {
  cookie: string;
  csrfToken: string;
  personId: string;
  editionIds: string[];
}

/** Logs in over HTTP like a browser and returns the headers that authenticate later requests. */
export async function login(baseUrl: string, email: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = (await (await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } })).json()) as { csrfToken: string };
  const me = (await (await fetch(`${baseUrl}/api/me`, { headers: { cookie } })).json()) as { id: string; enrolments: { editionId: string }[] };
  return { cookie, csrfToken: csrf.csrfToken, personId: me.id, editionIds: me.enrolments.map((e) => e.editionId) };
}

export interface PreparedScenario {
  name: string;
  request: { method: 'GET' | 'PUT' | 'POST'; path: string; headers: Record<string, string>; body?: string };
}

/** The running Koers app. */
export interface BenchContext {
  koersUrl: string;
}

export interface Scenario {
  prepare(db: DataSource, sessions: { participant: BenchSession; trainer: BenchSession }, context: BenchContext): Promise<PreparedScenario>;
  /**
   * The same work on the bare server: the session lookup and the endpoint's service and repository calls. It needs
   * nothing from `prepare`, so the baseline's own process builds it (with Koers' config, for the same secrets).
   */
  baselineRoute(db: DataSource, config: KoersConfig): BaselineRoute;
}

const LIFETIME = { idleMinutes: 120, maxHours: 12 };

/** The baseline authenticates like Koers: one lookup of the session cookie. */
async function authenticate(db: DataSource, cookieHeader: string | undefined): Promise<AuthContext | null> {
  const token = /koers_session=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  const session = token ? await new AuthRepository(db).resolveSession(sha256(decodeURIComponent(token)), LIFETIME) : null;
  return session && loginSessionContext(session);
}

function authenticated(db: DataSource, method: BaselineRoute['method'], url: string, work: (auth: AuthContext, params: Record<string, string>, body: unknown) => Promise<unknown>): BaselineRoute {
  return {
    method,
    url,
    handler: async (request, reply) => {
      const auth = await authenticate(db, request.headers.cookie);
      if (!auth) return reply.status(401).send();
      return work(auth, request.params as Record<string, string>, request.body);
    },
  };
}

const headersOf = (session: BenchSession, write = false): Record<string, string> => ({
  cookie: session.cookie,
  ...(write && { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' }),
});

const access = (db: DataSource) => new AccessService(new AccessRepository(db));

const schedule: Scenario = {
  prepare: async (_db, { participant }) => ({
    name: 'my schedule (GET /api/me/schedule)',
    request: { method: 'GET', path: '/api/me/schedule', headers: headersOf(participant) },
  }),
  baselineRoute: (db) => authenticated(db, 'GET', '/api/me/schedule', (auth) => new ScheduleService(new ScheduleRepository(db)).mySchedule(auth)),
};

const feed: Scenario = {
  prepare: async (_db, { participant }, { koersUrl }) => {
    const links = (await (await fetch(`${koersUrl}/api/me/calendar`, { headers: headersOf(participant) })).json()) as { feedUrl: string };
    return { name: 'calendar feed (GET /api/calendar/<token>.ics)', request: { method: 'GET', path: new URL(links.feedUrl).pathname, headers: {} } };
  },
  baselineRoute: (db, config) => ({
    method: 'GET',
    url: '/api/calendar/:file',
    handler: async (request, reply) => {
      const service = new CalendarFeedService(new CalendarFeedRepository(db), new ScheduleRepository(db), undefined as unknown as AccessService, config);
      const document = await service.feed((request.params as { file: string }).file);
      return reply.header('etag', document.etag).header('content-type', 'text/calendar; charset=utf-8').send(document.body);
    },
  }),
};

/**
 * A trainer marks a day of an edition under way: a completed edition's attendance is fixed (`completion_fixed`), and
 * the measured trainer's own editions are both completed, so the trainer of the longest-running edition marks it.
 */
const saveMarks: Scenario = {
  prepare: async (db, _sessions, context) => {
    const [running] = await db.query(
      `SELECT e.id, p.email FROM edition e
         JOIN enrolment en ON en.edition_id = e.id AND en.role = 'trainer' JOIN person p ON p.id = en.person_id
        WHERE e.status = 'running' AND p.email LIKE 'bench-t%' ORDER BY e.start_date, e.name LIMIT 1`,
    );
    if (!running) throw new Error('The data set has no edition under way to mark attendance in');
    const trainer = await login(context.koersUrl, running.email);
    const [session] = await db.query(
      `SELECT s.id FROM session s WHERE s.edition_id = $1 AND s.kind = 'programme_day' AND s.ends_at < now() ORDER BY s.starts_at LIMIT 1`,
      [running.id],
    );
    const people: { personId: string }[] = await db.query(
      `SELECT person_id AS "personId" FROM enrolment WHERE edition_id = $1 AND role = 'participant' ORDER BY person_id LIMIT 40`,
      [running.id],
    );
    const marks = people.map(({ personId }, i) => ({ personId, status: i % 7 === 0 ? 'late' : 'present' }));
    return {
      name: 'save 40 attendance marks (PUT /api/sessions/:id/attendance)',
      request: { method: 'PUT', path: `/api/sessions/${session.id}/attendance`, headers: headersOf(trainer, true), body: JSON.stringify(marks) },
    };
  },
  baselineRoute: (pool) =>
    authenticated(pool, 'PUT', '/api/sessions/:id/attendance', async (auth, params, body) => {
      const repository = new AttendanceRepository(pool);
      const service = new AttendanceService(new AttendanceAccess(access(pool), repository), repository, pool, new WebhookOutboxRepository());
      return service.save(auth, params.id, await new AttendanceMarksPipe().transform(body));
    }),
};

const report: Scenario = {
  prepare: async (_db, { trainer }) => ({
    name: 'edition attendance report (GET /api/editions/:id/attendance)',
    request: { method: 'GET', path: `/api/editions/${trainer.editionIds[0]}/attendance`, headers: headersOf(trainer) },
  }),
  baselineRoute: (db) =>
    authenticated(db, 'GET', '/api/editions/:id/attendance', (auth, params) =>
      new AttendanceReportService(access(db), new AttendanceReportRepository(db), new AttendanceRatesRepository(db)).report(auth, params.id),
    ),
};

const reviewQueue: Scenario = {
  prepare: async (_db, { trainer }) => ({
    name: 'review queue page (GET /api/review-queue?page=1)',
    request: { method: 'GET', path: '/api/review-queue?page=1', headers: headersOf(trainer) },
  }),
  baselineRoute: (db) =>
    authenticated(db, 'GET', '/api/review-queue', (auth) =>
      new ReviewService(access(db), new SubmissionsRepository(db), undefined as unknown as NotificationsService).queue(auth, { page: 1, pageSize: 25 }),
    ),
};

/** The results page of an edition whose participants and directors all answered a start and an end scan. */
const measurements: Scenario = {
  prepare: async (db, { trainer }) => {
    const editionId = trainer.editionIds[0];
    await db.query(
      `WITH round AS (
         INSERT INTO measurement_round (edition_id, instrument_version_id, moment, respondents, subject, opens_at, closes_at)
         SELECT $1, v.id, moment::measurement_moment, '{participant,director}', 'organisation', now() - interval '30 days', now() + interval '30 days'
           FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id AND i.kind = 'innovation_scan',
                unnest(ARRAY['before_first_programme_day', 'after_last_programme_day']) AS moment
          WHERE v.number = 1
         RETURNING id, instrument_version_id),
       response AS (
         INSERT INTO measurement_response (round_id, person_id, participant_enrolment_id, role, instrument_version_id)
         SELECT round.id, p.person_id, p.id, 'participant', round.instrument_version_id
           FROM round JOIN enrolment p ON p.edition_id = $1 AND p.role = 'participant'
         RETURNING id, instrument_version_id)
       INSERT INTO measurement_answer (response_id, item_id, value)
       SELECT response.id, it.id, 1 + abs(hashtext(response.id::text || it.id::text)) % 3
         FROM response JOIN instrument_dimension d ON d.version_id = response.instrument_version_id JOIN instrument_item it ON it.dimension_id = d.id`,
      [editionId],
    );
    return {
      name: 'edition measurements (GET /api/editions/:id/measurements)',
      request: { method: 'GET', path: `/api/editions/${editionId}/measurements`, headers: headersOf(trainer) },
    };
  },
  baselineRoute: (pool) =>
    authenticated(pool, 'GET', '/api/editions/:id/measurements', (auth, params) =>
      new MeasurementsService(access(pool), new MeasurementRoundsRepository(pool), new MeasurementResultsRepository(pool)).editionResults(auth, params.id),
    ),
};

export const SCENARIOS: Scenario[] = [schedule, feed, saveMarks, report, reviewQueue, measurements];
