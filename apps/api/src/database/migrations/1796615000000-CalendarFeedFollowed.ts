import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fetch of a person's calendar feed before the latest (each kept to the hour): a calendar that follows the feed
 * fetches it again and again, while one download (a click, a one-off import) fetches it once.
 */
export class CalendarFeedFollowed1796615000000 implements MigrationInterface {
  name = 'CalendarFeedFollowed1796615000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "person" ADD "calendar_feed_previous_fetch_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "person" DROP COLUMN "calendar_feed_previous_fetch_at"');
  }
}
