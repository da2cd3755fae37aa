import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionsAndRegionalProgrammeManagers1796293807210 implements MigrationInterface {
  name = 'RegionsAndRegionalProgrammeManagers1796293807210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"region\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, CONSTRAINT \"UQ_8d766fc1d4d2e72ecd5f6567a02\" UNIQUE (\"name\"), CONSTRAINT \"PK_5f48ffc3af96bc486f5f3f3a6da\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"regional_programme_manager\" (\"region_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"assigned_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_39db4c45234f843dc613633b6fa\" PRIMARY KEY (\"region_id\", \"person_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6906c8c7e027b460e89256cca8\" ON \"regional_programme_manager\"  (\"person_id\") ");
    await queryRunner.query("ALTER TABLE \"organisation\" ADD \"region_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_baf378a702da51ca448b9f7634\" ON \"organisation\"  (\"region_id\") ");
    await queryRunner.query("ALTER TABLE \"organisation\" ADD CONSTRAINT \"FK_baf378a702da51ca448b9f76340\" FOREIGN KEY (\"region_id\") REFERENCES \"region\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"regional_programme_manager\" ADD CONSTRAINT \"FK_04d941780f1ab7934d7298b8375\" FOREIGN KEY (\"region_id\") REFERENCES \"region\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"regional_programme_manager\" ADD CONSTRAINT \"FK_6906c8c7e027b460e89256cca83\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // The regional networks of Anders Werken in de Zorg that take part; the programme office puts organisations in them
    // (the free-text region typed at enrolment is a province as often as a network, so nothing is guessed from it).
    await queryRunner.query('INSERT INTO region (name) SELECT unnest($1::text[])', [NETWORK_REGIONS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"regional_programme_manager\" DROP CONSTRAINT \"FK_6906c8c7e027b460e89256cca83\"");
    await queryRunner.query("ALTER TABLE \"regional_programme_manager\" DROP CONSTRAINT \"FK_04d941780f1ab7934d7298b8375\"");
    await queryRunner.query("ALTER TABLE \"organisation\" DROP CONSTRAINT \"FK_baf378a702da51ca448b9f76340\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_baf378a702da51ca448b9f7634\"");
    await queryRunner.query("ALTER TABLE \"organisation\" DROP COLUMN \"region_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6906c8c7e027b460e89256cca8\"");
    await queryRunner.query("DROP TABLE \"regional_programme_manager\"");
    await queryRunner.query("DROP TABLE \"region\"");
  }
}

const NETWORK_REGIONS = [
  'Groningen/Friesland/Drenthe',
  'Salland',
  'Utrecht',
  'Den Haag',
  'Zuid-Kennemerland',
  'West- en Midden-Brabant',
  'Zuidoost-Brabant',
];
