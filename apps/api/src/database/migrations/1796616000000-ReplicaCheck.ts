import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The instances running on this database, each with a fingerprint of its secret and the id of its data folder,
 * confirmed every half minute: one started with another secret or folder beside them is refused (ReplicaCheck).
 */
export class ReplicaCheck1796616000000 implements MigrationInterface {
  name = 'ReplicaCheck1796616000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "running_replica" ("instance_id" uuid NOT NULL, "secret_fingerprint" text NOT NULL, "data_folder_id" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_running_replica" PRIMARY KEY ("instance_id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "running_replica"');
  }
}
