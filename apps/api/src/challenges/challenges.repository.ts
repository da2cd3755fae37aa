import type { ChallengeLogComment, ChallengeLogEntry, ChallengeSummary, ImplementationChallenge } from '@koers/shared/challenge';
import type { EditionStatus, InnovationPhase } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { REPEATED_SUBMIT_WINDOW } from '../app/repeated-submit';
import { hidePostStatement, moderatedPostFields, seesHiddenPost } from '../app/moderated-post';
import { editionsAsMet, isPublishedEdition } from '../database/edition-sql';
import { INSERT_DELIVERY, notHeardFromWriterWithinTheHour, ON_CONFLICT, withinTheHour } from '../mail/mail-queue.repository';
import { inNetworkGroup } from '../network-groups/network-groups.repository';
import { jsonInstant } from '../database/json-instant';
import { isDescribed } from './challenge.rules';

/** A participant's enrolment with what the access rules for their challenge need. */
export interface ParticipantEnrolment {
  enrolmentId: string;
  editionId: string;
  editionStatus: EditionStatus;
  personId: string;
  /** The viewer is the participant's director, with an active director enrolment in the edition. */
  viewerSponsors: boolean;
  /** The viewer is an active internal-team member supporting this participant. */
  viewerSupports: boolean;
  /** The viewer is a current member or a facilitator of the participant's current network group. */
  viewerInGroup: boolean;
}

export interface ChallengeFields {
  title: string;
  description: string;
  innovation: string;
  goal: string;
  phase: InnovationPhase;
}

const ENROLMENT_COLUMNS = `e.id AS "enrolmentId", e.edition_id AS "editionId", ed.status AS "editionStatus", e.person_id AS "personId"`;

/**
 * Whether person `viewer` (an SQL expression) is in or leads the current network group of participant enrolment `e`.
 * A participant withdrawn from the edition is in no group any more, whatever their membership row still says.
 */
const viewerInGroup = (viewer: string) => `
  (e.status = 'active'
   AND EXISTS (SELECT 1 FROM network_group_member om WHERE om.enrolment_id = e.id AND om.left_at IS NULL AND ${inNetworkGroup(viewer, 'om.network_group_id')}))`;

/**
 * A comment `cm` as JSON, `ca` its author, as the viewer (`viewer`, an SQL expression) sees it: a hidden comment's
 * text and reason only for its author and the moderators (`moderates`, an SQL boolean), like a discussion post.
 */
const commentJson = (viewer: string, moderates: string) => `json_build_object(
    'id', cm.id, 'logEntryId', cm.log_entry_id, 'authorPersonId', cm.author_person_id, 'authorName', ca.name,
    ${moderatedPostFields('cm', seesHiddenPost('cm', viewer, moderates))},
    'createdAt', ${jsonInstant('cm.created_at')},
    'own', cm.author_person_id IS NOT DISTINCT FROM ${viewer}::uuid)`;

/** Comment `c` as its author sees it right after writing it, `a` its author. */
const OWN_FRESH_COMMENT = (c: string) => `${c}.id, ${c}.log_entry_id AS "logEntryId", ${c}.author_person_id AS "authorPersonId", a.name AS "authorName",
              ${c}.body, ${c}.created_at AS "createdAt", NULL::json AS hidden, true AS own`;

/** Log entry `l` as its author sees it right after writing it, `a` its author. */
const OWN_FRESH_ENTRY = (l: string) => `${l}.id, ${l}.entry_date AS "entryDate", ${l}.text, a.name AS "authorName", ${l}.created_at AS "createdAt",
              '[]'::json AS comments`;

/** What the challenge's reader sees of the peer feedback: the comments (hidden ones as a moderator or not), or none at all. */
export interface FeedbackViewer {
  personId: string;
  readsComments: boolean;
  moderates: boolean;
}

