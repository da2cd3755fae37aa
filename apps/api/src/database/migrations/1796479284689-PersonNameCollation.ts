import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People's names sort as people read them (ICU's root collation: Cécile before Chantal, Çelik among the C's), in every
 * list ordered by name; the database's own collation may be byte order. ICU is in every packaged PostgreSQL.
 */
export class PersonNameCollation1796479284689 implements MigrationInterface {
  name = 'PersonNameCollation1796479284689';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"person\" ALTER COLUMN \"name\" TYPE text COLLATE \"und-x-icu\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"person\" ALTER COLUMN \"name\" TYPE text COLLATE pg_catalog.\"default\"");
  }
}
