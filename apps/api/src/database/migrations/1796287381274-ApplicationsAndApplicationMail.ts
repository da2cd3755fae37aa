import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationsAndApplicationMail1796287381274 implements MigrationInterface {
  name = 'ApplicationsAndApplicationMail1796287381274';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"application_status\" AS ENUM('unconfirmed', 'confirmed')");
    await queryRunner.query("CREATE TYPE \"public\".\"director_commitment\" AS ENUM('pending', 'committed', 'declined')");
    await queryRunner.query("CREATE TABLE \"application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"edition_id\" uuid NOT NULL, \"status\" \"public\".\"application_status\" NOT NULL DEFAULT 'unconfirmed', \"name\" text NOT NULL, \"email\" text NOT NULL, \"organisation\" text NOT NULL, \"job_title\" text NOT NULL, \"region\" text NOT NULL, \"challenge\" text NOT NULL, \"director_name\" text NOT NULL, \"director_email\" text NOT NULL, \"locale\" \"public\".\"locale\" NOT NULL DEFAULT 'nl', \"confirm_token_hash\" text NOT NULL, \"director_token_hash\" text, \"director_commitment\" \"public\".\"director_commitment\" NOT NULL DEFAULT 'pending', \"director_reason\" text, \"director_answered_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"confirmed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"application_edition_email\" UNIQUE (\"edition_id\", \"email\"), CONSTRAINT \"application_email_lower_case\" CHECK (email = lower(email)), CONSTRAINT \"PK_569e0c3e863ebdf5f2408ee1670\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"application_unconfirmed_created\" ON \"application\"  (\"created_at\") WHERE status = 'unconfirmed'");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_director_token\" ON \"application\"  (\"director_token_hash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"application_confirm_token\" ON \"application\"  (\"confirm_token_hash\") ");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD \"application_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"FK_8e82adc144bbba53c22e9449ede\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"UQ_117fa5222fc466978bd8a053ea8\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ALTER COLUMN \"person_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"notification_delivery_one_recipient\" CHECK (num_nonnulls(person_id, application_id) = 1)");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"notification_delivery_application_event_kind\" UNIQUE (\"application_id\", \"event_key\", \"kind\")");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"UQ_117fa5222fc466978bd8a053ea8\" UNIQUE (\"person_id\", \"event_key\", \"kind\")");
    await queryRunner.query("ALTER TABLE \"application\" ADD CONSTRAINT \"FK_0cda43062101da01701d6da11aa\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"FK_8e82adc144bbba53c22e9449ede\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"FK_15ccf3d6ad0e73a0f4bf8c45cda\" FOREIGN KEY (\"application_id\") REFERENCES \"application\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"FK_15ccf3d6ad0e73a0f4bf8c45cda\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"FK_8e82adc144bbba53c22e9449ede\"");
    await queryRunner.query("ALTER TABLE \"application\" DROP CONSTRAINT \"FK_0cda43062101da01701d6da11aa\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"UQ_117fa5222fc466978bd8a053ea8\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"notification_delivery_application_event_kind\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"notification_delivery_one_recipient\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ALTER COLUMN \"person_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"UQ_117fa5222fc466978bd8a053ea8\" UNIQUE (\"person_id\", \"event_key\", \"kind\")");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"FK_8e82adc144bbba53c22e9449ede\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP COLUMN \"application_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_confirm_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_director_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"application_unconfirmed_created\"");
    await queryRunner.query("DROP TABLE \"application\"");
    await queryRunner.query("DROP TYPE \"public\".\"director_commitment\"");
    await queryRunner.query("DROP TYPE \"public\".\"application_status\"");
  }
}
