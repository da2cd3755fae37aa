import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session record gets private staff notes besides the notes for participants. Existing notes stay in `notes`:
 * participants could read them until now, so they stay in the part participants read; the private part starts empty.
 */
export class SessionStaffNotes1796267305892 implements MigrationInterface {
  name = 'SessionStaffNotes1796267305892';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session\" ADD \"staff_notes\" text NOT NULL DEFAULT ''");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"staff_notes\"");
  }
}
