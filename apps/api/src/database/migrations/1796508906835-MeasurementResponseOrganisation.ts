import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasurementResponseOrganisation1796508906835 implements MigrationInterface {
  name = 'MeasurementResponseOrganisation1796508906835';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD \"organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"measurement_response\" ADD CONSTRAINT \"FK_f6cf5dbde34240a72d8dd72f9dc\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP CONSTRAINT \"FK_f6cf5dbde34240a72d8dd72f9dc\"");
    await queryRunner.query("ALTER TABLE \"measurement_response\" DROP COLUMN \"organisation_id\"");
  }
}
