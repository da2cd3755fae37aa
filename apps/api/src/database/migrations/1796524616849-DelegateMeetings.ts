import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DelegateMeetings1796524616849 implements MigrationInterface {
  name = 'DelegateMeetings1796524616849';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"session_rsvp_delegate_person\" ON \"session_rsvp\"  (\"delegate_person_id\") WHERE response = 'delegate'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"session_rsvp_delegate_person\"");
  }
}
