import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A participant's team page lists invitations declined lately beside those waiting: one index for both. */
export class TeamInvitationsDeclined1796618000000 implements MigrationInterface {
  name = 'TeamInvitationsDeclined1796618000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"invitation_team_unaccepted\" ON \"invitation\" (\"supports_enrolment_id\", \"created_at\") WHERE status IN ('pending', 'declined')");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."invitation_team_unaccepted"');
  }
}
