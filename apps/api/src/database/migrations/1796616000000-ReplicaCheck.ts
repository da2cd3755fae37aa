import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the running replicas share, as a fingerprint of their secret and the id of their data folder, confirmed by each
 * every half minute: a replica started with another secret or folder beside them is refused (ReplicaCheck).
 */
export class ReplicaCheck1796616000000 implements MigrationInterface {
  name = 'ReplicaCheck1796616000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "replica_check" ("id" boolean NOT NULL DEFAULT true, "secret_fingerprint" text NOT NULL, "data_folder_id" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "replica_check_one_row" CHECK ("id"), CONSTRAINT "PK_replica_check" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "replica_check"');
  }
}
