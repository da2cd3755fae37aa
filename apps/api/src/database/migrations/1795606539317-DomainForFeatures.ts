import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainForFeatures1795606539317 implements MigrationInterface {
  name = 'DomainForFeatures1795606539317';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"assignment_extension\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"assignment_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"due_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"cutoff_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_a7d685eb3d67f949c18065ac0fb\" UNIQUE (\"assignment_id\", \"person_id\"), CONSTRAINT \"PK_bd4bfe52975f264fb738eac0bfa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"certificate\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"enrolment_id\" uuid NOT NULL, \"verification_code\" text NOT NULL, \"statement\" jsonb NOT NULL, \"issued_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_006c65c4df51536ef09a8761689\" UNIQUE (\"enrolment_id\"), CONSTRAINT \"UQ_60a9e298400a26898d775085a9d\" UNIQUE (\"verification_code\"), CONSTRAINT \"REL_006c65c4df51536ef09a876168\" UNIQUE (\"enrolment_id\"), CONSTRAINT \"PK_8daddfc65f59e341c2bbc9c9e43\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance_change_previous_status\" AS ENUM('present', 'late', 'excused', 'absent')");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance_change_status\" AS ENUM('present', 'late', 'excused', 'absent')");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance_source\" AS ENUM('trainer', 'self_check_in', 'bulk_absent')");
    await queryRunner.query("CREATE TABLE \"attendance_change\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"previous_status\" \"public\".\"attendance_change_previous_status\", \"status\" \"public\".\"attendance_change_status\" NOT NULL, \"note\" text NOT NULL DEFAULT '', \"source\" \"public\".\"attendance_source\" NOT NULL, \"changed_by_person_id\" uuid, \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_048b031580a2e2aa6e508ffa271\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_366dcee04029221b89e2542c65\" ON \"attendance_change\"  (\"session_id\", \"person_id\", \"changed_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"delivery_status\" AS ENUM('pending', 'sent', 'failed')");
    await queryRunner.query("CREATE TABLE \"notification_delivery\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"person_id\" uuid NOT NULL, \"event_key\" text NOT NULL, \"kind\" text NOT NULL, \"payload\" jsonb NOT NULL DEFAULT '{}', \"status\" \"public\".\"delivery_status\" NOT NULL DEFAULT 'pending', \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_117fa5222fc466978bd8a053ea8\" UNIQUE (\"person_id\", \"event_key\", \"kind\"), CONSTRAINT \"PK_109dea88c25343da49d86de6bfd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2724cebe69c8528b4a7c1e5979\" ON \"notification_delivery\"  (\"status\", \"next_attempt_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"session_change_status\" AS ENUM('scheduled', 'moved', 'cancelled')");
    await queryRunner.query("CREATE TABLE \"session_change\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"status\" \"public\".\"session_change_status\" NOT NULL, \"previous\" jsonb NOT NULL, \"reason\" text NOT NULL DEFAULT '', \"changed_by_person_id\" uuid, \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_043843ff15b20a1d5508a08ee71\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a00568bb30855bdcd89bb5a2f8\" ON \"session_change\"  (\"session_id\", \"changed_at\") ");
    await queryRunner.query("CREATE TABLE \"session_material\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"size_bytes\" bigint NOT NULL, \"storage_key\" text NOT NULL, \"uploaded_by_person_id\" uuid, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_bba0262f11499cb56dbea348df2\" UNIQUE (\"storage_key\"), CONSTRAINT \"PK_6533ed738c2e6c9e1ee334021b9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f92c40414c473f2cbb49113cee\" ON \"session_material\"  (\"session_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"rsvp_response\" AS ENUM('attending', 'declined', 'delegate')");
    await queryRunner.query("CREATE TABLE \"session_rsvp\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"response\" \"public\".\"rsvp_response\" NOT NULL, \"delegate_name\" text, \"delegate_email\" text, \"delegate_person_id\" uuid, \"responded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_481dacc394da6fdfdb080821ce6\" UNIQUE (\"session_id\", \"person_id\"), CONSTRAINT \"session_rsvp_delegate_named\" CHECK (response <> 'delegate' OR (delegate_name IS NOT NULL AND delegate_email IS NOT NULL)), CONSTRAINT \"PK_1b17749b12786a30ccb6787250a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1f4e4f2de33f8e528e6ac1c1fc\" ON \"session_rsvp\"  (\"person_id\") ");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"calendar_token_hash\" text");
    await queryRunner.query("ALTER TABLE \"person\" ADD CONSTRAINT \"UQ_4feac254bb1ebee2e532c50f7d7\" UNIQUE (\"calendar_token_hash\")");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"reminders_enabled\" boolean NOT NULL DEFAULT true");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"erased_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"session\" ADD \"covered\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"session\" ADD \"notes_version\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"enrolment\" ADD \"role_in_organisation\" text");
    await queryRunner.query("ALTER TABLE \"enrolment\" ADD \"waitlist_position\" integer");
    await queryRunner.query("ALTER TABLE \"assignment_extension\" ADD CONSTRAINT \"FK_e6471236b786a3f96de582e518d\" FOREIGN KEY (\"assignment_id\") REFERENCES \"assignment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignment_extension\" ADD CONSTRAINT \"FK_875c9c9476e900526882a263b4c\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certificate\" ADD CONSTRAINT \"FK_006c65c4df51536ef09a8761689\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"enrolment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attendance_change\" ADD CONSTRAINT \"FK_9b7dd53c2ac3690f7f4ec605d2e\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attendance_change\" ADD CONSTRAINT \"FK_a6f1e71d1c81a1d62a73c90685a\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attendance_change\" ADD CONSTRAINT \"FK_5ddab6be3fde1e4bc3684b51d3f\" FOREIGN KEY (\"changed_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" ADD CONSTRAINT \"FK_8e82adc144bbba53c22e9449ede\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_change\" ADD CONSTRAINT \"FK_598b9ee19fda59a903245efef45\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_change\" ADD CONSTRAINT \"FK_81ac661372d9baaa16dcf777f89\" FOREIGN KEY (\"changed_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_material\" ADD CONSTRAINT \"FK_f92c40414c473f2cbb49113cee6\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_material\" ADD CONSTRAINT \"FK_199cc2dded1b0b55eda9ab50c6c\" FOREIGN KEY (\"uploaded_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" ADD CONSTRAINT \"FK_553ecc7ae896a07918756c54497\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" ADD CONSTRAINT \"FK_1f4e4f2de33f8e528e6ac1c1fcd\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" ADD CONSTRAINT \"FK_5e5d1d395eec9c6820751ad24f2\" FOREIGN KEY (\"delegate_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session_rsvp\" DROP CONSTRAINT \"FK_5e5d1d395eec9c6820751ad24f2\"");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" DROP CONSTRAINT \"FK_1f4e4f2de33f8e528e6ac1c1fcd\"");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" DROP CONSTRAINT \"FK_553ecc7ae896a07918756c54497\"");
    await queryRunner.query("ALTER TABLE \"session_material\" DROP CONSTRAINT \"FK_199cc2dded1b0b55eda9ab50c6c\"");
    await queryRunner.query("ALTER TABLE \"session_material\" DROP CONSTRAINT \"FK_f92c40414c473f2cbb49113cee6\"");
    await queryRunner.query("ALTER TABLE \"session_change\" DROP CONSTRAINT \"FK_81ac661372d9baaa16dcf777f89\"");
    await queryRunner.query("ALTER TABLE \"session_change\" DROP CONSTRAINT \"FK_598b9ee19fda59a903245efef45\"");
    await queryRunner.query("ALTER TABLE \"notification_delivery\" DROP CONSTRAINT \"FK_8e82adc144bbba53c22e9449ede\"");
    await queryRunner.query("ALTER TABLE \"attendance_change\" DROP CONSTRAINT \"FK_5ddab6be3fde1e4bc3684b51d3f\"");
    await queryRunner.query("ALTER TABLE \"attendance_change\" DROP CONSTRAINT \"FK_a6f1e71d1c81a1d62a73c90685a\"");
    await queryRunner.query("ALTER TABLE \"attendance_change\" DROP CONSTRAINT \"FK_9b7dd53c2ac3690f7f4ec605d2e\"");
    await queryRunner.query("ALTER TABLE \"certificate\" DROP CONSTRAINT \"FK_006c65c4df51536ef09a8761689\"");
    await queryRunner.query("ALTER TABLE \"assignment_extension\" DROP CONSTRAINT \"FK_875c9c9476e900526882a263b4c\"");
    await queryRunner.query("ALTER TABLE \"assignment_extension\" DROP CONSTRAINT \"FK_e6471236b786a3f96de582e518d\"");
    await queryRunner.query("ALTER TABLE \"enrolment\" DROP COLUMN \"waitlist_position\"");
    await queryRunner.query("ALTER TABLE \"enrolment\" DROP COLUMN \"role_in_organisation\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"notes_version\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"covered\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"erased_at\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"reminders_enabled\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP CONSTRAINT \"UQ_4feac254bb1ebee2e532c50f7d7\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"calendar_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1f4e4f2de33f8e528e6ac1c1fc\"");
    await queryRunner.query("DROP TABLE \"session_rsvp\"");
    await queryRunner.query("DROP TYPE \"public\".\"rsvp_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f92c40414c473f2cbb49113cee\"");
    await queryRunner.query("DROP TABLE \"session_material\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a00568bb30855bdcd89bb5a2f8\"");
    await queryRunner.query("DROP TABLE \"session_change\"");
    await queryRunner.query("DROP TYPE \"public\".\"session_change_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2724cebe69c8528b4a7c1e5979\"");
    await queryRunner.query("DROP TABLE \"notification_delivery\"");
    await queryRunner.query("DROP TYPE \"public\".\"delivery_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_366dcee04029221b89e2542c65\"");
    await queryRunner.query("DROP TABLE \"attendance_change\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance_source\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance_change_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance_change_previous_status\"");
    await queryRunner.query("DROP TABLE \"certificate\"");
    await queryRunner.query("DROP TABLE \"assignment_extension\"");
  }
}
