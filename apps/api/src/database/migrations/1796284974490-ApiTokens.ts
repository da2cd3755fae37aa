import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokens1796284974490 implements MigrationInterface {
  name = 'ApiTokens1796284974490';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"api_token_scope\" AS ENUM('read', 'write')");
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" text NOT NULL, \"person_id\" uuid NOT NULL, \"name\" text NOT NULL, \"scope\" \"public\".\"api_token_scope\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"UQ_bafaa5aab5957cd193fb2da8f24\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_d862311c568d175c26f41bc6f98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e2d4e4aec6ea48547b08e409f9\" ON \"api_token\"  (\"person_id\") ");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"FK_e2d4e4aec6ea48547b08e409f9b\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"FK_e2d4e4aec6ea48547b08e409f9b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e2d4e4aec6ea48547b08e409f9\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
    await queryRunner.query("DROP TYPE \"public\".\"api_token_scope\"");
  }
}
