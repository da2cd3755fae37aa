import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginMethod1796282688563 implements MigrationInterface {
  name = 'LoginMethod1796282688563';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"person\" ADD \"last_login_method\" text");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"last_login_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"login_session\" ADD \"login_method\" text NOT NULL DEFAULT 'password'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"login_session\" DROP COLUMN \"login_method\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"last_login_at\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"last_login_method\"");
  }
}