@Injectable()
export class ChallengesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The person's active participant enrolment in `editionId`, or without one their current edition:
   * a running or open one before a completed one, the latest start first. A draft's enrolment does not count yet.
   */
  async findOwnEnrolment(personId: string, editionId: string | undefined): Promise<ParticipantEnrolment | null> {
    const rows = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS}, false AS "viewerSponsors", false AS "viewerSupports", false AS "viewerInGroup"
         FROM enrolment e JOIN edition ed ON ed.id = e.edition_id
        WHERE e.person_id = $1 AND e.role = 'participant' AND e.status = 'active' AND ($2::uuid IS NULL OR e.edition_id = $2)
          AND ${isPublishedEdition('ed')}
        ORDER BY ${editionsAsMet('ed')}
        LIMIT 1`,
      [personId, editionId ?? null],
    );
    return rows[0] ?? null;
  }

  /**
   * A participant enrolment with how `viewerId` stands to it. Their director and internal team follow them while
   * they take part (active, as the director's list shows them); a withdrawn participant's challenge is their own.
   */
  async findEnrolment(enrolmentId: string, viewerId: string): Promise<ParticipantEnrolment | null> {
    const rows = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS},
              e.status = 'active' AND EXISTS (SELECT 1 FROM enrolment d WHERE d.edition_id = e.edition_id AND d.person_id = $2 AND d.person_id = e.director_person_id
                         AND d.role = 'director' AND d.status = 'active') AS "viewerSponsors",
              e.status = 'active' AND EXISTS (SELECT 1 FROM enrolment t WHERE t.supports_enrolment_id = e.id AND t.person_id = $2
                         AND t.role = 'internal_team_member' AND t.status = 'active') AS "viewerSupports",
              ${viewerInGroup('$2::uuid')} AS "viewerInGroup"
         FROM enrolment e JOIN edition ed ON ed.id = e.edition_id
        WHERE e.id = $1 AND e.role = 'participant'`,
      [enrolmentId, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The participant enrolment whose challenge holds log entry `logEntryId`, as `findEnrolment` answers it. */
  async findEnrolmentOfLogEntry(logEntryId: string, viewerId: string): Promise<ParticipantEnrolment | null> {
    const rows = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS}, false AS "viewerSponsors", false AS "viewerSupports", ${viewerInGroup('$2::uuid')} AS "viewerInGroup"
         FROM challenge_log_entry l
         JOIN implementation_challenge c ON c.id = l.challenge_id
         JOIN enrolment e ON e.id = c.enrolment_id
         JOIN edition ed ON ed.id = e.edition_id
        WHERE l.id = $1`,
      [logEntryId, viewerId],
    );
    return rows[0] ?? null;
  }

  /**
   * The challenge of an enrolment with its whole log (newest first) and, for a viewer who reads them, each entry's
   * comments (oldest first), in one statement; empty fields until described.
   */
  async findChallenge(enrolmentId: string, viewer: FeedbackViewer): Promise<Omit<ImplementationChallenge, 'canComment' | 'canModerate'> | null> {
    const rows = await this.db.query(
      `SELECT e.id AS "enrolmentId", e.edition_id AS "editionId", ed.name AS "editionName", p.name AS "participantName",
              ${isDescribed('c')} AS described, COALESCE(c.title, '') AS title, COALESCE(c.description, '') AS description,
              COALESCE(c.innovation, '') AS innovation, COALESCE(c.goal, '') AS goal, COALESCE(c.phase, 'explore') AS phase,
              c.updated_at AS "updatedAt",
              COALESCE((
                SELECT json_agg(json_build_object('id', l.id, 'entryDate', l.entry_date, 'text', l.text, 'authorName', a.name, 'createdAt', ${jsonInstant('l.created_at')},
                                                  'comments', CASE WHEN $3 THEN COALESCE((
                                                    SELECT json_agg(${commentJson('$2', '$4')} ORDER BY cm.created_at, cm.id)
                                                      FROM challenge_log_comment cm LEFT JOIN person ca ON ca.id = cm.author_person_id
                                                     WHERE cm.log_entry_id = l.id), '[]') END)
                                ORDER BY l.entry_date DESC, l.created_at DESC)
                  FROM challenge_log_entry l LEFT JOIN person a ON a.id = l.author_person_id
                 WHERE l.challenge_id = c.id), '[]') AS log
         FROM enrolment e
         JOIN edition ed ON ed.id = e.edition_id
         JOIN person p ON p.id = e.person_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
        WHERE e.id = $1`,
      [enrolmentId, viewer.personId, viewer.readsComments, viewer.moderates],
    );
    return rows[0] ?? null;
  }

  /** The comments on a log entry, oldest first. */
  async findComments(logEntryId: string, viewer: Omit<FeedbackViewer, 'readsComments'>): Promise<ChallengeLogComment[]> {
    const rows: { comment: ChallengeLogComment }[] = await this.db.query(
      `SELECT ${commentJson('$2', '$3')} AS comment
         FROM challenge_log_comment cm LEFT JOIN person ca ON ca.id = cm.author_person_id
        WHERE cm.log_entry_id = $1
        ORDER BY cm.created_at, cm.id`,
      [logEntryId, viewer.personId, viewer.moderates],
    );
    return rows.map((row) => row.comment);
  }

  /** The log entry a comment is on; null when there is no such comment. */
  async findLogEntryOfComment(commentId: string): Promise<string | null> {
    const rows = await this.db.query(`SELECT log_entry_id AS "logEntryId" FROM challenge_log_comment WHERE id = $1`, [commentId]);
    return rows[0]?.logEntryId ?? null;
  }

  async hideComment(commentId: string, reason: string, moderatorId: string): Promise<void> {
    await this.db.query(hidePostStatement('challenge_log_comment'), [commentId, reason, moderatorId]);
  }

  /** The author's comment of this very text on the log entry within the repeated-submit window, or null. The caller holds the lock. */
  async repeatedComment(manager: EntityManager, logEntryId: string, body: string, authorPersonId: string): Promise<ChallengeLogComment | null> {
    const [comment] = await manager.query(
      `SELECT ${OWN_FRESH_COMMENT('c')}
         FROM challenge_log_comment c LEFT JOIN person a ON a.id = c.author_person_id
        WHERE c.log_entry_id = $1 AND c.body = $2 AND c.author_person_id = $3 AND c.hidden_at IS NULL AND c.created_at > now() - ${REPEATED_SUBMIT_WINDOW}
        ORDER BY c.created_at DESC LIMIT 1`,
      [logEntryId, body, authorPersonId],
    );
    return comment ?? null;
  }

  /**
   * Adds a comment to a log entry and, in the same statement, queues a mail to the challenge's owner, unless they
   * wrote it themselves or switched such mail off (at most one an hour per log entry and per writer).
   */
  async addComment(manager: EntityManager, logEntryId: string, body: string, authorPersonId: string): Promise<ChallengeLogComment> {
    const [comment] = await manager.query(
      `WITH comment AS (
         INSERT INTO challenge_log_comment (log_entry_id, body, author_person_id) VALUES ($1, $2, $3)
         RETURNING id, log_entry_id, author_person_id, body, created_at
       ), queued AS (
         ${INSERT_DELIVERY}
         SELECT owner.id, ${withinTheHour(`'challenge-entry-comments:' || comment.log_entry_id::text`)}, 'challenge_comment',
                jsonb_build_object('commentId', comment.id::text, 'writerId', comment.author_person_id::text)
           FROM comment
           JOIN challenge_log_entry l ON l.id = comment.log_entry_id
           JOIN implementation_challenge c ON c.id = l.challenge_id
           JOIN enrolment e ON e.id = c.enrolment_id
           JOIN person owner ON owner.id = e.person_id AND owner.id <> comment.author_person_id AND owner.reminders_enabled AND owner.erased_at IS NULL
          WHERE ${notHeardFromWriterWithinTheHour('owner.id', 'challenge_comment', 'comment.author_person_id')}
         ${ON_CONFLICT}
       )
       SELECT ${OWN_FRESH_COMMENT('comment')}
         FROM comment LEFT JOIN person a ON a.id = comment.author_person_id`,
      [logEntryId, body, authorPersonId],
    );
    return comment;
  }

  /**
   * Saves the challenge in one statement; with `basedOn` (an `updatedAt` as the API gave it, in milliseconds, or null
   * for none) only while it is still that version, or already holds what is sent (a retry of a save whose answer was
   * lost). The version now stored when it was not saved.
   */
  async save(enrolmentId: string, fields: ChallengeFields, basedOn: string | null | undefined): Promise<{ changedMeanwhile: false } | { changedMeanwhile: true; updatedAt: string | null }> {
    const [saved] = await this.db.query(
      `INSERT INTO implementation_challenge (enrolment_id, title, description, innovation, goal, phase)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (enrolment_id) DO UPDATE
          SET title = EXCLUDED.title, description = EXCLUDED.description, innovation = EXCLUDED.innovation,
              goal = EXCLUDED.goal, phase = EXCLUDED.phase, updated_at = now()
        WHERE NOT $7 OR date_trunc('milliseconds', implementation_challenge.updated_at) IS NOT DISTINCT FROM $8::timestamptz
           OR (implementation_challenge.title, implementation_challenge.description, implementation_challenge.innovation, implementation_challenge.goal, implementation_challenge.phase)
              IS NOT DISTINCT FROM (EXCLUDED.title, EXCLUDED.description, EXCLUDED.innovation, EXCLUDED.goal, EXCLUDED.phase)
       RETURNING id`,
      [enrolmentId, fields.title, fields.description, fields.innovation, fields.goal, fields.phase, basedOn !== undefined, basedOn ?? null],
    );
    if (saved) return { changedMeanwhile: false };
    const [current] = await this.db.query(`SELECT ${jsonInstant('updated_at')} AS "updatedAt" FROM implementation_challenge WHERE enrolment_id = $1`, [enrolmentId]);
    return { changedMeanwhile: true, updatedAt: current?.updatedAt ?? null };
  }

  /** The author's entry of this day and text in the challenge's log within the repeated-submit window, or null. The caller holds the lock. */
  async repeatedLogEntry(manager: EntityManager, enrolmentId: string, entryDate: string, text: string, authorPersonId: string): Promise<ChallengeLogEntry | null> {
    const [entry] = await manager.query(
      `SELECT ${OWN_FRESH_ENTRY('l')}
         FROM challenge_log_entry l JOIN implementation_challenge c ON c.id = l.challenge_id LEFT JOIN person a ON a.id = l.author_person_id
        WHERE c.enrolment_id = $1 AND l.entry_date = $2::date AND l.text = $3 AND l.author_person_id = $4 AND l.created_at > now() - ${REPEATED_SUBMIT_WINDOW}
        ORDER BY l.created_at DESC LIMIT 1`,
      [enrolmentId, entryDate, text, authorPersonId],
    );
    return entry ?? null;
  }

  /** Adds a log entry to the enrolment's challenge; null when there is no challenge yet. */
  async addLogEntry(manager: EntityManager, enrolmentId: string, entryDate: string, text: string, authorPersonId: string): Promise<ChallengeLogEntry | null> {
    const [entry] = await manager.query(
      `WITH entry AS (
         INSERT INTO challenge_log_entry (challenge_id, entry_date, text, author_person_id)
         SELECT c.id, $2, $3, $4 FROM implementation_challenge c WHERE c.enrolment_id = $1
         RETURNING id, entry_date, text, author_person_id, created_at
       )
       SELECT ${OWN_FRESH_ENTRY('entry')}
         FROM entry LEFT JOIN person a ON a.id = entry.author_person_id`,
      [enrolmentId, entryDate, text, authorPersonId],
    );
    return entry ?? null;
  }

  /** One page of an edition's participants with their challenge at a glance, and the total. */
  /** `ledBy`: only the participants in a network group this person leads now (a facilitator's view); null for all. */
  async findEditionPage(editionId: string, limit: number, offset: number, ledBy: string | null): Promise<{ items: ChallengeSummary[]; total: number }> {
    const rows = await this.db.query(
      `SELECT e.id AS "enrolmentId", p.id AS "personId", p.name AS "participantName", o.name AS organisation,
              c.title, c.phase, c.updated_at AS "updatedAt",
              (SELECT max(l.entry_date) FROM challenge_log_entry l WHERE l.challenge_id = c.id) AS "lastLogDate",
              count(*) OVER ()::int AS total
         FROM enrolment e
         JOIN person p ON p.id = e.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
        WHERE e.edition_id = $1 AND e.role = 'participant' AND e.status = 'active'
          AND ($4::uuid IS NULL OR ${viewerInGroup('$4::uuid')})
        ORDER BY p.name, e.id
        LIMIT $2 OFFSET $3`,
      [editionId, limit, offset, ledBy],
    );
    return { items: rows.map(({ total: _, ...summary }: ChallengeSummary & { total: number }) => summary), total: rows[0]?.total ?? 0 };
  }
}
