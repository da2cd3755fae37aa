import type { DataSource } from 'typeorm';

/**
 * `promoted`: an account that never logged in made programme office; `promoted_logging_in`: one that logs in, with
 * its password or through single sign-on; `awaiting_password`: programme office already, but its password was never
 * chosen (its link may have expired); `exists`: programme office that logs in.
 */
export type AdminAccountOutcome = 'created' | 'promoted' | 'promoted_logging_in' | 'awaiting_password' | 'exists';

/** The programme office's accounts as the operator command sees them: one statement, so two runs at once make one account. */
export class AdminAccountsRepository {
  constructor(private readonly db: DataSource) {}

  async anyAdmin(): Promise<boolean> {
    const [{ exists }] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM person WHERE is_admin) AS exists`);
    return exists;
  }

  /** Creates the account as programme office, or gives an existing account the admin flag. */
  async createOrPromote(email: string, name: string): Promise<{ id: string; outcome: AdminAccountOutcome }> {
    const [row]: { id: string; outcome: AdminAccountOutcome }[] = await this.db.query(
      `WITH before AS (SELECT id, is_admin, password_hash IS NOT NULL OR last_login_at IS NOT NULL AS logs_in FROM person WHERE email = $1),
            saved AS (
              INSERT INTO person (email, name, is_admin) VALUES ($1, $2, true)
              ON CONFLICT (email) DO UPDATE SET is_admin = true
              RETURNING id)
       SELECT saved.id,
              CASE WHEN before.id IS NULL THEN 'created'
                   WHEN before.logs_in THEN CASE WHEN before.is_admin THEN 'exists' ELSE 'promoted_logging_in' END
                   WHEN NOT before.is_admin THEN 'promoted' ELSE 'awaiting_password' END AS outcome
         FROM saved LEFT JOIN before ON before.id = saved.id`,
      [email, name],
    );
    return row;
  }
}
