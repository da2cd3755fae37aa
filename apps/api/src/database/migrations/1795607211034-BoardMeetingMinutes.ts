import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Minutes of board meetings as published to the directors, apart from the trainers' own session notes. */
export class BoardMeetingMinutes1795607211034 implements MigrationInterface {
  name = 'BoardMeetingMinutes1795607211034';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"board_meeting_minutes\" (\"session_id\" uuid NOT NULL, \"text\" text NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_by_person_id\" uuid, CONSTRAINT \"PK_e3c9bcd14f2643be0403fd5c97c\" PRIMARY KEY (\"session_id\"))");
    await queryRunner.query("ALTER TABLE \"board_meeting_minutes\" ADD CONSTRAINT \"FK_e3c9bcd14f2643be0403fd5c97c\" FOREIGN KEY (\"session_id\") REFERENCES \"session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"board_meeting_minutes\" ADD CONSTRAINT \"FK_24139179e12c925210874ac44e5\" FOREIGN KEY (\"published_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"board_meeting_minutes\" DROP CONSTRAINT \"FK_24139179e12c925210874ac44e5\"");
    await queryRunner.query("ALTER TABLE \"board_meeting_minutes\" DROP CONSTRAINT \"FK_e3c9bcd14f2643be0403fd5c97c\"");
    await queryRunner.query("DROP TABLE \"board_meeting_minutes\"");
  }
}
