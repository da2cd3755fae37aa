import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An edition's name is taken whatever its capitals ("his-i 2.0" beside "HIS-I 2.0" reads as the same edition in every
 * list, mail and calendar), as a programme's code is. Names that already differ only in capitals keep the oldest and
 * number the others, so the index can be made.
 */
export class EditionNameAnyCase1796613000000 implements MigrationInterface {
  name = 'EditionNameAnyCase1796613000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE edition e SET name = e.name || ' (' || same.n || ')'
         FROM (SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY created_at, id) AS n FROM edition) same
        WHERE e.id = same.id AND same.n > 1`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "edition_name_any_case" ON "edition" (lower("name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "edition_name_any_case"`);
  }
}
