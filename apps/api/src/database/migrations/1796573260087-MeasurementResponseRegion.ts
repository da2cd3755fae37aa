import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A response counts for its organisation's region when it was answered; the responses stored before keep the region
 * their organisation has now, the best that is known of then.
 */
export class MeasurementResponseRegion1796573260087 implements MigrationInterface {
  name = 'MeasurementResponseRegion1796573260087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD \"region_id\" uuid");
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD CONSTRAINT \"FK_ce4899d2cc1048ca62ac5e32c0a\" FOREIGN KEY (\"region_id\") REFERENCES \"region\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query(`UPDATE measurement_response resp SET region_id = o.region_id FROM organisation o WHERE o.id = resp.organisation_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP CONSTRAINT \"FK_ce4899d2cc1048ca62ac5e32c0a\"");
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP COLUMN \"region_id\"");
  }
}
