import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Person } from '../people/person.entity';
import { jsonInstant } from '../database/json-instant';

/**
 * What someone writes for others to read (a discussion post, peer feedback on a challenge log entry) and a moderator
 * may hide with a reason: the columns every such table has. Its entity extends this class; the SQL below reads them.
 */
export abstract class ModeratedPost {
  /** Indexed for the privacy export and erasure, which look up a person's posts. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  authorPerson?: Person;

  /** Markdown. */
  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Hidden by a moderator: the author sees why, everyone else only that it was. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  hiddenByPerson?: Person;
}

/**
 * Whether the viewer (`viewer`, an SQL expression) reads post `post` (an SQL alias) in full even when it is hidden:
 * they moderate (`moderates`, an SQL boolean) or wrote it.
 */
export const seesHiddenPost = (post: string, viewer: string, moderates: string) =>
  `(${moderates} OR ${post}.author_person_id IS NOT DISTINCT FROM ${viewer}::uuid)`;

/**
 * The `json_build_object` pairs `'body'` and `'hidden'` (`HiddenPost`) of post `post` as a viewer sees it: a hidden
 * post's text and reason only when `seesHidden` (an SQL boolean, `seesHiddenPost`), everyone else sees that it was hidden.
 */
export const moderatedPostFields = (post: string, seesHidden: string) => `
  'body', CASE WHEN ${post}.hidden_at IS NULL OR ${seesHidden} THEN ${post}.body ELSE '' END,
  'hidden', CASE WHEN ${post}.hidden_at IS NULL THEN NULL
                 ELSE json_build_object('hiddenAt', ${jsonInstant(`${post}.hidden_at`)}, 'reason', CASE WHEN ${seesHidden} THEN ${post}.hidden_reason END) END`;

/**
 * Hides post `$1` of table `table` with reason `$2` by moderator `$3`; the statement for the owning repository to run.
 * A post hidden already stays as it was hidden: when, why and by whom.
 */
export const hidePostStatement = (table: string) =>
  `UPDATE ${table} SET hidden_at = now(), hidden_reason = $2, hidden_by_person_id = $3 WHERE id = $1 AND hidden_at IS NULL`;
