import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round of an internal-team day knows its day, so it can follow that day when it moves. Existing rounds get the day
 * their window was made from, found by its start (those rounds never moved); a round whose day cannot be told apart
 * keeps none, and its window, as before.
 */
export class MeasurementRoundSession1796493019077 implements MigrationInterface {
  name = 'MeasurementRoundSession1796493019077';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_round\" ADD \"session_id\" uuid");
    await queryRunner.query("CREATE INDEX \"measurement_round_session\" ON \"measurement_round\"  (\"session_id\") WHERE session_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"measurement_round\" ADD CONSTRAINT \"FK_85c38a9c5e939d3b98200260e3b\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // A round opened at its day's start as planned; a day moved since keeps that start in one of its change records
    // (read only where it has the form the API writes, so a stray value cannot stop the migration).
    await queryRunner.query(`
      WITH made_from AS (
        SELECT r.id AS round_id, (array_agg(DISTINCT s.id))[1] AS session_id
          FROM measurement_round r
          JOIN session s ON s.edition_id = r.edition_id AND s.kind = 'programme_day' AND s.audience_internal_teams AND s.network_group_id IS NULL
         WHERE r.moment = 'internal_team_days'
           AND (s.starts_at = r.opens_at
                OR EXISTS (SELECT 1 FROM session_change c
                            WHERE c.session_id = s.id
                              AND CASE WHEN c.previous->>'startsAt' ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)$'
                                       THEN (c.previous->>'startsAt')::timestamptz = r.opens_at END))
         GROUP BY r.id
        HAVING count(DISTINCT s.id) = 1)
      UPDATE measurement_round r SET session_id = m.session_id FROM made_from m WHERE r.id = m.round_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_round\" DROP CONSTRAINT \"FK_85c38a9c5e939d3b98200260e3b\"");
    await queryRunner.query("DROP INDEX \"public\".\"measurement_round_session\"");
    await queryRunner.query("ALTER TABLE \"measurement_round\" DROP COLUMN \"session_id\"");
  }
}
