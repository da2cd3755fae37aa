import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompletionReached1796283069304 implements MigrationInterface {
  name = 'CompletionReached1796283069304';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"completion_reached\" (\"enrolment_id\" uuid NOT NULL, \"reached_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_30b3f33870c47617a531da35879\" PRIMARY KEY (\"enrolment_id\"))");
    await queryRunner.query("ALTER TABLE \"completion_reached\" ADD CONSTRAINT \"FK_30b3f33870c47617a531da35879\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"enrolment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"completion_reached\" DROP CONSTRAINT \"FK_30b3f33870c47617a531da35879\"");
    await queryRunner.query("DROP TABLE \"completion_reached\"");
  }
}
