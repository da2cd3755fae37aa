import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PUBLISHED_SCHOOL_HOLIDAYS } from '../../calendar/published-school-holidays';

export class ClosedDays1796282522823 implements MigrationInterface {
  name = 'ClosedDays1796282522823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"closed_period\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"name\" text NOT NULL, \"first_day\" date NOT NULL, \"last_day\" date NOT NULL, \"region\" text, \"school_year\" integer, \"programme_id\" uuid, \"source\" text NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"closed_period_school_holiday_shape\" CHECK ((kind = 'school_holiday' AND region IS NOT NULL AND school_year IS NOT NULL AND programme_id IS NULL AND source IN ('published', 'imported'))\n   OR (kind = 'closed_day' AND school_year IS NULL AND source = 'office')), CONSTRAINT \"closed_period_region_known\" CHECK (region IS NULL OR region IN ('noord', 'midden', 'zuid')), CONSTRAINT \"closed_period_days_in_order\" CHECK (last_day >= first_day), CONSTRAINT \"PK_c49e81a84387c4a69777849bb58\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_43dad5a1f38421367d149e35df\" ON \"closed_period\"  (\"last_day\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bd849804ca256657e136d0a6de\" ON \"closed_period\"  (\"programme_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"closed_period_school_holiday_unique\" ON \"closed_period\"  (\"school_year\", \"region\", \"name\") WHERE kind = 'school_holiday'");
    await queryRunner.query("ALTER TABLE \"closed_period\" ADD CONSTRAINT \"FK_bd849804ca256657e136d0a6dea\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"closed_period\" ADD CONSTRAINT \"FK_5ded7d3cd6ba161184423b5fecd\" FOREIGN KEY (\"created_by_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // The school-holiday tables Koers ships; a table imported later for the same year replaces them.
    await queryRunner.query(
      `INSERT INTO closed_period (kind, name, first_day, last_day, region, school_year, source)
       SELECT 'school_holiday', holiday.name, holiday.first_day, holiday.last_day, holiday.region, holiday.school_year, 'published'
         FROM unnest($1::text[], $2::date[], $3::date[], $4::text[], $5::int[]) AS holiday(name, first_day, last_day, region, school_year)
       ON CONFLICT (school_year, region, name) WHERE kind = 'school_holiday' DO NOTHING`,
      [
        PUBLISHED_SCHOOL_HOLIDAYS.map(({ name }) => name),
        PUBLISHED_SCHOOL_HOLIDAYS.map(({ firstDay }) => firstDay),
        PUBLISHED_SCHOOL_HOLIDAYS.map(({ lastDay }) => lastDay),
        PUBLISHED_SCHOOL_HOLIDAYS.map(({ region }) => region),
        PUBLISHED_SCHOOL_HOLIDAYS.map(({ schoolYear }) => schoolYear),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"closed_period\" DROP CONSTRAINT \"FK_5ded7d3cd6ba161184423b5fecd\"");
    await queryRunner.query("ALTER TABLE \"closed_period\" DROP CONSTRAINT \"FK_bd849804ca256657e136d0a6dea\"");
    await queryRunner.query("DROP INDEX \"public\".\"closed_period_school_holiday_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bd849804ca256657e136d0a6de\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_43dad5a1f38421367d149e35df\"");
    await queryRunner.query("DROP TABLE \"closed_period\"");
  }
}
