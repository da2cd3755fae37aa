import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `enrolment.promoted`: receivers that keep enrolments (a CRM) hear when someone moves up from the waiting list. */
export class EnrolmentPromotedWebhook1796617000000 implements MigrationInterface {
  name = 'EnrolmentPromotedWebhook1796617000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"webhook_event\" ADD VALUE 'enrolment.promoted'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped: the type is made again without it, for both columns that use it.
    await queryRunner.query("DELETE FROM \"webhook_delivery\" WHERE \"event\" = 'enrolment.promoted'");
    await queryRunner.query("UPDATE \"webhook_endpoint\" SET \"events\" = array_remove(\"events\", 'enrolment.promoted')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"webhook_event_old\" AS ENUM('enrolment.created', 'enrolment.withdrawn', 'session.attendance_closed', 'completion.reached', 'certificate.issued', 'certificate.revoked', 'person.erased')",
    );
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" ALTER COLUMN \"event\" TYPE \"public\".\"webhook_event_old\" USING \"event\"::\"text\"::\"public\".\"webhook_event_old\"");
    await queryRunner.query("ALTER TABLE \"webhook_endpoint\" ALTER COLUMN \"events\" TYPE \"public\".\"webhook_event_old\"[] USING \"events\"::\"text\"[]::\"public\".\"webhook_event_old\"[]");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_event\"");
    await queryRunner.query("ALTER TYPE \"public\".\"webhook_event_old\" RENAME TO \"webhook_event\"");
  }
}
