import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round of an internal-team day knows its day, so it can follow that day when it moves. Existing rounds get the day
 * their window was made from: the edition's n-th internal-team day that takes place, n being the round's occurrence.
 */
export class MeasurementRoundSession1796493019077 implements MigrationInterface {
  name = 'MeasurementRoundSession1796493019077';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_round\" ADD \"session_id\" uuid");
    await queryRunner.query("CREATE INDEX \"measurement_round_session\" ON \"measurement_round\"  (\"session_id\") WHERE session_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"measurement_round\" ADD CONSTRAINT \"FK_85c38a9c5e939d3b98200260e3b\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query(`
      UPDATE measurement_round r SET session_id = d.id
        FROM (SELECT s.id, s.edition_id, row_number() OVER (PARTITION BY s.edition_id ORDER BY s.starts_at)::int AS n
                FROM session s
               WHERE s.kind = 'programme_day' AND s.status <> 'cancelled' AND s.network_group_id IS NULL AND s.audience_internal_teams) d
       WHERE r.moment = 'internal_team_days' AND d.edition_id = r.edition_id AND d.n = r.occurrence`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_round\" DROP CONSTRAINT \"FK_85c38a9c5e939d3b98200260e3b\"");
    await queryRunner.query("DROP INDEX \"public\".\"measurement_round_session\"");
    await queryRunner.query("ALTER TABLE \"measurement_round\" DROP COLUMN \"session_id\"");
  }
}
