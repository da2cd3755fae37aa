import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796282604278 implements MigrationInterface {
  name = 'Webhooks1796282604278';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_event\" AS ENUM('enrolment.created', 'enrolment.withdrawn', 'session.attendance_closed', 'completion.reached', 'certificate.issued')");
    await queryRunner.query("CREATE TABLE \"webhook_endpoint\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"url\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"events\" \"public\".\"webhook_event\" array NOT NULL, \"secret_salt\" text NOT NULL, \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"failing_since\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6c98112122b2b8a4f3984d2efa8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"webhook_delivery_status\" AS ENUM('pending', 'delivered', 'failed')");
    await queryRunner.query("CREATE TABLE \"webhook_delivery\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"endpoint_id\" uuid NOT NULL, \"event\" \"public\".\"webhook_event\" NOT NULL, \"event_key\" text NOT NULL, \"data\" jsonb NOT NULL, \"status\" \"public\".\"webhook_delivery_status\" NOT NULL DEFAULT 'pending', \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_attempt_at\" TIMESTAMP WITH TIME ZONE, \"response_status\" integer, \"response_snippet\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"delivered_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_7dc6f3e1193c7e9835166ec353c\" UNIQUE (\"endpoint_id\", \"event_key\"), CONSTRAINT \"PK_b1ae290239a778f12399db91354\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e5d8cd6dd4dea3a47de2166f10\" ON \"webhook_delivery\"  (\"endpoint_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_68fd3a7ad4e5504350f64a3472\" ON \"webhook_delivery\"  (\"status\", \"next_attempt_at\") ");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" ADD CONSTRAINT \"FK_f53f5aec02217a54927b13e39d9\" FOREIGN KEY (\"endpoint_id\") REFERENCES \"webhook_endpoint\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" DROP CONSTRAINT \"FK_f53f5aec02217a54927b13e39d9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_68fd3a7ad4e5504350f64a3472\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e5d8cd6dd4dea3a47de2166f10\"");
    await queryRunner.query("DROP TABLE \"webhook_delivery\"");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_delivery_status\"");
    await queryRunner.query("DROP TABLE \"webhook_endpoint\"");
    await queryRunner.query("DROP TYPE \"public\".\"webhook_event\"");
  }
}
