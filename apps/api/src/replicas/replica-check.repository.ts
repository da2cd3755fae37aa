import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What a replica runs with, as the others must too. */
export interface ReplicaSetup {
  secretFingerprint: string;
  dataFolderId: string;
}

/** The one row the running replicas confirm (`replica_check`). */
@Injectable()
export class ReplicaCheckRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Takes the row for this setup: when it has the same one, or when nobody confirmed it for `staleSeconds` (every
   * replica stopped, so a new secret or folder is a deliberate change). Otherwise answers what differs. One
   * statement, so replicas starting together take turns on the row and the second sees the first's setup.
   */
  async claim(setup: ReplicaSetup, staleSeconds: number): Promise<{ claimed: true } | { claimed: false; sameSecret: boolean; sameFolder: boolean }> {
    const claimed = await this.db.query(
      `INSERT INTO replica_check (id, secret_fingerprint, data_folder_id, confirmed_at) VALUES (true, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET secret_fingerprint = excluded.secret_fingerprint, data_folder_id = excluded.data_folder_id, confirmed_at = now()
        WHERE replica_check.confirmed_at < now() - make_interval(secs => $3)
           OR (replica_check.secret_fingerprint = excluded.secret_fingerprint AND replica_check.data_folder_id = excluded.data_folder_id)
       RETURNING id`,
      [setup.secretFingerprint, setup.dataFolderId, staleSeconds],
    );
    if (claimed.length > 0) return { claimed: true };
    const [other] = await this.db.query(`SELECT secret_fingerprint = $1 AS "sameSecret", data_folder_id = $2 AS "sameFolder" FROM replica_check`, [
      setup.secretFingerprint,
      setup.dataFolderId,
    ]);
    return { claimed: false, ...other };
  }

  /** This replica still runs with the setup the row holds. */
  async confirm(setup: ReplicaSetup): Promise<void> {
    await this.db.query(`UPDATE replica_check SET confirmed_at = now() WHERE secret_fingerprint = $1 AND data_folder_id = $2`, [
      setup.secretFingerprint,
      setup.dataFolderId,
    ]);
  }
}
