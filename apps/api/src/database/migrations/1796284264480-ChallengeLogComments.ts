import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChallengeLogComments1796284264480 implements MigrationInterface {
  name = 'ChallengeLogComments1796284264480';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"challenge_log_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"log_entry_id\" uuid NOT NULL, \"author_person_id\" uuid, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_reason\" text, \"hidden_by_person_id\" uuid, CONSTRAINT \"PK_aea6cb0deac7b3aeb997d13b351\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fea5d8d18e9f08ac56e8ab4a7f\" ON \"challenge_log_comment\"  (\"author_person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_795a14b3df2f38ce3d79f73141\" ON \"challenge_log_comment\"  (\"log_entry_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"challenge_log_comment\" ADD CONSTRAINT \"FK_5f38c16c2057ecc1d724877bf9c\" FOREIGN KEY (\"log_entry_id\") REFERENCES \"challenge_log_entry\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"challenge_log_comment\" ADD CONSTRAINT \"FK_fea5d8d18e9f08ac56e8ab4a7fc\" FOREIGN KEY (\"author_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"challenge_log_comment\" ADD CONSTRAINT \"FK_12c31e491f524bd7d51ef871eb0\" FOREIGN KEY (\"hidden_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"challenge_log_comment\" DROP CONSTRAINT \"FK_12c31e491f524bd7d51ef871eb0\"");
    await queryRunner.query("ALTER TABLE \"challenge_log_comment\" DROP CONSTRAINT \"FK_fea5d8d18e9f08ac56e8ab4a7fc\"");
    await queryRunner.query("ALTER TABLE \"challenge_log_comment\" DROP CONSTRAINT \"FK_5f38c16c2057ecc1d724877bf9c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_795a14b3df2f38ce3d79f73141\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fea5d8d18e9f08ac56e8ab4a7f\"");
    await queryRunner.query("DROP TABLE \"challenge_log_comment\"");
  }
}
