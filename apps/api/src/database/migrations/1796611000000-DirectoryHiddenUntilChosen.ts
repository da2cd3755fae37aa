import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who's who: `hidden` is null until a person chooses, so that those only in internal teams start hidden
 * (DirectoryProfile.hidden). A row saved before this (a choice made, or a photo or introduction) keeps its value.
 */
export class DirectoryHiddenUntilChosen1796611000000 implements MigrationInterface {
  name = 'DirectoryHiddenUntilChosen1796611000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directory_profile\" ALTER COLUMN \"hidden\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"directory_profile\" ALTER COLUMN \"hidden\" DROP DEFAULT");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE \"directory_profile\" SET \"hidden\" = false WHERE \"hidden\" IS NULL");
    await queryRunner.query("ALTER TABLE \"directory_profile\" ALTER COLUMN \"hidden\" SET DEFAULT false");
    await queryRunner.query("ALTER TABLE \"directory_profile\" ALTER COLUMN \"hidden\" SET NOT NULL");
  }
}
