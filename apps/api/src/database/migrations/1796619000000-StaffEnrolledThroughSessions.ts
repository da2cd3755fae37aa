import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trainer or facilitator enrolled because they were put on a session's staff (not by the programme office): taken
 * off the last session they run, they leave the edition again. Existing enrolments keep their role.
 */
export class StaffEnrolledThroughSessions1796619000000 implements MigrationInterface {
  name = 'StaffEnrolledThroughSessions1796619000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "enrolment" ADD "through_session_staff" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "enrolment" DROP COLUMN "through_session_staff"');
  }
}
