import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateRevocation1796599761901 implements MigrationInterface {
  name = 'CertificateRevocation1796599761901';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"certificate\" ADD \"revoked_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD \"revocation_reason\" text");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD \"revoked_by_person_id\" uuid");
    await queryRunner.query("ALTER TYPE \"public\".\"webhook_event\" ADD VALUE 'certificate.revoked'");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD CONSTRAINT \"certificate_revocation_has_reason\" CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD CONSTRAINT \"FK_7f56f539448eb9c835351f0a3cd\" FOREIGN KEY (\"revoked_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"certificate\" DROP CONSTRAINT \"FK_7f56f539448eb9c835351f0a3cd\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP CONSTRAINT \"certificate_revocation_has_reason\"");
    // An enum value cannot be dropped: the type is made again without it, for both columns that use it.
    await queryRunner.query("DELETE FROM \"webhook_delivery\" WHERE \"event\" = 'certificate.revoked'");
    await queryRunner.query("UPDATE \"webhook_endpoint\" SET \"events\" = array_remove(\"events\", 'certificate.revoked')");
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_event_old\" AS ENUM('enrolment.created', 'enrolment.withdrawn', 'session.attendance_closed', 'completion.reached', 'certificate.issued')");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" ALTER COLUMN \"event\" TYPE \"public\".\"webhook_event_old\" USING \"event\"::\"text\"::\"public\".\"webhook_event_old\"");
    await queryRunner.query("ALTER TABLE \"webhook_endpoint\" ALTER COLUMN \"events\" TYPE \"public\".\"webhook_event_old\"[] USING \"events\"::\"text\"[]::\"public\".\"webhook_event_old\"[]");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_event\"");
    await queryRunner.query("ALTER TYPE \"public\".\"webhook_event_old\" RENAME TO \"webhook_event\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP COLUMN \"revoked_by_person_id\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP COLUMN \"revocation_reason\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP COLUMN \"revoked_at\"");
  }
}
