import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1796251578285 implements MigrationInterface {
  name = 'Invitations1796251578285';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"invitation_kind\" AS ENUM('internal_team', 'delegate')");
    await queryRunner.query("CREATE TYPE \"public\".\"invitation_status\" AS ENUM('pending', 'accepted', 'declined', 'withdrawn')");
    await queryRunner.query("CREATE TABLE \"invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" \"public\".\"invitation_kind\" NOT NULL, \"status\" \"public\".\"invitation_status\" NOT NULL DEFAULT 'pending', \"invited_by_person_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"name\" text NOT NULL, \"email\" text NOT NULL, \"edition_id\" uuid NOT NULL, \"supports_enrolment_id\" uuid, \"role_in_organisation\" text, \"session_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"responded_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"invitation_target\" CHECK ((kind = 'internal_team' AND supports_enrolment_id IS NOT NULL AND role_in_organisation IS NOT NULL AND session_id IS NULL)\n   OR (kind = 'delegate' AND session_id IS NOT NULL AND supports_enrolment_id IS NULL)), CONSTRAINT \"PK_beb994737756c0f18a1c1f8669c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ee3a3719275731c53e8a56341f\" ON \"invitation\"  (\"invited_by_person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4be570c96b50f42ee2392a42c9\" ON \"invitation\"  (\"person_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"invitation_one_pending_delegate\" ON \"invitation\"  (\"session_id\", \"invited_by_person_id\") WHERE status = 'pending'");
    await queryRunner.query("CREATE UNIQUE INDEX \"invitation_one_pending_team_member\" ON \"invitation\"  (\"supports_enrolment_id\", \"person_id\") WHERE status = 'pending'");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_ee3a3719275731c53e8a56341fd\" FOREIGN KEY (\"invited_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_4be570c96b50f42ee2392a42c99\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_df7c56d249cd2c21d22e6d8fec7\" FOREIGN KEY (\"edition_id\") REFERENCES \"edition\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_a4e304b4e15de20c48992a7c556\" FOREIGN KEY (\"supports_enrolment_id\") REFERENCES \"enrolment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_7886e69dcd7d25d9f445d96c38c\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_7886e69dcd7d25d9f445d96c38c\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_a4e304b4e15de20c48992a7c556\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_df7c56d249cd2c21d22e6d8fec7\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_4be570c96b50f42ee2392a42c99\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_ee3a3719275731c53e8a56341fd\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitation_one_pending_team_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitation_one_pending_delegate\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4be570c96b50f42ee2392a42c9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ee3a3719275731c53e8a56341f\"");
    await queryRunner.query("DROP TABLE \"invitation\"");
    await queryRunner.query("DROP TYPE \"public\".\"invitation_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"invitation_kind\"");
  }
}
