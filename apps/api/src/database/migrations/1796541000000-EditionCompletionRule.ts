import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EditionCompletionRule1796541000000 implements MigrationInterface {
  name = 'EditionCompletionRule1796541000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition" ADD "completion_threshold_percent" smallint');
    await queryRunner.query('ALTER TABLE "edition" ADD "completion_requires_all_approved" boolean');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "completion_requires_all_approved"');
    await queryRunner.query('ALTER TABLE "edition" DROP COLUMN "completion_threshold_percent"');
  }
}
