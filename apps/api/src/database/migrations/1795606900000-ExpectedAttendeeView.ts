import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is expected at a session follows from its audience, in one place for the schedule, the calendar feed,
 * the roster, RSVPs and reminders: participants, internal-team members and directors by the session's audience
 * flags, the session's own staff, and delegates a director sent to a board meeting.
 */
export class ExpectedAttendeeView1795606900000 implements MigrationInterface {
  name = 'ExpectedAttendeeView1795606900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW expected_attendee AS
      SELECT s.id AS session_id, e.person_id, e.role::text AS role, e.id AS enrolment_id, NULL::uuid AS delegate_of_person_id
        FROM session s
        JOIN enrolment e ON e.edition_id = s.edition_id AND e.status = 'active'
       WHERE (e.role = 'participant' AND s.audience_participants)
          OR (e.role = 'internal_team_member' AND s.audience_internal_teams)
          OR (e.role = 'director' AND s.audience_directors)
      UNION ALL
      SELECT st.session_id, st.person_id, st.role::text, NULL, NULL
        FROM session_staff st
       WHERE st.person_id IS NOT NULL
      UNION ALL
      SELECT r.session_id, r.delegate_person_id, 'delegate', NULL, r.person_id
        FROM session_rsvp r
       WHERE r.response = 'delegate' AND r.delegate_person_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW expected_attendee`);
  }
}
