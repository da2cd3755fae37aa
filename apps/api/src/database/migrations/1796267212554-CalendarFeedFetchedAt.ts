import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedFetchedAt1796267212554 implements MigrationInterface {
  name = 'CalendarFeedFetchedAt1796267212554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"person\" ADD \"calendar_feed_fetched_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"calendar_feed_fetched_at\"");
  }
}
