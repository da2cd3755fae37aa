import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an erased person writes while the erasure commits would otherwise survive it: a request that started before
 * waits for the erasure's lock on the person row, then inserts its text once the erasure has emptied everything else.
 * Each table that holds someone's own words or files checks, under a key-share lock of its author's row, that the
 * author was not erased: waiting for an erasure, it sees the erasure's result and refuses with SQLSTATE KO001 (which
 * the error filter answers as 401, the session being gone); an erasure that comes later waits for the write and then
 * empties it too. An edit that would put text back into an erased person's post, title, comment or remark is refused
 * alike. What such writes left behind before is emptied first.
 */
const AUTHORS: [table: string, author: string][] = [
  ['discussion', 'row_.author_person_id'],
  ['discussion_post', 'row_.author_person_id'],
  ['discussion_attachment', '(SELECT author_person_id FROM discussion_post WHERE id = row_.post_id)'],
  ['challenge_log_comment', 'row_.author_person_id'],
  ['submission', 'row_.person_id'],
  ['submission_file', '(SELECT person_id FROM submission WHERE id = row_.submission_id)'],
  ['implementation_challenge', '(SELECT person_id FROM enrolment WHERE id = row_.enrolment_id)'],
  // The participant writes their own log; an erasure deletes their challenge, so its owner can no longer be looked up.
  ['challenge_log_entry', 'row_.author_person_id'],
  ['directory_profile', 'row_.person_id'],
  ['discussion_report', 'row_.person_id'],
  ['measurement_answer', '(SELECT person_id FROM measurement_response WHERE id = row_.response_id)'],
];

const EDITED_TEXTS: [table: string, column: string, author: string][] = [
  ['discussion', 'title', 'row_.author_person_id'],
  ['discussion_post', 'body', 'row_.author_person_id'],
  ['challenge_log_comment', 'body', 'row_.author_person_id'],
  ['measurement_answer', 'remark', '(SELECT person_id FROM measurement_response WHERE id = row_.response_id)'],
];

/** What such writes left behind before these checks: emptied or removed as PrivacyRepository.erase does. */
const LEFT_BEHIND = [
  `UPDATE discussion_post dp SET body = '' FROM person p WHERE p.id = dp.author_person_id AND p.erased_at IS NOT NULL AND dp.body <> ''`,
  `UPDATE discussion d SET title = '' FROM person p WHERE p.id = d.author_person_id AND p.erased_at IS NOT NULL AND d.title <> ''`,
  `UPDATE challenge_log_comment c SET body = '' FROM person p WHERE p.id = c.author_person_id AND p.erased_at IS NOT NULL AND c.body <> ''`,
  `UPDATE submission sub SET text = '' FROM person p WHERE p.id = sub.person_id AND p.erased_at IS NOT NULL AND sub.text <> ''`,
  `UPDATE measurement_answer a SET remark = NULL FROM measurement_response r JOIN person p ON p.id = r.person_id
    WHERE a.response_id = r.id AND p.erased_at IS NOT NULL AND a.remark IS NOT NULL`,
  `DELETE FROM implementation_challenge ch USING enrolment en JOIN person p ON p.id = en.person_id WHERE ch.enrolment_id = en.id AND p.erased_at IS NOT NULL`,
  `DELETE FROM discussion_report r USING person p WHERE p.id = r.person_id AND p.erased_at IS NOT NULL`,
];

export class WritesOfErasedPeople1796515748677 implements MigrationInterface {
  name = 'WritesOfErasedPeople1796515748677';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of LEFT_BEHIND) await queryRunner.query(statement);
    await queryRunner.query(`
      CREATE FUNCTION refuse_writes_of_erased_person() RETURNS trigger LANGUAGE plpgsql AS \$\$
      DECLARE
        author uuid;
      BEGIN
        EXECUTE 'SELECT ' || TG_ARGV[0] || ' FROM (SELECT (\$1).*) AS row_' INTO author USING NEW;
        IF author IS NOT NULL THEN
          PERFORM 1 FROM person WHERE id = author AND erased_at IS NULL FOR KEY SHARE;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'person % was erased', author USING ERRCODE = 'KO001';
          END IF;
        END IF;
        RETURN NEW;
      END
      \$\$`);
    for (const [table, author] of AUTHORS) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_of_erased_person" BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_writes_of_erased_person('${author.replaceAll("'", "''")}')`,
      );
    }
    for (const [table, column, author] of EDITED_TEXTS) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_${column}_of_erased_person" BEFORE UPDATE OF "${column}" ON "${table}" FOR EACH ROW
           WHEN (NEW."${column}" <> '' AND NEW."${column}" IS DISTINCT FROM OLD."${column}")
           EXECUTE FUNCTION refuse_writes_of_erased_person('${author.replaceAll("'", "''")}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of EDITED_TEXTS) await queryRunner.query(`DROP TRIGGER "${table}_${column}_of_erased_person" ON "${table}"`);
    for (const [table] of AUTHORS) await queryRunner.query(`DROP TRIGGER "${table}_of_erased_person" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION refuse_writes_of_erased_person()');
  }
}
