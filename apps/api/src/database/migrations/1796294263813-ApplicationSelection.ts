import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationSelection1796294263813 implements MigrationInterface {
  name = 'ApplicationSelection1796294263813';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"application\" ADD \"waitlist_position\" integer");
    await queryRunner.query("ALTER TABLE \"application\" ADD \"decline_message\" text");
    await queryRunner.query("ALTER TABLE \"application\" ADD \"status_changed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"application\" ADD \"enrolment_id\" uuid");
    await queryRunner.query("ALTER TYPE \"public\".\"application_status\" ADD VALUE 'accepted'");
    await queryRunner.query("ALTER TYPE \"public\".\"application_status\" ADD VALUE 'waitlisted'");
    await queryRunner.query("ALTER TYPE \"public\".\"application_status\" ADD VALUE 'declined'");
    await queryRunner.query("ALTER TYPE \"public\".\"application_status\" ADD VALUE 'withdrawn'");
    await queryRunner.query("CREATE INDEX \"IDX_e100f4a99cbccde5883189ac74\" ON \"application\"  (\"enrolment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_waitlist_position\" ON \"application\"  (\"edition_id\", \"waitlist_position\") WHERE waitlist_position IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"application_edition_status\" ON \"application\"  (\"edition_id\", \"status\") ");
    await queryRunner.query("ALTER TABLE \"application\" ADD CONSTRAINT \"application_waitlisted_has_position\" CHECK ((status::text = 'waitlisted') = (waitlist_position IS NOT NULL))");
    await queryRunner.query("ALTER TABLE \"application\" ADD CONSTRAINT \"FK_e100f4a99cbccde5883189ac746\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"enrolment\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"application\" DROP CONSTRAINT \"FK_e100f4a99cbccde5883189ac746\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP CONSTRAINT \"application_waitlisted_has_position\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_edition_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_waitlist_position\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e100f4a99cbccde5883189ac74\"");
    // The earlier schema knows no decisions: a decided application goes back to confirmed.
    await queryRunner.query("UPDATE \"application\" SET \"status\" = 'confirmed' WHERE \"status\"::text NOT IN ('unconfirmed', 'confirmed')");
    await queryRunner.query("CREATE TYPE \"public\".\"application_status_old\" AS ENUM('unconfirmed', 'confirmed')");
    await queryRunner.query("ALTER TABLE \"application\" ALTER COLUMN \"status\" DROP DEFAULT");
    await queryRunner.query("DROP INDEX \"public\".\"application_unconfirmed_created\"");
    await queryRunner.query("ALTER TABLE \"application\" ALTER COLUMN \"status\" TYPE \"public\".\"application_status_old\" USING \"status\"::\"text\"::\"public\".\"application_status_old\"");
    await queryRunner.query("ALTER TABLE \"application\" ALTER COLUMN \"status\" SET DEFAULT 'unconfirmed'");
    await queryRunner.query("DROP TYPE \"public\".\"application_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"application_status_old\" RENAME TO \"application_status\"");
    await queryRunner.query("CREATE INDEX \"application_unconfirmed_created\" ON \"application\"  (\"created_at\") WHERE status = 'unconfirmed'");
    await queryRunner.query("ALTER TABLE \"application\" DROP COLUMN \"enrolment_id\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP COLUMN \"status_changed_at\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP COLUMN \"decline_message\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP COLUMN \"waitlist_position\"");
  }
}
