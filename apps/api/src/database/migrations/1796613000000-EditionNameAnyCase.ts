import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An edition's name is taken whatever its capitals ("his-i 2.0" beside "HIS-I 2.0" reads as the same edition in every
 * list, mail and calendar), as a programme's code is. Names that already differ only in capitals keep the oldest and
 * number the others, so the index can be made.
 */
export class EditionNameAnyCase1796613000000 implements MigrationInterface {
  name = 'EditionNameAnyCase1796613000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Numbered from 2 on, skipping a number whose name exists already in any capitals ("HIS-I 2.0 (2)" made by hand).
    await queryRunner.query(
      `DO $$
       DECLARE
         alike record;
         n int;
         candidate text;
       BEGIN
         FOR alike IN SELECT id, name, row_number() OVER (PARTITION BY lower(name) ORDER BY created_at, id) AS k FROM edition LOOP
           CONTINUE WHEN alike.k = 1;
           n := alike.k;
           LOOP
             candidate := alike.name || ' (' || n || ')';
             EXIT WHEN NOT EXISTS (SELECT 1 FROM edition WHERE lower(name) = lower(candidate));
             n := n + 1;
           END LOOP;
           RAISE NOTICE 'Edition % renamed to % (its name differed from another only in capitals)', alike.name, candidate;
           UPDATE edition SET name = candidate WHERE id = alike.id;
         END LOOP;
       END $$`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "edition_name_any_case" ON "edition" (lower("name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "edition_name_any_case"`);
  }
}
