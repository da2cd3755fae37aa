import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasurementRounds1796293907748 implements MigrationInterface {
  name = 'MeasurementRounds1796293907748';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"measurement_moment\" AS ENUM('before_first_programme_day', 'after_last_programme_day', 'internal_team_days')");
    await queryRunner.query("CREATE TYPE \"public\".\"measurement_respondent_role\" AS ENUM('participant', 'director', 'internal_team_member')");
    await queryRunner.query("CREATE TYPE \"public\".\"measurement_subject\" AS ENUM('organisation', 'team')");
    await queryRunner.query("CREATE TABLE \"measurement_template_line\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"instrument_version_id\" uuid NOT NULL, \"moment\" \"public\".\"measurement_moment\" NOT NULL, \"respondents\" \"public\".\"measurement_respondent_role\" array NOT NULL, \"subject\" \"public\".\"measurement_subject\" NOT NULL, CONSTRAINT \"measurement_template_line_has_respondents\" CHECK (cardinality(respondents) > 0), CONSTRAINT \"PK_7f57c4012376df02fca212d9f6f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a095d1d80d26c5ca410745fa84\" ON \"measurement_template_line\"  (\"programme_id\") ");
    await queryRunner.query("CREATE TABLE \"measurement_round\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"edition_id\" uuid NOT NULL, \"instrument_version_id\" uuid NOT NULL, \"moment\" \"public\".\"measurement_moment\" NOT NULL, \"occurrence\" integer NOT NULL DEFAULT '1', \"respondents\" \"public\".\"measurement_respondent_role\" array NOT NULL, \"subject\" \"public\".\"measurement_subject\" NOT NULL, \"opens_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closes_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"measurement_round_window\" CHECK (closes_at > opens_at), CONSTRAINT \"PK_255cf1cf0af8905e01b82bfda94\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"measurement_round_open_window\" ON \"measurement_round\"  (\"closes_at\", \"opens_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4fdec38076e2d32238e30eb733\" ON \"measurement_round\"  (\"edition_id\", \"opens_at\") ");
    await queryRunner.query("CREATE TABLE \"measurement_response\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"round_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"participant_enrolment_id\" uuid NOT NULL, \"role\" \"public\".\"measurement_respondent_role\" NOT NULL, \"instrument_version_id\" uuid NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_95e946779e3b6d3067309e12eeb\" UNIQUE (\"round_id\", \"person_id\", \"participant_enrolment_id\"), CONSTRAINT \"PK_ef5533b75cf15d84c1eb4fd2dfc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d5b6d0c72d060db17237c9febd\" ON \"measurement_response\"  (\"person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f3b9f463225aaa9cd795756201\" ON \"measurement_response\"  (\"participant_enrolment_id\") ");
    await queryRunner.query("CREATE TABLE \"measurement_answer\" (\"response_id\" uuid NOT NULL, \"item_id\" uuid NOT NULL, \"value\" smallint, \"remark\" text, \"answered_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"measurement_answer_value_range\" CHECK (value BETWEEN 1 AND 5), CONSTRAINT \"PK_4b82fb445f551f5f57daa6cf84e\" PRIMARY KEY (\"response_id\", \"item_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_187dc7da9bed5d5a52fccdae8a\" ON \"measurement_answer\"  (\"item_id\") ");
    await queryRunner.query("CREATE TABLE \"measurement_reminder\" (\"round_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"reminded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6441406f82881d12dfd89043122\" PRIMARY KEY (\"round_id\", \"person_id\"))");
    await queryRunner.query("CREATE TABLE \"measurement_action\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"challenge_id\" uuid NOT NULL, \"dimension_id\" uuid, \"phase\" \"public\".\"innovation_phase\" NOT NULL, \"text\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d518c3c9ee2db559d659a434238\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_eef0cada1e659074c8acf2c66c\" ON \"measurement_action\"  (\"challenge_id\") ");
    await queryRunner.query("ALTER TABLE \"measurement_template_line\" ADD CONSTRAINT \"FK_a095d1d80d26c5ca410745fa849\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_template_line\" ADD CONSTRAINT \"FK_c884818bd76f3692e09940f8b72\" FOREIGN KEY (\"instrument_version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_round\" ADD CONSTRAINT \"FK_53ea220fcad39c5cae34ab92e42\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_round\" ADD CONSTRAINT \"FK_926a28c7b6a2a098d93bad12d6a\" FOREIGN KEY (\"instrument_version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD CONSTRAINT \"FK_c344617c23fb69fabe8a7eadb40\" FOREIGN KEY (\"round_id\") REFERENCES \"measurement_round\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD CONSTRAINT \"FK_d5b6d0c72d060db17237c9febdb\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD CONSTRAINT \"FK_f3b9f463225aaa9cd7957562010\" FOREIGN KEY (\"participant_enrolment_id\") REFERENCES \"enrolment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD CONSTRAINT \"FK_e7ae6cdce1b0d41cdfcb1e67e1e\" FOREIGN KEY (\"instrument_version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_answer\" ADD CONSTRAINT \"FK_8ccb2837dbaa0496ed65c94ef9b\" FOREIGN KEY (\"response_id\") REFERENCES \"measurement_response\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_answer\" ADD CONSTRAINT \"FK_187dc7da9bed5d5a52fccdae8a6\" FOREIGN KEY (\"item_id\") REFERENCES \"instrument_item\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_reminder\" ADD CONSTRAINT \"FK_57ec2d855e9f6935fcbec84f58d\" FOREIGN KEY (\"round_id\") REFERENCES \"measurement_round\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_reminder\" ADD CONSTRAINT \"FK_ad19353b97940355cd214f350c7\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_action\" ADD CONSTRAINT \"FK_eef0cada1e659074c8acf2c66c5\" FOREIGN KEY (\"challenge_id\") REFERENCES \"implementation_challenge\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measurement_action\" ADD CONSTRAINT \"FK_df4184be6af93a6d4d81de7ef18\" FOREIGN KEY (\"dimension_id\") REFERENCES \"instrument_dimension\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_action\" DROP CONSTRAINT \"FK_df4184be6af93a6d4d81de7ef18\"");
    await queryRunner.query("ALTER TABLE \"measurement_action\" DROP CONSTRAINT \"FK_eef0cada1e659074c8acf2c66c5\"");
    await queryRunner.query("ALTER TABLE \"measurement_reminder\" DROP CONSTRAINT \"FK_ad19353b97940355cd214f350c7\"");
    await queryRunner.query("ALTER TABLE \"measurement_reminder\" DROP CONSTRAINT \"FK_57ec2d855e9f6935fcbec84f58d\"");
    await queryRunner.query("ALTER TABLE \"measurement_answer\" DROP CONSTRAINT \"FK_187dc7da9bed5d5a52fccdae8a6\"");
    await queryRunner.query("ALTER TABLE \"measurement_answer\" DROP CONSTRAINT \"FK_8ccb2837dbaa0496ed65c94ef9b\"");
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP CONSTRAINT \"FK_e7ae6cdce1b0d41cdfcb1e67e1e\"");
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP CONSTRAINT \"FK_f3b9f463225aaa9cd7957562010\"");
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP CONSTRAINT \"FK_d5b6d0c72d060db17237c9febdb\"");
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP CONSTRAINT \"FK_c344617c23fb69fabe8a7eadb40\"");
    await queryRunner.query("ALTER TABLE \"measurement_round\" DROP CONSTRAINT \"FK_926a28c7b6a2a098d93bad12d6a\"");
    await queryRunner.query("ALTER TABLE \"measurement_round\" DROP CONSTRAINT \"FK_53ea220fcad39c5cae34ab92e42\"");
    await queryRunner.query("ALTER TABLE \"measurement_template_line\" DROP CONSTRAINT \"FK_c884818bd76f3692e09940f8b72\"");
    await queryRunner.query("ALTER TABLE \"measurement_template_line\" DROP CONSTRAINT \"FK_a095d1d80d26c5ca410745fa849\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eef0cada1e659074c8acf2c66c\"");
    await queryRunner.query("DROP TABLE \"measurement_action\"");
    await queryRunner.query("DROP TABLE \"measurement_reminder\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_187dc7da9bed5d5a52fccdae8a\"");
    await queryRunner.query("DROP TABLE \"measurement_answer\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f3b9f463225aaa9cd795756201\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d5b6d0c72d060db17237c9febd\"");
    await queryRunner.query("DROP TABLE \"measurement_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4fdec38076e2d32238e30eb733\"");
    await queryRunner.query("DROP INDEX \"public\".\"measurement_round_open_window\"");
    await queryRunner.query("DROP TABLE \"measurement_round\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a095d1d80d26c5ca410745fa84\"");
    await queryRunner.query("DROP TABLE \"measurement_template_line\"");
    await queryRunner.query("DROP TYPE \"public\".\"measurement_respondent_role\"");
    await queryRunner.query("DROP TYPE \"public\".\"measurement_subject\"");
    await queryRunner.query("DROP TYPE \"public\".\"measurement_moment\"");
  }
}
