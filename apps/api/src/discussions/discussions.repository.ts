import { DISCUSSION_POSTS_PER_PAGE, type DiscussionAttachment, type DiscussionDetail, type DiscussionQuery, type DiscussionPost, type DiscussionSummary } from '@koers/shared/discussions';
import type { EditionStatus } from '@koers/shared/domain';
import type { EditionRole } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { hidePostStatement, moderatedPostFields, seesHiddenPost } from '../app/moderated-post';
import { isPublishedEdition } from '../database/edition-sql';
import type { StoredFile } from '../files/file-storage';
import { INSERT_DELIVERY, notHeardFromWriterWithinTheHour, ON_CONFLICT, withinTheHour } from '../mail/mail-queue.repository';
import { inNetworkGroup } from '../network-groups/network-groups.repository';
import { mentionPattern } from '../app/text';
import { jsonInstant } from '../database/json-instant';
import { REPEATED_SUBMIT_WINDOW } from '../app/repeated-submit';

/** Who may read which thread, as the permission table says it: passed in by the service, never written here. */
export interface ReaderRoles {
  /** Roles in the edition that read its discussions. */
  read: readonly EditionRole[];
  /** Roles that read every network group's threads, not only their own group's. */
  allGroups: readonly EditionRole[];
}

/** A thread with what the access rules need. */
export interface DiscussionStanding {
  id: string;
  editionId: string;
  editionStatus: EditionStatus;
  groupId: string | null;
  /** The viewer is a current member or a facilitator of the thread's network group. */
  inGroup: boolean;
}

export interface PostStanding {
  postId: string;
  discussionId: string;
  authorPersonId: string | null;
  /** Hidden by a moderator. */
  hidden: boolean;
  /** Its author was erased, and with them its text. */
  authorErased: boolean;
}

export interface StoredAttachment extends DiscussionAttachment {
  storageKey: string;
  postId: string;
  discussionId: string;
  authorPersonId: string | null;
  postHidden: boolean;
}

export interface MentionForMail {
  discussionId: string;
  discussionTitle: string;
  editionName: string;
  authorName: string | null;
  body: string;
}

export interface DigestThread {
  discussionId: string;
  title: string;
  editionName: string;
  posts: number;
  authors: string[];
}

/**
 * Whether person `person` (an SQL expression) reads thread `d` by their own roles: an active enrolment in its
 * published edition with a reading role, and for a network group's thread membership or facilitation of that group,
 * or a role that reads every group. `$roles`/`$allGroups` name the parameters holding the roles.
 */
const readsThread = (person: string, roles: string, allGroups: string) => `
  EXISTS (SELECT 1 FROM enrolment ve JOIN edition ved ON ved.id = ve.edition_id AND ${isPublishedEdition('ved')}
           WHERE ve.edition_id = d.edition_id AND ve.person_id = ${person} AND ve.status = 'active' AND ve.role = ANY(${roles}::edition_role[])
             AND (d.group_id IS NULL OR ve.role = ANY(${allGroups}::edition_role[])
                  OR EXISTS (SELECT 1 FROM network_group_member gm WHERE gm.network_group_id = d.group_id AND gm.enrolment_id = ve.id AND gm.left_at IS NULL)
                  OR EXISTS (SELECT 1 FROM network_group_facilitator gf WHERE gf.network_group_id = d.group_id AND gf.person_id = ${person})))`;

/** The viewer is a current member or a facilitator of the group (by default the thread's group). */
const inGroup = (viewer: string, group = 'd.group_id') => inNetworkGroup(viewer, group);

/** Post `p` as its author sees it right after writing it: not hidden, not reported, no files yet. */
const OWN_FRESH_POST = (p: string) => `${p}.id, ${p}.author_person_id AS "authorPersonId", a.name AS "authorName", ${p}.body, ${p}.created_at AS "createdAt",
              NULL::json AS hidden, NULL::int AS "reportCount", true AS own, '[]'::json AS attachments`;

