import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is expected at a session (see NetworkGroupsAndWorkshops1796266885694): a director whose participants all wait on
 * the waiting list waits too, and so do their delegate and the internal team of a participant who waits: no board
 * meetings or team days in their schedule, calendar, roster or reminders, also once such a session has started,
 * until one of them has a place. A director counts as having one at a session when a participant they sponsor had a
 * place at its start (was given it no later); a session where someone's attendance was recorded keeps them, so a mark
 * stays readable and correctable after their participants came to wait. (A director sponsoring nobody is withdrawn
 * with their last participant, so that case does not arise in use.)
 */
const WAITS_AT = (director: string, edition: string, session: string, attendee: string) => `(
           NOT EXISTS (SELECT 1 FROM enrolment sponsored
                        WHERE sponsored.director_person_id = ${director} AND sponsored.edition_id = ${edition}
                          AND sponsored.role = 'participant' AND sponsored.status = 'active' AND sponsored.enrolled_at <= ${session}.starts_at)
           AND EXISTS (SELECT 1 FROM enrolment sponsored
                        WHERE sponsored.director_person_id = ${director} AND sponsored.edition_id = ${edition}
                          AND sponsored.role = 'participant' AND sponsored.status = 'waitlisted')
           AND NOT EXISTS (SELECT 1 FROM attendance marked WHERE marked.session_id = ${session}.id AND marked.person_id = ${attendee}))`;

const WITH_WAITING = `
  CREATE OR REPLACE VIEW expected_attendee AS
  SELECT s.id AS session_id, e.person_id, e.role::text AS role, e.id AS enrolment_id, NULL::uuid AS delegate_of_person_id
    FROM session s
    JOIN enrolment e ON e.edition_id = s.edition_id AND e.status = 'active'
   WHERE ((e.role = 'participant' AND s.audience_participants)
       OR (e.role = 'internal_team_member' AND s.audience_internal_teams
           AND NOT EXISTS (SELECT 1 FROM enrolment supported WHERE supported.id = e.supports_enrolment_id AND supported.status = 'waitlisted'))
       OR (e.role = 'director' AND s.audience_directors AND NOT ${WAITS_AT('e.person_id', 'e.edition_id', 's', 'e.person_id')}))
     AND (s.network_group_id IS NULL OR EXISTS (
           SELECT 1 FROM network_group_member m JOIN enrolment member ON member.id = m.enrolment_id
            WHERE m.network_group_id = s.network_group_id
              AND m.joined_at <= s.starts_at AND (m.left_at IS NULL OR m.left_at > s.starts_at)
              AND (m.enrolment_id = e.id OR m.enrolment_id = e.supports_enrolment_id
                   OR (e.role = 'director' AND member.director_person_id = e.person_id))))
  UNION ALL
  SELECT st.session_id, st.person_id, st.role::text, NULL, NULL
    FROM session_staff st
   WHERE st.person_id IS NOT NULL
  UNION ALL
  SELECT r.session_id, r.delegate_person_id, 'delegate', NULL, r.person_id
    FROM session_rsvp r JOIN session s ON s.id = r.session_id
   WHERE r.response = 'delegate' AND r.delegate_person_id IS NOT NULL
     AND NOT ${WAITS_AT('r.person_id', 's.edition_id', 's', 'r.delegate_person_id')}`;

/** The view as NetworkGroupsAndWorkshops1796266885694 left it. */
const BEFORE = `
  CREATE OR REPLACE VIEW expected_attendee AS
  SELECT s.id AS session_id, e.person_id, e.role::text AS role, e.id AS enrolment_id, NULL::uuid AS delegate_of_person_id
    FROM session s
    JOIN enrolment e ON e.edition_id = s.edition_id AND e.status = 'active'
   WHERE ((e.role = 'participant' AND s.audience_participants)
       OR (e.role = 'internal_team_member' AND s.audience_internal_teams)
       OR (e.role = 'director' AND s.audience_directors))
     AND (s.network_group_id IS NULL OR EXISTS (
           SELECT 1 FROM network_group_member m JOIN enrolment member ON member.id = m.enrolment_id
            WHERE m.network_group_id = s.network_group_id
              AND m.joined_at <= s.starts_at AND (m.left_at IS NULL OR m.left_at > s.starts_at)
              AND (m.enrolment_id = e.id OR m.enrolment_id = e.supports_enrolment_id
                   OR (e.role = 'director' AND member.director_person_id = e.person_id))))
  UNION ALL
  SELECT st.session_id, st.person_id, st.role::text, NULL, NULL
    FROM session_staff st
   WHERE st.person_id IS NOT NULL
  UNION ALL
  SELECT r.session_id, r.delegate_person_id, 'delegate', NULL, r.person_id
    FROM session_rsvp r
   WHERE r.response = 'delegate' AND r.delegate_person_id IS NOT NULL`;

export class DirectorsExpectedWithAPlace1796612000000 implements MigrationInterface {
  name = 'DirectorsExpectedWithAPlace1796612000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(WITH_WAITING);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(BEFORE);
  }
}
