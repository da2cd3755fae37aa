import type { DataSource } from 'typeorm';

export type AdminAccountOutcome = 'created' | 'promoted' | 'exists';

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
      `WITH before AS (SELECT id, is_admin FROM person WHERE email = $1),
            saved AS (
              INSERT INTO person (email, name, is_admin) VALUES ($1, $2, true)
              ON CONFLICT (email) DO UPDATE SET is_admin = true
              RETURNING id)
       SELECT saved.id, CASE WHEN before.id IS NULL THEN 'created' WHEN before.is_admin THEN 'exists' ELSE 'promoted' END AS outcome
         FROM saved LEFT JOIN before ON before.id = saved.id`,
      [email, name],
    );
    return row;
  }
}
