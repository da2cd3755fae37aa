import type { DataSource } from 'typeorm';
import { AuthRepository } from '../auth/auth.repository';
import { sha256 } from '../auth/tokens';
import { MeRepository } from '../me/me.repository';
import type { BaselineRoute } from './bare-baseline';

export interface BenchSession {
  cookie: string;
  csrfToken: string;
  personId: string;
  editionIds: string[];
}

export interface PreparedScenario {
  name: string;
  request: { method: 'GET' | 'PUT' | 'POST'; path: string; headers: Record<string, string>; body?: string };
  /** The same work on the bare server: the session lookup and the endpoint's repository calls. */
  baselineRoute(db: DataSource): BaselineRoute;
}

export interface Scenario {
  prepare(db: DataSource, sessions: { participant: BenchSession; trainer: BenchSession }): Promise<PreparedScenario>;
}

const IDLE_MINUTES = 120;

/** The baseline authenticates like Koers does: one lookup of the session cookie. */
async function authenticate(db: DataSource, cookieHeader: string | undefined): Promise<string | null> {
  const token = /koers_session=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  const session = token ? await new AuthRepository(db).resolveSession(sha256(decodeURIComponent(token)), IDLE_MINUTES) : null;
  return session?.personId ?? null;
}

const withSession = (session: BenchSession, extra: Record<string, string> = {}) => ({ cookie: session.cookie, ...extra });

const me: Scenario = {
  prepare: async (_db, { participant }) => ({
    name: 'who am I (GET /api/me)',
    request: { method: 'GET', path: '/api/me', headers: withSession(participant) },
    baselineRoute: (db) => ({
      method: 'GET',
      url: '/api/me',
      handler: async (request, reply) => {
        const personId = await authenticate(db, request.headers.cookie);
        if (!personId) return reply.status(401).send();
        return new MeRepository(db).findMe(personId);
      },
    }),
  }),
};

export const SCENARIOS: Scenario[] = [me];
