import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An edition keeps the region whose school holidays the opening wizard planned it around, so adding or moving a
 * session later asks before putting it in one. Editions opened before know none, as before.
 */
export class EditionSchoolHolidayRegion1796493246627 implements MigrationInterface {
  name = 'EditionSchoolHolidayRegion1796493246627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"edition\" ADD \"school_holiday_region\" text");
    await queryRunner.query("ALTER TABLE \"edition\" ADD CONSTRAINT \"edition_school_holiday_region_known\" CHECK (school_holiday_region IS NULL OR school_holiday_region IN ('noord', 'midden', 'zuid'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"edition\" DROP CONSTRAINT \"edition_school_holiday_region_known\"");
    await queryRunner.query("ALTER TABLE \"edition\" DROP COLUMN \"school_holiday_region\"");
  }
}
