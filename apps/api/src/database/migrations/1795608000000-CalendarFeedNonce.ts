import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calendar feed addresses become derivable (HMAC of a per-person nonce), so they can be shown again; old addresses stop. */
export class CalendarFeedNonce1795608000000 implements MigrationInterface {
  name = 'CalendarFeedNonce1795608000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "UQ_4feac254bb1ebee2e532c50f7d7"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "calendar_token_hash"`);
    await queryRunner.query(`ALTER TABLE "person" ADD "calendar_feed_nonce" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "calendar_feed_nonce"`);
    await queryRunner.query(`ALTER TABLE "person" ADD "calendar_token_hash" text`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "UQ_4feac254bb1ebee2e532c50f7d7" UNIQUE ("calendar_token_hash")`);
  }
}
