import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicProgrammePages1796285978730 implements MigrationInterface {
  name = 'PublicProgrammePages1796285978730';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme\" ADD \"slug\" text");
    await queryRunner.query("ALTER TABLE \"programme\" ADD CONSTRAINT \"UQ_48ca0f489af8df8f1edbf57768f\" UNIQUE (\"slug\")");
    await queryRunner.query("ALTER TABLE \"programme\" ADD \"audience\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"edition\" ADD \"open_for_applications\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"edition\" ADD \"application_deadline\" date");
    await queryRunner.query("ALTER TABLE \"edition\" ADD \"price_cents\" integer");
    await queryRunner.query("ALTER TABLE \"programme\" ADD CONSTRAINT \"programme_slug_format\" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')");
    await queryRunner.query("ALTER TABLE \"edition\" ADD CONSTRAINT \"edition_price_not_negative\" CHECK (price_cents IS NULL OR price_cents >= 0)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"edition\" DROP CONSTRAINT \"edition_price_not_negative\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP CONSTRAINT \"programme_slug_format\"");
    await queryRunner.query("ALTER TABLE \"edition\" DROP COLUMN \"price_cents\"");
    await queryRunner.query("ALTER TABLE \"edition\" DROP COLUMN \"application_deadline\"");
    await queryRunner.query("ALTER TABLE \"edition\" DROP COLUMN \"open_for_applications\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP COLUMN \"audience\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP CONSTRAINT \"UQ_48ca0f489af8df8f1edbf57768f\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP COLUMN \"slug\"");
  }
}
