import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Switching to a full workshop keeps one's place until the other has room (WorkshopChoice.wantsWorkshopId). */
export class WorkshopSwitchWaits1796610000000 implements MigrationInterface {
  name = 'WorkshopSwitchWaits1796610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD \"wants_workshop_id\" uuid");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD \"wants_since\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"IDX_66e05b2f75f245ae94048b5048\" ON \"workshop_choice\"  (\"wants_workshop_id\") ");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD CONSTRAINT \"workshop_choice_wants_only_when_placed\" CHECK (wants_workshop_id IS NULL OR status = 'placed')");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" ADD CONSTRAINT \"FK_66e05b2f75f245ae94048b5048a\" FOREIGN KEY (\"wants_workshop_id\") REFERENCES \"workshop\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP CONSTRAINT \"FK_66e05b2f75f245ae94048b5048a\"");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP CONSTRAINT \"workshop_choice_wants_only_when_placed\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_66e05b2f75f245ae94048b5048\"");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP COLUMN \"wants_since\"");
    await queryRunner.query("ALTER TABLE \"workshop_choice\" DROP COLUMN \"wants_workshop_id\"");
  }
}
