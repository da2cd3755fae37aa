import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonChangeHistory1796267423563 implements MigrationInterface {
  name = 'PersonChangeHistory1796267423563';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"person_field\" AS ENUM('name', 'email', 'organisation')");
    await queryRunner.query("CREATE TABLE \"person_change\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"person_id\" uuid NOT NULL, \"field\" \"public\".\"person_field\" NOT NULL, \"old_value\" text, \"new_value\" text, \"changed_by_person_id\" uuid, \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_49537aa7590863d496e06b0fd99\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5b53a11614b8a9c528d5fd3706\" ON \"person_change\"  (\"person_id\", \"changed_at\") ");
    await queryRunner.query("ALTER TABLE \"person_change\" ADD CONSTRAINT \"FK_fbd26270daf3aa059ed399d1d0d\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"person_change\" ADD CONSTRAINT \"FK_710d1caba03c887fe268580986d\" FOREIGN KEY (\"changed_by_person_id\") REFERENCES \"person\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"person_change\" DROP CONSTRAINT \"FK_710d1caba03c887fe268580986d\"");
    await queryRunner.query("ALTER TABLE \"person_change\" DROP CONSTRAINT \"FK_fbd26270daf3aa059ed399d1d0d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5b53a11614b8a9c528d5fd3706\"");
    await queryRunner.query("DROP TABLE \"person_change\"");
    await queryRunner.query("DROP TYPE \"public\".\"person_field\"");
  }
}
