import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionFileContentHash1796587942174 implements MigrationInterface {
  name = 'SubmissionFileContentHash1796587942174';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"submission_file\" ADD \"content_sha256\" text");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"submission_file\" DROP COLUMN \"content_sha256\"");
  }
}
