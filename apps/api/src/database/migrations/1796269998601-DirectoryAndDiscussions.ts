import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryAndDiscussions1796269998601 implements MigrationInterface {
  name = 'DirectoryAndDiscussions1796269998601';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"directory_profile\" (\"person_id\" uuid NOT NULL, \"introduction\" text, \"hidden\" boolean NOT NULL DEFAULT false, \"alumni\" boolean NOT NULL DEFAULT false, \"photo_storage_key\" text, \"photo_content_type\" text, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c264c8bc1f3a1017f0c85c124bc\" PRIMARY KEY (\"person_id\"))");
    await queryRunner.query("CREATE TABLE \"discussion\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"edition_id\" uuid NOT NULL, \"group_id\" uuid, \"title\" text NOT NULL, \"author_person_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_post_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b93169eb129e530c6a4c3b9fda1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_40de75bc79ae52d2c85b6e0468\" ON \"discussion\"  (\"edition_id\", \"last_post_at\") ");
    await queryRunner.query("CREATE TABLE \"discussion_post\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"discussion_id\" uuid NOT NULL, \"author_person_id\" uuid, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_reason\" text, \"hidden_by_person_id\" uuid, CONSTRAINT \"PK_8722e6438f6ac65a54884312774\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_abb581f4704ec8ecc87f11df1a\" ON \"discussion_post\"  (\"author_person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_618b117a2c94c4c6cc7e0f61a1\" ON \"discussion_post\"  (\"discussion_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"discussion_attachment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"post_id\" uuid NOT NULL, \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"size_bytes\" bigint NOT NULL, \"storage_key\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_21ea042d5a382ffac3579709f6f\" UNIQUE (\"storage_key\"), CONSTRAINT \"PK_6a9b71a443359bfae8fba5f4389\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_eb72d95304c80610e85df17fe3\" ON \"discussion_attachment\"  (\"post_id\") ");
    await queryRunner.query("CREATE TABLE \"discussion_mention\" (\"post_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, CONSTRAINT \"PK_c9f27630f5860f55b8f8ba54ec2\" PRIMARY KEY (\"post_id\", \"person_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6ab22ed8492e1f516fd6a63b4d\" ON \"discussion_mention\"  (\"person_id\") ");
    await queryRunner.query("CREATE TABLE \"discussion_read\" (\"discussion_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"last_read_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_2d12fd9d13a2277b6108b986897\" PRIMARY KEY (\"discussion_id\", \"person_id\"))");
    await queryRunner.query("CREATE TABLE \"discussion_report\" (\"post_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_852df97f837aba9ec3bda58b0bd\" PRIMARY KEY (\"post_id\", \"person_id\"))");
    await queryRunner.query("ALTER TABLE \"directory_profile\" ADD CONSTRAINT \"FK_c264c8bc1f3a1017f0c85c124bc\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion\" ADD CONSTRAINT \"FK_07dde5efde33aa81e3110dae4f8\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion\" ADD CONSTRAINT \"FK_7d1e243b8b56b3db730ccc00a4d\" FOREIGN KEY (\"group_id\") REFERENCES \"network_group\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion\" ADD CONSTRAINT \"FK_8980b4288e66132706636ee8893\" FOREIGN KEY (\"author_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_post\" ADD CONSTRAINT \"FK_aec942c42547cba26fd1db62f48\" FOREIGN KEY (\"discussion_id\") REFERENCES \"discussion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_post\" ADD CONSTRAINT \"FK_abb581f4704ec8ecc87f11df1ac\" FOREIGN KEY (\"author_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_post\" ADD CONSTRAINT \"FK_ecd7950c5a805fef40321684088\" FOREIGN KEY (\"hidden_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_attachment\" ADD CONSTRAINT \"FK_eb72d95304c80610e85df17fe39\" FOREIGN KEY (\"post_id\") REFERENCES \"discussion_post\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_mention\" ADD CONSTRAINT \"FK_d46541794fd6e47096c121065d7\" FOREIGN KEY (\"post_id\") REFERENCES \"discussion_post\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_mention\" ADD CONSTRAINT \"FK_6ab22ed8492e1f516fd6a63b4df\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_read\" ADD CONSTRAINT \"FK_2959c34d72175f1027e1ecc7eef\" FOREIGN KEY (\"discussion_id\") REFERENCES \"discussion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_read\" ADD CONSTRAINT \"FK_7b16dd26304a982dc541e600f5f\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_report\" ADD CONSTRAINT \"FK_07ee7aa8afa3453d7341ed7617d\" FOREIGN KEY (\"post_id\") REFERENCES \"discussion_post\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_report\" ADD CONSTRAINT \"FK_624bf8b6a7fe6da38cf3fdff321\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"discussion_report\" DROP CONSTRAINT \"FK_624bf8b6a7fe6da38cf3fdff321\"");
    await queryRunner.query("ALTER TABLE \"discussion_report\" DROP CONSTRAINT \"FK_07ee7aa8afa3453d7341ed7617d\"");
    await queryRunner.query("ALTER TABLE \"discussion_read\" DROP CONSTRAINT \"FK_7b16dd26304a982dc541e600f5f\"");
    await queryRunner.query("ALTER TABLE \"discussion_read\" DROP CONSTRAINT \"FK_2959c34d72175f1027e1ecc7eef\"");
    await queryRunner.query("ALTER TABLE \"discussion_mention\" DROP CONSTRAINT \"FK_6ab22ed8492e1f516fd6a63b4df\"");
    await queryRunner.query("ALTER TABLE \"discussion_mention\" DROP CONSTRAINT \"FK_d46541794fd6e47096c121065d7\"");
    await queryRunner.query("ALTER TABLE \"discussion_attachment\" DROP CONSTRAINT \"FK_eb72d95304c80610e85df17fe39\"");
    await queryRunner.query("ALTER TABLE \"discussion_post\" DROP CONSTRAINT \"FK_ecd7950c5a805fef40321684088\"");
    await queryRunner.query("ALTER TABLE \"discussion_post\" DROP CONSTRAINT \"FK_abb581f4704ec8ecc87f11df1ac\"");
    await queryRunner.query("ALTER TABLE \"discussion_post\" DROP CONSTRAINT \"FK_aec942c42547cba26fd1db62f48\"");
    await queryRunner.query("ALTER TABLE \"discussion\" DROP CONSTRAINT \"FK_8980b4288e66132706636ee8893\"");
    await queryRunner.query("ALTER TABLE \"discussion\" DROP CONSTRAINT \"FK_7d1e243b8b56b3db730ccc00a4d\"");
    await queryRunner.query("ALTER TABLE \"discussion\" DROP CONSTRAINT \"FK_07dde5efde33aa81e3110dae4f8\"");
    await queryRunner.query("ALTER TABLE \"directory_profile\" DROP CONSTRAINT \"FK_c264c8bc1f3a1017f0c85c124bc\"");
    await queryRunner.query("DROP TABLE \"discussion_report\"");
    await queryRunner.query("DROP TABLE \"discussion_read\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6ab22ed8492e1f516fd6a63b4d\"");
    await queryRunner.query("DROP TABLE \"discussion_mention\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eb72d95304c80610e85df17fe3\"");
    await queryRunner.query("DROP TABLE \"discussion_attachment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_618b117a2c94c4c6cc7e0f61a1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_abb581f4704ec8ecc87f11df1a\"");
    await queryRunner.query("DROP TABLE \"discussion_post\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_40de75bc79ae52d2c85b6e0468\"");
    await queryRunner.query("DROP TABLE \"discussion\"");
    await queryRunner.query("DROP TABLE \"directory_profile\"");
  }
}