/** Posts by others that the reader (`r`, their read mark of thread `d`) has not seen: the unread marker. */
const unreadPost = (alias: string, viewer: string) =>
  `${alias}.discussion_id = d.id AND ${alias}.hidden_at IS NULL AND ${alias}.author_person_id IS DISTINCT FROM ${viewer}
   AND ${alias}.created_at > COALESCE(r.last_read_at, '-infinity')`;

/**
 * Joins `p`: the posts of calendar day `$1` (Amsterdam) in thread `d` by others that `person` has not read yet, made
 * since they joined the edition (someone enrolled this morning is not sent yesterday's conversation as news).
 */
const digestPostsOf = (person: string) => `
  LEFT JOIN discussion_read r ON r.discussion_id = d.id AND r.person_id = ${person}
  JOIN discussion_post p ON ${unreadPost('p', person)} AND (p.created_at AT TIME ZONE 'Europe/Amsterdam')::date = $1::text::date
   AND EXISTS (SELECT 1 FROM enrolment pe WHERE pe.edition_id = d.edition_id AND pe.person_id = ${person} AND pe.status = 'active' AND pe.enrolled_at < p.created_at)`;

/**
 * The title of thread `d` as `viewer` (an SQL expression) sees it: the opener wrote it with the opening post, so once a
 * moderator hides that post the title is empty too, except for its author and the moderators (`moderates`, an SQL
 * boolean). The web app then shows "(titel verwijderd)", as for an erased person's thread.
 */
const titleAsSeenBy = (viewer: string, moderates: string) => `
  CASE WHEN (SELECT f.hidden_at FROM discussion_post f WHERE f.discussion_id = d.id ORDER BY f.created_at, f.id LIMIT 1) IS NOT NULL
        AND NOT (${moderates} OR d.author_person_id IS NOT DISTINCT FROM ${viewer}::uuid)
       THEN '' ELSE d.title END`;

