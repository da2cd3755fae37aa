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
    // Those hidden until they chose stay hidden: an explicit choice for whoever is only in internal teams.
    const onlyInTeams = `NOT EXISTS (SELECT 1 FROM enrolment x WHERE x.person_id = p.id AND x.status = 'active' AND x.role <> 'internal_team_member')
                     AND EXISTS (SELECT 1 FROM enrolment x WHERE x.person_id = p.id AND x.status = 'active')`;
    await queryRunner.query(`INSERT INTO directory_profile (person_id, hidden) SELECT p.id, true FROM person p WHERE ${onlyInTeams} ON CONFLICT (person_id) DO NOTHING`);
    await queryRunner.query(`UPDATE directory_profile dp SET hidden = ${onlyInTeams.replaceAll('p.id', 'dp.person_id')} WHERE dp.hidden IS NULL`);
    await queryRunner.query("ALTER TABLE \"directory_profile\" ALTER COLUMN \"hidden\" SET DEFAULT false");
    await queryRunner.query("ALTER TABLE \"directory_profile\" ALTER COLUMN \"hidden\" SET NOT NULL");
  }
}
