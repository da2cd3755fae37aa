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
  email: string;
  passwordHash: string | null;
}

/** How a session was opened: with a password, or through the named OpenID Connect provider. */
export type LoginMethod = 'password' | `oidc:${string}`;

export interface SessionLifetime {
  idleMinutes: number;
  maxHours: number;
}

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Erased people are gone for login and password reset alike, whatever their placeholder address. */
  async findLoginCandidate(by: { email: string } | { personId: string }): Promise<LoginCandidate | null> {
    const [column, value] = 'email' in by ? ['email', by.email] : ['id', by.personId];
    const rows = await this.db.query(
      `SELECT id, email, password_hash AS "passwordHash" FROM person WHERE ${column} = $1 AND erased_at IS NULL`,
      [value],
    );
    return rows[0] ?? null;
  }

  /** What a new password may not be made of: the person's address, name and organisation. */
  async passwordOwner(personId: string, manager: EntityManager = this.db.manager): Promise<{ email: string; name: string; organisation: string | null }> {
    const [owner] = await manager.query(
      `SELECT p.email, p.name, o.name AS organisation FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = $1`,
      [personId],
    );
    return owner;
  }

  /**
   * Opens a session and, in the same statement, forgets the account's sessions that have run out and records how
   * the person logged in (`password` or `oidc:<provider>`), which the programme office sees.
   */
  async openSession(personId: string, tokenHash: string, csrfToken: string, loginMethod: LoginMethod, lifetime: SessionLifetime): Promise<void> {
    await this.db.query(
      `WITH expired AS (
         DELETE FROM login_session
          WHERE person_id = $1 AND (last_seen_at < now() - make_interval(mins => $4) OR created_at < now() - make_interval(hours => $5))
       ), recorded AS (
         UPDATE person SET last_login_method = $6, last_login_at = now() WHERE id = $1
       )
       INSERT INTO login_session (person_id, token_hash, csrf_token, login_method, last_seen_at) VALUES ($1, $2, $3, $6, now())`,
      [personId, tokenHash, csrfToken, lifetime.idleMinutes, lifetime.maxHours, loginMethod],
    );
  }

  /**
   * Finds a live session by its token hash and keeps it alive: not idle too long, and not older than the absolute
   * lifetime however active. The touch happens at most once a minute, so reads do not turn into a write per request.
   */
  async resolveSession(tokenHash: string, lifetime: SessionLifetime): Promise<ResolvedLoginSession | null> {
    const rows = await this.db.query(
      `WITH live AS (
         SELECT s.id, s.person_id, s.csrf_token, s.last_seen_at, p.is_admin
           FROM login_session s JOIN person p ON p.id = s.person_id
          WHERE s.token_hash = $1 AND s.last_seen_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3)
       ), touched AS (
         UPDATE login_session SET last_seen_at = now()
          WHERE id IN (SELECT id FROM live WHERE last_seen_at < now() - interval '1 minute')
       )
       SELECT id AS "loginSessionId", person_id AS "personId", is_admin AS "isAdmin", csrf_token AS "csrfToken" FROM live`,
      [tokenHash, lifetime.idleMinutes, lifetime.maxHours],
    );
    return rows[0] ?? null;
  }

  /** Ends a session; answers how it was opened (null when it had already ended). */
  async closeSession(loginSessionId: string): Promise<LoginMethod | null> {
    const [closed] = await this.db.query(
      `WITH closed AS (DELETE FROM login_session WHERE id = $1 RETURNING login_method) SELECT login_method AS "loginMethod" FROM closed`,
      [loginSessionId],
    );
    return closed?.loginMethod ?? null;
  }

  /** Ends every session of the person, on every device. */
  async closeEverySession(personId: string): Promise<void> {
    await this.db.query(`DELETE FROM login_session WHERE person_id = $1`, [personId]);
  }

  /** Password links (invitations, resets) for many people in one statement, inside the caller's transaction. */
  async createResetTokens(tokens: { personId: string; tokenHash: string }[], validMinutes: number, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO password_reset_token (person_id, token_hash, expires_at)
       SELECT t.person_id, t.token_hash, now() + make_interval(mins => $3) FROM unnest($1::uuid[], $2::text[]) AS t(person_id, token_hash)`,
      [tokens.map((t) => t.personId), tokens.map((t) => t.tokenHash), validMinutes],
    );
  }

  /** Ends every password link of the person not used yet. */
  async voidResetTokens(personIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM password_reset_token WHERE person_id = ANY($1::uuid[]) AND used_at IS NULL`, [personIds]);
  }

  /** Uses a password link once; answers whose it was, or null when it is unknown, used, expired or replaced. */
  /** Whether the link of this token hash still sets a password (not used, not expired), without using it. */
  async resetTokenUsable(tokenHash: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM password_reset_token WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`, [tokenHash]);
    return rows.length > 0;
  }

  async consumeResetToken(tokenHash: string, manager: EntityManager): Promise<string | null> {
    const [used] = await manager.query(
      `WITH used AS (
         UPDATE password_reset_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING person_id
       ) SELECT person_id AS "personId" FROM used`,
      [tokenHash],
    );
    return used?.personId ?? null;
  }

  /**
   * Sets a person's password and ends everything the old one opened: every other outstanding password link (an
   * older invitation or reset mail) stops working and every session but `keepSessionId` ends. Says whether the
   * person had a password before.
   */
  async setPassword(personId: string, passwordHash: string, keepSessionId: string | null, manager: EntityManager): Promise<{ hadPassword: boolean }> {
    const [[before]] = await manager.query(
      `UPDATE person p SET password_hash = $2 FROM (SELECT password_hash FROM person WHERE id = $1 FOR UPDATE) old
        WHERE p.id = $1 RETURNING old.password_hash IS NOT NULL AS "hadPassword"`,
      [personId, passwordHash],
    );
    await manager.query(`UPDATE password_reset_token SET used_at = now() WHERE person_id = $1 AND used_at IS NULL`, [personId]);
    await manager.query(`DELETE FROM login_session WHERE person_id = $1 AND id IS DISTINCT FROM $2::uuid`, [personId, keepSessionId]);
    return { hadPassword: before?.hadPassword ?? false };
  }
}
