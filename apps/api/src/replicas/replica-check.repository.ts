import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What an instance runs with, as every other on the database must too. */
export interface ReplicaSetup {
  secretFingerprint: string;
  dataFolderId: string;
}

/** What another running instance has that this one has not. */
export interface ReplicaDifference {
  otherSecret: boolean;
  otherFolder: boolean;
}

/** A lock only the instances' check takes: two starting at once take turns, so the second sees the first. */
const REPLICA_CHECK_LOCK = 7_420_511;

/** The instances running on this database (`running_replica`). */
@Injectable()
export class ReplicaCheckRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Registers (or confirms) this instance, unless another, confirmed within `staleSeconds`, runs with another setup:
   * then answers what differs and registers nothing. Instances not confirmed for that long are gone (a crash) and forgotten.
   */
  async register(instanceId: string, setup: ReplicaSetup, staleSeconds: number): Promise<ReplicaDifference | null> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [REPLICA_CHECK_LOCK]);
      await manager.query(`DELETE FROM running_replica WHERE confirmed_at < now() - make_interval(secs => $1)`, [staleSeconds]);
      const [difference]: ReplicaDifference[] = await manager.query(
        `SELECT bool_or(secret_fingerprint <> $2) AS "otherSecret", bool_or(data_folder_id <> $3) AS "otherFolder"
           FROM running_replica WHERE instance_id <> $1 HAVING bool_or(secret_fingerprint <> $2 OR data_folder_id <> $3)`,
        [instanceId, setup.secretFingerprint, setup.dataFolderId],
      );
      if (difference) return difference;
      await manager.query(
        `INSERT INTO running_replica (instance_id, secret_fingerprint, data_folder_id, confirmed_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (instance_id) DO UPDATE SET confirmed_at = now()`,
        [instanceId, setup.secretFingerprint, setup.dataFolderId],
      );
      return null;
    });
  }

  /** Confirms the instance runs; false when it was forgotten meanwhile (silent longer than the others allow). */
  async confirm(instanceId: string): Promise<boolean> {
    const [, confirmed] = await this.db.query(`UPDATE running_replica SET confirmed_at = now() WHERE instance_id = $1`, [instanceId]);
    return confirmed > 0;
  }

  /** The instance stops: the next may bring another setup at once, as long as none other runs. */
  async unregister(instanceId: string): Promise<void> {
    await this.db.query(`DELETE FROM running_replica WHERE instance_id = $1`, [instanceId]);
  }
}
