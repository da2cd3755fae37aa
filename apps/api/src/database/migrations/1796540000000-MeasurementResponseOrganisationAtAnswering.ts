import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A response counts for the participant's organisation when it was answered: the responses stored before that rule
 * keep the organisation their participant has now, the best that is known of then.
 */
export class MeasurementResponseOrganisationAtAnswering1796540000000 implements MigrationInterface {
  name = 'MeasurementResponseOrganisationAtAnswering1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE measurement_response resp SET organisation_id = p.organisation_id
         FROM enrolment pe JOIN person p ON p.id = pe.person_id
        WHERE resp.participant_enrolment_id = pe.id AND resp.organisation_id IS NULL`,
    );
  }

  async down(): Promise<void> {
    // The column stays; which organisations were filled in here is not known, and keeping them changes no figure.
  }
}