@Injectable()
export class DiscussionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of the edition's threads the viewer reads (with `groupId` only that network group's), latest activity
   * first, with their unread counts; one statement.
   */
  async findPage(
    editionId: string,
    viewerId: string,
    seesAllGroups: boolean,
    moderates: boolean,
    groupId: string | null,
    limit: number,
    offset: number,
  ): Promise<{ items: DiscussionSummary[]; total: number }> {
    const rows = await this.db.query(
      `SELECT d.id, ${titleAsSeenBy('$2', '$7')} AS title, d.group_id AS "groupId", g.name AS "groupName", a.name AS "authorName", d.created_at AS "createdAt", d.last_post_at AS "lastPostAt",
              (SELECT count(*)::int - 1 FROM discussion_post p WHERE p.discussion_id = d.id) AS "replyCount",
              (SELECT count(*)::int FROM discussion_post p WHERE ${unreadPost('p', '$2::uuid')}) AS "unreadCount",
              EXISTS (SELECT 1 FROM discussion_post p JOIN discussion_mention m ON m.post_id = p.id AND m.person_id = $2
                       WHERE ${unreadPost('p', '$2::uuid')}) AS "mentionsMe",
              count(*) OVER ()::int AS total
         FROM discussion d
         LEFT JOIN network_group g ON g.id = d.group_id
         LEFT JOIN person a ON a.id = d.author_person_id
         LEFT JOIN discussion_read r ON r.discussion_id = d.id AND r.person_id = $2
        WHERE d.edition_id = $1 AND (d.group_id IS NULL OR $3 OR ${inGroup('$2')})
          AND ($6::uuid IS NULL OR d.group_id = $6)
        ORDER BY d.last_post_at DESC, d.id
        LIMIT $4 OFFSET $5`,
      [editionId, viewerId, seesAllGroups, limit, offset, groupId, moderates],
    );
    return { items: rows.map(({ total: _, ...summary }: DiscussionSummary & { total: number }) => summary), total: rows[0]?.total ?? 0 };
  }

  async findStanding(discussionId: string, viewerId: string): Promise<DiscussionStanding | null> {
    const rows = await this.db.query(
      `SELECT d.id, d.edition_id AS "editionId", ed.status AS "editionStatus", d.group_id AS "groupId",
              (d.group_id IS NOT NULL AND ${inGroup('$2')}) AS "inGroup"
         FROM discussion d JOIN edition ed ON ed.id = d.edition_id
        WHERE d.id = $1`,
      [discussionId, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The edition's network groups whose threads the viewer reads: all of them, or those they are a member or facilitator of. */
  findGroups(editionId: string, viewerId: string, seesAllGroups: boolean): Promise<{ id: string; name: string }[]> {
    return this.db.query(
      `SELECT g.id, g.name FROM network_group g WHERE g.edition_id = $1 AND ($3 OR ${inGroup('$2', 'g.id')}) ORDER BY g.position, g.name, g.id`,
      [editionId, viewerId, seesAllGroups],
    );
  }

  /** Whether the group belongs to the edition (null if not), and whether the viewer is its member or facilitator. */
  async findGroup(groupId: string, editionId: string, viewerId: string): Promise<{ inGroup: boolean } | null> {
    const rows = await this.db.query(
      `SELECT ${inGroup('$3', 'g.id')} AS "inGroup" FROM network_group g WHERE g.id = $1 AND g.edition_id = $2`,
      [groupId, editionId, viewerId],
    );
    return rows[0] ?? null;
  }

  async findPostStanding(postId: string): Promise<PostStanding | null> {
    const rows = await this.db.query(
      `SELECT p.id AS "postId", p.discussion_id AS "discussionId", p.author_person_id AS "authorPersonId", p.hidden_at IS NOT NULL AS hidden,
              COALESCE(a.erased_at IS NOT NULL, false) AS "authorErased"
         FROM discussion_post p LEFT JOIN person a ON a.id = p.author_person_id
        WHERE p.id = $1`,
      [postId],
    );
    return rows[0] ?? null;
  }

  /**
   * The thread with one page of its posts, oldest first, as the viewer may see it: a hidden post's text and reason
   * only for its author and moderators, report counts only for moderators; one statement. The page is the newest
   * DISCUSSION_POSTS_PER_PAGE posts, those just before the post `before`, or those just after the post `after` (null
   * when that is no post of this thread), with how many posts come before and after it. `readUntil` is the page's
   * newest post's moment to the microsecond, as the read mark needs it (the posts' `createdAt` are written to the
   * millisecond): reading an earlier page marks no later post read.
   */
  async findDetail(
    discussionId: string,
    viewerId: string,
    canModerate: boolean,
    cursor: DiscussionQuery,
  ): Promise<(Omit<DiscussionDetail, 'lastReadAt' | 'canModerate' | 'canReply'> & { lastReadAt: string | null; readUntil: string | null }) | null> {
    const seesHidden = seesHiddenPost('p', '$2', '$3');
    const at = (id: string) => `(SELECT c.created_at, c.id FROM discussion_post c WHERE c.id = ${id} AND c.discussion_id = d.id)`;
    const inWindow = (post: string) =>
      `(${post}.discussion_id = d.id AND ($4::uuid IS NULL OR (${post}.created_at, ${post}.id) < ${at('$4')}) AND ($6::uuid IS NULL OR (${post}.created_at, ${post}.id) > ${at('$6')}))`;
    // Going back from the newest (or from "before"), or on from "after".
    const page = `(SELECT w.id FROM (
                     SELECT p0.id, row_number() OVER (ORDER BY p0.created_at DESC, p0.id DESC) AS from_end,
                            row_number() OVER (ORDER BY p0.created_at, p0.id) AS from_start
                       FROM discussion_post p0 WHERE ${inWindow('p0')}) w
                    WHERE CASE WHEN $6::uuid IS NULL THEN w.from_end ELSE w.from_start END <= $5) page`;
    const [row] = await this.db.query(
      `SELECT d.id, d.edition_id AS "editionId", ed.name AS "editionName", d.group_id AS "groupId", g.name AS "groupName", ${titleAsSeenBy('$2', '$3')} AS title, d.created_at AS "createdAt",
              (SELECT r.last_read_at FROM discussion_read r WHERE r.discussion_id = d.id AND r.person_id = $2) AS "lastReadAt",
              COALESCE((
                SELECT json_agg(json_build_object(
                         'id', p.id, 'authorPersonId', p.author_person_id, 'authorName', a.name,
                         ${moderatedPostFields('p', seesHidden)},
                         'createdAt', ${jsonInstant('p.created_at')},
                         'reportCount', CASE WHEN $3 THEN (SELECT count(*)::int FROM discussion_report rp WHERE rp.post_id = p.id) END,
                         'own', p.author_person_id IS NOT DISTINCT FROM $2::uuid,
                         'attachments', CASE WHEN p.hidden_at IS NULL OR ${seesHidden} THEN COALESCE((
                           SELECT json_agg(json_build_object('id', da.id, 'fileName', da.file_name, 'contentType', da.content_type,
                                                             'sizeBytes', da.size_bytes) ORDER BY da.created_at, da.id)
                             FROM discussion_attachment da WHERE da.post_id = p.id), '[]') ELSE '[]' END)
                       ORDER BY p.created_at, p.id)
                  FROM ${page} JOIN discussion_post p ON p.id = page.id LEFT JOIN person a ON a.id = p.author_person_id), '[]') AS posts,
              (SELECT count(*)::int FROM discussion_post p0 WHERE ${inWindow('p0')}) AS "inWindow",
              (SELECT count(*)::int FROM discussion_post p0 WHERE p0.discussion_id = d.id) AS "inThread",
              EXISTS (SELECT 1 FROM discussion_post c WHERE c.id = COALESCE($4, $6)::uuid AND c.discussion_id = d.id) AS "cursorInThread",
              (SELECT max(p.created_at)::text FROM ${page} JOIN discussion_post p ON p.id = page.id) AS "readUntil"
         FROM discussion d JOIN edition ed ON ed.id = d.edition_id LEFT JOIN network_group g ON g.id = d.group_id
        WHERE d.id = $1`,
      [discussionId, viewerId, canModerate, cursor.before ?? null, DISCUSSION_POSTS_PER_PAGE, cursor.after ?? null],
    );
    const { inWindow: windowCount, inThread, cursorInThread, ...detail } = row;
    if ((cursor.before || cursor.after) && !cursorInThread) return null;
    // The window runs from the thread's start (going back) or to its end (going on); the page is its newest or oldest part.
    const [earlierPosts, laterPosts] = cursor.after
      ? [inThread - windowCount, windowCount - detail.posts.length]
      : [windowCount - detail.posts.length, inThread - windowCount];
    return { ...detail, earlierPosts, laterPosts };
  }

  /** The viewer has now seen every post up to `seenUntil`; a read mark never moves back. */
  async markRead(discussionId: string, personId: string, seenUntil: string): Promise<void> {
    await this.db.query(
      `INSERT INTO discussion_read (discussion_id, person_id, last_read_at) VALUES ($1, $2, $3)
       ON CONFLICT (discussion_id, person_id) DO UPDATE SET last_read_at = GREATEST(discussion_read.last_read_at, EXCLUDED.last_read_at)`,
      [discussionId, personId, seenUntil],
    );
  }

  async createDiscussion(manager: EntityManager, editionId: string, groupId: string | null, title: string, authorId: string): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO discussion (edition_id, group_id, title, author_person_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [editionId, groupId, title, authorId],
    );
    return row.id;
  }

  /**
   * The author's post of this very text in the thread within the repeated-submit window, as `addPost` answers it: the
   * same reply sent twice is one post. The caller holds the lock on the author's posting to the thread.
   */
  async repeatedPost(manager: EntityManager, discussionId: string, body: string, authorId: string): Promise<DiscussionPost | null> {
    const [post] = await manager.query(
      `SELECT ${OWN_FRESH_POST('p')}
         FROM discussion_post p LEFT JOIN person a ON a.id = p.author_person_id
        WHERE p.discussion_id = $1 AND p.author_person_id = $3 AND p.body = $2 AND p.hidden_at IS NULL AND p.created_at > now() - ${REPEATED_SUBMIT_WINDOW}
        ORDER BY p.created_at DESC LIMIT 1`,
      [discussionId, body, authorId],
    );
    return post ?? null;
  }

  /** The author's thread of this title and opening text in the edition within the repeated-submit window, or null. */
  async repeatedDiscussion(manager: EntityManager, editionId: string, groupId: string | null, title: string, body: string, authorId: string): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT d.id FROM discussion d JOIN discussion_post p ON p.discussion_id = d.id AND p.author_person_id = d.author_person_id AND p.body = $4
        WHERE d.edition_id = $1 AND d.group_id IS NOT DISTINCT FROM $2::uuid AND d.title = $3 AND d.author_person_id = $5 AND d.created_at > now() - ${REPEATED_SUBMIT_WINDOW}
        ORDER BY d.created_at DESC LIMIT 1`,
      [editionId, groupId, title, body, authorId],
    );
    return row?.id ?? null;
  }

  /** Adds a post and moves the thread's last activity on; the author has read their own thread up to it. */
  async addPost(manager: EntityManager, discussionId: string, body: string, authorId: string): Promise<DiscussionPost> {
    const [post] = await manager.query(
      `WITH post AS (
         INSERT INTO discussion_post (discussion_id, body, author_person_id) VALUES ($1, $2, $3)
         RETURNING id, author_person_id, body, created_at
       ), touched AS (
         UPDATE discussion SET last_post_at = (SELECT created_at FROM post) WHERE id = $1
       ), seen AS (
         INSERT INTO discussion_read (discussion_id, person_id, last_read_at) SELECT $1, $3, created_at FROM post
         ON CONFLICT (discussion_id, person_id) DO UPDATE SET last_read_at = GREATEST(discussion_read.last_read_at, EXCLUDED.last_read_at)
       )
       SELECT ${OWN_FRESH_POST('post')}
         FROM post LEFT JOIN person a ON a.id = post.author_person_id`,
      [discussionId, body, authorId],
    );
    return post;
  }

  /**
   * Records who the post mentions (`@Full Name`, any case) among those who read the thread, its author left out,
   * and queues a mail to each of them whose mail of this kind is on, at most one an hour per thread and per writer;
   * answers the people mentioned.
   */
  async recordMentions(manager: EntityManager, postId: string, roles: ReaderRoles): Promise<string[]> {
    const rows: { personId: string }[] = await manager.query(
      `WITH mentioned AS (
         INSERT INTO discussion_mention (post_id, person_id)
         SELECT p.id, x.id
           FROM discussion_post p
           JOIN discussion d ON d.id = p.discussion_id
           JOIN person x ON x.id <> p.author_person_id AND x.erased_at IS NULL
                        AND p.body ~* ${mentionPattern('ARRAY[x.name]')}
          WHERE p.id = $1::uuid AND ${readsThread('x.id', '$2', '$3')}
         ON CONFLICT DO NOTHING
         RETURNING person_id
       ), queued AS (
         ${INSERT_DELIVERY}
         SELECT m.person_id, ${withinTheHour(`'discussion-mentions:' || (SELECT discussion_id FROM discussion_post WHERE id = $1::uuid)::text`)},
                'discussion_mention', jsonb_build_object('postId', $1::uuid::text, 'writerId', p.author_person_id::text)
           FROM mentioned m JOIN person x ON x.id = m.person_id AND x.reminders_enabled
           JOIN discussion_post p ON p.id = $1::uuid
          WHERE ${notHeardFromWriterWithinTheHour('m.person_id', 'discussion_mention', 'p.author_person_id')}
         ${ON_CONFLICT}
       )
       SELECT person_id AS "personId" FROM mentioned`,
      [postId, roles.read, roles.allGroups],
    );
    return rows.map((row) => row.personId);
  }

  async addAttachment(manager: EntityManager, postId: string, file: StoredFile): Promise<DiscussionAttachment> {
    const [row] = await manager.query(
      `INSERT INTO discussion_attachment (post_id, file_name, content_type, size_bytes, storage_key) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, file_name AS "fileName", content_type AS "contentType", size_bytes::float8 AS "sizeBytes"`,
      [postId, file.fileName, file.contentType, file.sizeBytes, file.storageKey],
    );
    return row;
  }

  async findAttachment(attachmentId: string): Promise<StoredAttachment | null> {
    const rows = await this.db.query(
      `SELECT da.id, da.file_name AS "fileName", da.content_type AS "contentType", da.size_bytes::float8 AS "sizeBytes", da.storage_key AS "storageKey",
              p.id AS "postId", p.discussion_id AS "discussionId", p.author_person_id AS "authorPersonId", p.hidden_at IS NOT NULL AS "postHidden"
         FROM discussion_attachment da JOIN discussion_post p ON p.id = da.post_id
        WHERE da.id = $1`,
      [attachmentId],
    );
    return rows[0] ?? null;
  }

  async hidePost(postId: string, reason: string, moderatorId: string): Promise<void> {
    await this.db.query(hidePostStatement('discussion_post'), [postId, reason, moderatorId]);
  }

  /** A second report by the same person replaces their reason. */
  async reportPost(postId: string, personId: string, reason: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO discussion_report (post_id, person_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (post_id, person_id) DO UPDATE SET reason = EXCLUDED.reason`,
      [postId, personId, reason],
    );
  }

  /** How many threads, over all the person's editions, hold posts they have not read; one statement. */
  async countUnreadThreads(personId: string, roles: ReaderRoles): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS threads
         FROM discussion d
         LEFT JOIN discussion_read r ON r.discussion_id = d.id AND r.person_id = $1
        WHERE ${readsThread('$1', '$2', '$3')}
          AND EXISTS (SELECT 1 FROM discussion_post p WHERE ${unreadPost('p', '$1::uuid')})`,
      [personId, roles.read, roles.allGroups],
    );
    return row.threads;
  }

  /** A mention mail's content as it is now; null when the post was hidden or the reader no longer reads the thread. */
  async mentionForMail(postId: string, personId: string, roles: ReaderRoles): Promise<MentionForMail | null> {
    const rows = await this.db.query(
      `SELECT d.id AS "discussionId", ${titleAsSeenBy('$2', 'false')} AS "discussionTitle", ed.name AS "editionName", a.name AS "authorName", p.body
         FROM discussion_post p
         JOIN discussion d ON d.id = p.discussion_id
         JOIN edition ed ON ed.id = d.edition_id
         LEFT JOIN person a ON a.id = p.author_person_id
        WHERE p.id = $1 AND p.hidden_at IS NULL AND ${readsThread('$2', '$3', '$4')}`,
      [postId, personId, roles.read, roles.allGroups],
    );
    return rows[0] ?? null;
  }

  /**
   * Queues the digest of calendar day `day` (Amsterdam) for everyone with mail of this kind on who has unread posts
   * of that day by others in threads they read. The (person, `discussions:<day>`, kind) key makes it once per person
   * per day, however many instances run this at the same time.
   */
  async queueDigests(day: string, roles: ReaderRoles): Promise<number> {
    const rows = await this.db.query(
      `${INSERT_DELIVERY}
       SELECT x.id, 'discussions:' || $1::text, 'discussion_digest', jsonb_build_object('day', $1::text)
         FROM person x
        WHERE x.reminders_enabled AND x.erased_at IS NULL
          AND EXISTS (SELECT 1 FROM discussion d ${digestPostsOf('x.id')} WHERE ${readsThread('x.id', '$2', '$3')})
       ${ON_CONFLICT}
       RETURNING id`,
      [day, roles.read, roles.allGroups],
    );
    return rows.length;
  }

  /** What the digest of `day` holds for the person now: per thread, the posts they have not read yet; empty for none. */
  async digestFor(personId: string, day: string, roles: ReaderRoles): Promise<DigestThread[]> {
    return this.db.query(
      `SELECT d.id AS "discussionId", ${titleAsSeenBy('$4', 'false')} AS title, ed.name AS "editionName", count(*)::int AS posts,
              array_agg(DISTINCT COALESCE(a.name, '')) AS authors
         FROM discussion d
         JOIN edition ed ON ed.id = d.edition_id
         ${digestPostsOf('$4::uuid')}
         LEFT JOIN person a ON a.id = p.author_person_id
        WHERE ${readsThread('$4::uuid', '$2', '$3')}
        GROUP BY d.id, ed.name
        ORDER BY d.last_post_at DESC`,
      [day, roles.read, roles.allGroups, personId],
    );
  }
}
