import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface ResolvedLoginSession {
  loginSessionId: string;
  personId: string;
  isAdmin: boolean;
  csrfToken: string;
}

export interface LoginCandidate {
  id: string;
  passwordHash: string | null;
}

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Erased people are gone for login and password reset alike, whatever their placeholder address. */
  async findLoginCandidate(email: string): Promise<LoginCandidate | null> {
    const rows = await this.db.query(`SELECT id, password_hash AS "passwordHash" FROM person WHERE email = $1 AND erased_at IS NULL`, [email]);
    return rows[0] ?? null;
  }

  async recentFailures(email: string, ip: string, windowMinutes: number): Promise<{ byEmail: number; byIp: number }> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS "byEmail", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
         FROM login_attempt
        WHERE attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, windowMinutes],
    );
    return row;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.db.query(`INSERT INTO login_attempt (email, ip) VALUES ($1, $2)`, [email, ip]);
  }

  /** Opens a session and, in the same statement, forgets the account's failures and its long-idle sessions. */
  async openSession(personId: string, email: string, tokenHash: string, csrfToken: string, idleMinutes: number): Promise<void> {
    await this.db.query(
      `WITH cleared AS (DELETE FROM login_attempt WHERE email = $2),
            expired AS (DELETE FROM login_session WHERE person_id = $1 AND last_seen_at < now() - make_interval(mins => $5))
       INSERT INTO login_session (person_id, token_hash, csrf_token, last_seen_at) VALUES ($1, $3, $4, now())`,
      [personId, email, tokenHash, csrfToken, idleMinutes],
    );
  }

  /**
   * Finds a live session by its token hash and keeps it alive. The touch happens at most once a minute,
   * so ordinary reads do not turn into a write per request.
   */
  async resolveSession(tokenHash: string, idleMinutes: number): Promise<ResolvedLoginSession | null> {
    const rows = await this.db.query(
      `WITH live AS (
         SELECT s.id, s.person_id, s.csrf_token, s.last_seen_at, p.is_admin
           FROM login_session s JOIN person p ON p.id = s.person_id
          WHERE s.token_hash = $1 AND s.last_seen_at > now() - make_interval(mins => $2)
       ), touched AS (
         UPDATE login_session SET last_seen_at = now()
          WHERE id IN (SELECT id FROM live WHERE last_seen_at < now() - interval '1 minute')
       )
       SELECT id AS "loginSessionId", person_id AS "personId", is_admin AS "isAdmin", csrf_token AS "csrfToken" FROM live`,
      [tokenHash, idleMinutes],
    );
    return rows[0] ?? null;
  }

  async closeSession(loginSessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM login_session WHERE id = $1`, [loginSessionId]);
  }

  /** Tokens for many people in one statement, inside the caller's transaction (account invitations). */
  async createResetTokens(tokens: { personId: string; tokenHash: string }[], validMinutes: number, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO password_reset_token (person_id, token_hash, expires_at)
       SELECT t.person_id, t.token_hash, now() + make_interval(mins => $3) FROM unnest($1::uuid[], $2::text[]) AS t(person_id, token_hash)`,
      [tokens.map((t) => t.personId), tokens.map((t) => t.tokenHash), validMinutes],
    );
  }

  async createResetToken(personId: string, tokenHash: string, validMinutes: number): Promise<void> {
    await this.db.query(
      `INSERT INTO password_reset_token (person_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [personId, tokenHash, validMinutes],
    );
  }

  /**
   * Uses a reset token once: sets the new password and ends every session of the person, all or nothing.
   * Returns false when the token is unknown, used or expired.
   */
  async consumeResetToken(tokenHash: string, passwordHash: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [used] = await manager.query(
        `WITH used AS (
           UPDATE password_reset_token SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
           RETURNING person_id
         ) SELECT person_id AS "personId" FROM used`,
        [tokenHash],
      );
      const personId: string | undefined = used?.personId;
      if (!personId) return false;
      await manager.query(`UPDATE person SET password_hash = $2 WHERE id = $1`, [personId, passwordHash]);
      await manager.query(`DELETE FROM login_session WHERE person_id = $1`, [personId]);
      await manager.query(`DELETE FROM login_attempt WHERE email = (SELECT email FROM person WHERE id = $1)`, [personId]);
      return true;
    });
  }
}
