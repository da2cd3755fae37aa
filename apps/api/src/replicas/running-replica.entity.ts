import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An instance running on this database, with what every other must share (see ReplicaCheck). */
@Entity()
export class RunningReplica {
  @PrimaryColumn('uuid')
  instanceId: string;

  /** An HMAC of a fixed text under the server secret: equal secrets, equal fingerprints, and the secret not shown. */
  @Column({ type: 'text' })
  secretFingerprint: string;

  /** The id kept in the instance's KOERS_DATA_DIR (`folder-id`). */
  @Column({ type: 'text' })
  dataFolderId: string;

  @Column({ type: 'timestamptz' })
  confirmedAt: Date;
}
