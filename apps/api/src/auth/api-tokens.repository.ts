import type { ApiTokenScope, ApiTokenSummary } from '@koers/shared/api-tokens';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { lockKey } from '../database/lock-row';

export interface ResolvedApiToken {
  apiTokenId: string;
  personId: string;
  isAdmin: boolean;
  scope: ApiTokenScope;
}

const SUMMARY_COLUMNS = `id, name, scope, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt"`;

@Injectable()
export class ApiTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Finds a live token by its hash (not expired, its person not erased) and notes its use in the same statement. The
   * note is written at most once a minute, so a script's burst of requests does not turn every read into a write.
   */
  async resolve(tokenHash: string): Promise<ResolvedApiToken | null> {
    const rows = await this.db.query(
      `WITH live AS (
         SELECT t.id, t.person_id, t.scope, t.last_used_at, p.is_admin
           FROM api_token t JOIN person p ON p.id = t.person_id
          WHERE t.token_hash = $1 AND t.expires_at > now() AND p.erased_at IS NULL
       ), touched AS (
         UPDATE api_token SET last_used_at = now()
          WHERE id IN (SELECT id FROM live WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
       )
       SELECT id AS "apiTokenId", person_id AS "personId", is_admin AS "isAdmin", scope FROM live`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Stores a token unless the person already holds `limit` of them; answers its id, or null at the limit. */
  async create(token: { personId: string; name: string; scope: ApiTokenScope; tokenHash: string; expiresAt: Date }, limit: number): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      // Tokens made at the same moment are counted one after the other, or each would count the others' absence.
      await lockKey(manager, 'api-tokens', token.personId);
      const [row] = await manager.query(
        `INSERT INTO api_token (person_id, name, scope, token_hash, expires_at)
         SELECT $1, $2, $3, $4, $5 WHERE (SELECT count(*) FROM api_token WHERE person_id = $1) < $6
         RETURNING id`,
        [token.personId, token.name, token.scope, token.tokenHash, token.expiresAt, limit],
      );
      return row?.id ?? null;
    });
  }

  /** A person's tokens, newest first; a person has a handful, so the list is not paged. */
  list(personId: string): Promise<ApiTokenSummary[]> {
    return this.db.query(`SELECT ${SUMMARY_COLUMNS} FROM api_token WHERE person_id = $1 ORDER BY created_at DESC, id`, [personId]);
  }

  /** Revokes one of the person's tokens; false when they have no such token. */
  async revoke(personId: string, tokenId: string): Promise<boolean> {
    const [, deleted] = await this.db.query(`DELETE FROM api_token WHERE id = $1 AND person_id = $2`, [tokenId, personId]);
    return deleted > 0;
  }
}
