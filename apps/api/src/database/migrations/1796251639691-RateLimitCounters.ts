import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rate limits move to one table of atomic counters; the old table of failed logins (checked, then inserted) goes. */
export class RateLimitCounters1796251639691 implements MigrationInterface {
  name = 'RateLimitCounters1796251639691';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rate_limit_counter\" (\"key\" text NOT NULL, \"hits\" integer NOT NULL, \"resets_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_5bfa3ad3fe33321b1d17eae4746\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a2f98a243e16849900ac2bbc5e\" ON \"rate_limit_counter\"  (\"resets_at\") ");
    await queryRunner.query("DROP TABLE \"login_attempt\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"login_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"ip\" text NOT NULL, \"attempted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_72829cd4f7424e3cdfd46c476c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c6a71484e46a23dfc4d3616780\" ON \"login_attempt\"  (\"ip\", \"attempted_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d40158f50033c6f856c6a1f242\" ON \"login_attempt\"  (\"email\", \"attempted_at\") ");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a2f98a243e16849900ac2bbc5e\"");
    await queryRunner.query("DROP TABLE \"rate_limit_counter\"");
  }
}
