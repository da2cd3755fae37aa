import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LateEnrolmentExtensions1796597881817 implements MigrationInterface {
  name = 'LateEnrolmentExtensions1796597881817';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"extension_reason\" AS ENUM('granted', 'late_enrolment')");
    await queryRunner.query("ALTER TABLE \"assignment_extension\" ADD \"reason\" \"public\".\"extension_reason\" NOT NULL DEFAULT 'granted'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"assignment_extension\" DROP COLUMN \"reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"extension_reason\"");
  }
}
