import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is expected at a session (see ExpectedAttendeeView1795606900000), now with network groups: a session of one
 * network group expects, of those its audience names, only the people of that group's members at the session's
 * start (the participant, their internal team, their director); its staff as before. Membership has dates, so a
 * participant moved to another group stays expected at the old group's sessions before the move.
 */
const EXPECTED_ATTENDEE_WITH_GROUPS = `
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

const EXPECTED_ATTENDEE_WITHOUT_GROUPS = `
  CREATE OR REPLACE VIEW expected_attendee AS
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
   WHERE r.response = 'delegate' AND r.delegate_person_id IS NOT NULL`;

export class NetworkGroupsAndWorkshops1796266885694 implements MigrationInterface {
  name = 'NetworkGroupsAndWorkshops1796266885694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"network_group\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"edition_id\" uuid NOT NULL, \"name\" text NOT NULL, \"position\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_9ed19fe718370ac953c3cb76cb8\" UNIQUE (\"edition_id\", \"name\"), CONSTRAINT \"PK_d63c00e0131971288c81d3aac0f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"network_group_facilitator\" (\"network_group_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, CONSTRAINT \"PK_c30b62ce997dbfbb16a473fd4da\" PRIMARY KEY (\"network_group_id\", \"person_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_825f2d57e5133fcb4ff258894d\" ON \"network_group_facilitator\"  (\"person_id\") ");
    await queryRunner.query("CREATE TABLE \"network_group_member\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"network_group_id\" uuid NOT NULL, \"enrolment_id\" uuid NOT NULL, \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"left_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_3c809d45eef8ecb3edcadaf0ada\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f21ca36bf25671fd80c34d7c1a\" ON \"network_group_member\"  (\"network_group_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_78b830174dbbb2aec8ee9a0175\" ON \"network_group_member\"  (\"enrolment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"network_group_member_one_current\" ON \"network_group_member\"  (\"enrolment_id\") WHERE left_at IS NULL");
    await queryRunner.query("CREATE TABLE \"workshop\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"title\" text NOT NULL, \"speaker\" text NOT NULL DEFAULT '', \"room\" text NOT NULL DEFAULT '', \"capacity\" integer NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"workshop_capacity_positive\" CHECK (capacity > 0), CONSTRAINT \"PK_e755b83ccf7c711f998012e1c92\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_21e5e5cbbc5e57d7fda360db39\" ON \"workshop\"  (\"session_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"workshop_choice_status\" AS ENUM('placed', 'waitlisted')");
    await queryRunner.query("CREATE TABLE \"workshop_choice\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"workshop_id\" uuid NOT NULL, \"status\" \"public\".\"workshop_choice_status\" NOT NULL, \"chosen_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"assigned_by_person_id\" uuid, CONSTRAINT \"UQ_52e6997d3f77d6e4f809ea4bbc2\" UNIQUE (\"session_id\", \"person_id\"), CONSTRAINT \"PK_d99d63f27ace25bb6d7eedf0ba1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_13c9802c910197234f37ec52fd\" ON \"workshop_choice\"  (\"person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5f1e880e5e17d06118c9d9eb1d\" ON \"workshop_choice\"  (\"workshop_id\", \"status\", \"chosen_at\") ");
    await queryRunner.query("ALTER TABLE \"session\" ADD \"network_group_id\" uuid");
    await queryRunner.query("ALTER TABLE \"session\" ADD \"workshop_choice_closes_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"IDX_05a2d1e6960e9f05d65a57fcf5\" ON \"session\"  (\"network_group_id\") ");
    await queryRunner.query("ALTER TABLE \"network_group\" ADD CONSTRAINT \"FK_c3918e67078ad2eca651b9534a7\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_05a2d1e6960e9f05d65a57fcf55\" FOREIGN KEY (\"network_group_id\") REFERENCES \"network_group\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_group_facilitator\" ADD CONSTRAINT \"FK_f6277607c615d559588a6c65b0b\" FOREIGN KEY (\"network_group_id\") REFERENCES \"network_group\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_group_facilitator\" ADD CONSTRAINT \"FK_825f2d57e5133fcb4ff258894df\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_group_member\" ADD CONSTRAINT \"FK_f21ca36bf25671fd80c34d7c1ac\" FOREIGN KEY (\"network_group_id\") REFERENCES \"network_group\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_group_member\" ADD CONSTRAINT \"FK_78b830174dbbb2aec8ee9a0175b\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"enrolment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workshop\" ADD CONSTRAINT \"FK_21e5e5cbbc5e57d7fda360db393\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD CONSTRAINT \"FK_bf09f7fe505a773a2ca7e70df90\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD CONSTRAINT \"FK_13c9802c910197234f37ec52fd5\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD CONSTRAINT \"FK_d9faec0ac7dd2fb70cb05e15aa6\" FOREIGN KEY (\"workshop_id\") REFERENCES \"workshop\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD CONSTRAINT \"FK_e6cb292098764f0bd711520ac8a\" FOREIGN KEY (\"assigned_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query(EXPECTED_ATTENDEE_WITH_GROUPS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(EXPECTED_ATTENDEE_WITHOUT_GROUPS);
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP CONSTRAINT \"FK_e6cb292098764f0bd711520ac8a\"");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP CONSTRAINT \"FK_d9faec0ac7dd2fb70cb05e15aa6\"");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP CONSTRAINT \"FK_13c9802c910197234f37ec52fd5\"");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP CONSTRAINT \"FK_bf09f7fe505a773a2ca7e70df90\"");
    await queryRunner.query("ALTER TABLE \"workshop\" DROP CONSTRAINT \"FK_21e5e5cbbc5e57d7fda360db393\"");
    await queryRunner.query("ALTER TABLE \"network_group_member\" DROP CONSTRAINT \"FK_78b830174dbbb2aec8ee9a0175b\"");
    await queryRunner.query("ALTER TABLE \"network_group_member\" DROP CONSTRAINT \"FK_f21ca36bf25671fd80c34d7c1ac\"");
    await queryRunner.query("ALTER TABLE \"network_group_facilitator\" DROP CONSTRAINT \"FK_825f2d57e5133fcb4ff258894df\"");
    await queryRunner.query("ALTER TABLE \"network_group_facilitator\" DROP CONSTRAINT \"FK_f6277607c615d559588a6c65b0b\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_05a2d1e6960e9f05d65a57fcf55\"");
    await queryRunner.query("ALTER TABLE \"network_group\" DROP CONSTRAINT \"FK_c3918e67078ad2eca651b9534a7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_05a2d1e6960e9f05d65a57fcf5\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"workshop_choice_closes_at\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"network_group_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5f1e880e5e17d06118c9d9eb1d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_13c9802c910197234f37ec52fd\"");
    await queryRunner.query("DROP TABLE \"workshop_choice\"");
    await queryRunner.query("DROP TYPE \"public\".\"workshop_choice_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_21e5e5cbbc5e57d7fda360db39\"");
    await queryRunner.query("DROP TABLE \"workshop\"");
    await queryRunner.query("DROP INDEX \"public\".\"network_group_member_one_current\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_78b830174dbbb2aec8ee9a0175\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f21ca36bf25671fd80c34d7c1a\"");
    await queryRunner.query("DROP TABLE \"network_group_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_825f2d57e5133fcb4ff258894d\"");
    await queryRunner.query("DROP TABLE \"network_group_facilitator\"");
    await queryRunner.query("DROP TABLE \"network_group\"");
  }
}
