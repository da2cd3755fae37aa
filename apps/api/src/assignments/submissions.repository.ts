import type { FeedbackSummary, ReviewQueueItem, SubmissionVersion } from '@koers/shared/assignments';
import type { FeedbackOutcome } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lockKey } from '../database/lock-row';
import { REPEATED_SUBMIT_WINDOW } from '../app/repeated-submit';
import type { StoredFile } from '../files/file-storage';

/**
 * SQL joins for "the latest version of a person's work on an assignment, and the latest verdict on it":
 * the one definition behind every status (the participant's list, the overview, the review queue, completion).
 * Exposes `latest.id`, `latest.late`, `latest.submitted_at`, `latest.version` and `verdict.outcome`.
 */
export function latestWorkJoins(assignmentId: string, personId: string): string {
  return `
    LEFT JOIN LATERAL (
      SELECT s.id, s.late, s.submitted_at, s.version FROM submission s
       WHERE s.assignment_id = ${assignmentId} AND s.person_id = ${personId}
       ORDER BY s.version DESC LIMIT 1
    ) latest ON true
    LEFT JOIN LATERAL (
      SELECT f.outcome FROM feedback f WHERE f.submission_id = latest.id ORDER BY f.created_at DESC, f.id DESC LIMIT 1
    ) verdict ON true`;
}

/**
 * With `latestWorkJoins`: the person still has to hand in, nothing yet or work sent back to revise (statuses
 * `not_submitted` and `revise`), as an SQL condition.
 */
export const STILL_TO_HAND_IN = `(latest.id IS NULL OR verdict.outcome = 'revise')`;

export interface SubmissionRef {
  id: string;
  assignmentId: string;
  assignmentTitle: string;
  assignmentInstructions: string;
  assignmentDueAt: Date;
  editionId: string;
  editionName: string;
  personId: string;
  personName: string;
  /** No newer version of this person's work on the assignment exists. */
  isLatest: boolean;
  /** The person was erased: their work's text and files are gone, so there is nothing left to review. */
  personErased: boolean;
}

export interface SubmissionFileRef {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  ownerId: string;
  editionId: string;
}

export interface ReviewQueueFilter {
  /** Only these editions (where the caller reviews); null for the programme office, which sees every edition. */
  editionIds: string[] | null;
  editionId?: string;
  assignmentId?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class SubmissionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Adds the next version of the person's work; call under the lock of the person's hand-ins of the assignment. */
  async insertVersion(
    manager: EntityManager,
    version: { assignmentId: string; personId: string; text: string; submittedAt: Date; late: boolean },
  ): Promise<{ id: string; version: number }> {
    const [row] = await manager.query(
      `INSERT INTO submission (assignment_id, person_id, version, text, submitted_at, late)
       SELECT $1, $2, COALESCE(max(version), 0) + 1, $3, $4, $5 FROM submission WHERE assignment_id = $1 AND person_id = $2
       RETURNING id, version`,
      [version.assignmentId, version.personId, version.text, version.submittedAt, version.late],
    );
    return row;
  }

  async insertFiles(manager: EntityManager, submissionId: string, files: StoredFile[]): Promise<void> {
    if (files.length === 0) return;
    await manager.query(
      `INSERT INTO submission_file (submission_id, file_name, content_type, size_bytes, storage_key, content_sha256)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[])`,
      [
        submissionId,
        files.map((f) => f.fileName),
        files.map((f) => f.contentType),
        files.map((f) => f.sizeBytes),
        files.map((f) => f.storageKey),
        files.map((f) => f.sha256),
      ],
    );
  }

  /**
   * The person's latest version of the assignment if it was handed in just now (app/repeated-submit.ts) with the same
   * text and the same files (names and bytes), or null: the one a double click or a retry sends again. Call under
   * the lock of the person's hand-ins of the assignment, so sixty at once find the first.
   */
  async findRepeatedVersion(
    manager: EntityManager,
    version: { assignmentId: string; personId: string; text: string; files: readonly StoredFile[] },
  ): Promise<{ id: string; version: number; late: boolean } | null> {
    const [row] = await manager.query(
      `SELECT s.id, s.version, s.late
         FROM submission s
        WHERE s.assignment_id = $1 AND s.person_id = $2 AND s.text = $3 AND s.submitted_at > now() - ${REPEATED_SUBMIT_WINDOW}
          AND s.version = (SELECT max(version) FROM submission WHERE assignment_id = $1 AND person_id = $2)
          AND ARRAY(SELECT f.file_name || '/' || f.content_sha256 FROM submission_file f WHERE f.submission_id = s.id
                     ORDER BY f.file_name || '/' || f.content_sha256 COLLATE "C")
              IS NOT DISTINCT FROM ARRAY(SELECT sent FROM unnest($4::text[]) AS sent ORDER BY sent COLLATE "C")`,
      [version.assignmentId, version.personId, version.text, version.files.map((file) => `${file.fileName}/${file.sha256}`)],
    );
    return row ?? null;
  }

  /** Every version of a person's work on an assignment, newest first, with files and feedback, in one query. */
  async versionsOf(assignmentId: string, personId: string): Promise<SubmissionVersion[]> {
    const rows = await this.db.query(
      `SELECT s.id, s.version, s.text, s.submitted_at AS "submittedAt", s.late,
              COALESCE((SELECT json_agg(json_build_object('id', sf.id, 'fileName', sf.file_name, 'contentType', sf.content_type,
                                                          'sizeBytes', sf.size_bytes) ORDER BY sf.file_name, sf.id)
                          FROM submission_file sf WHERE sf.submission_id = s.id), '[]') AS files,
              COALESCE((SELECT json_agg(json_build_object('id', f.id, 'comment', f.comment, 'outcome', f.outcome,
                                                          'reviewerName', rp.name, 'createdAt', f.created_at) ORDER BY f.created_at, f.id)
                          FROM feedback f LEFT JOIN person rp ON rp.id = f.reviewer_person_id WHERE f.submission_id = s.id), '[]') AS feedback
         FROM submission s
        WHERE s.assignment_id = $1 AND s.person_id = $2
        ORDER BY s.version DESC`,
      [assignmentId, personId],
    );
    return rows.map((row: Omit<SubmissionVersion, 'submittedAt' | 'files' | 'feedback'> & {
      submittedAt: Date;
      files: Omit<SubmissionVersion['files'][number], 'downloadUrl'>[];
      feedback: FeedbackSummary[];
    }) => ({
      ...row,
      submittedAt: row.submittedAt.toISOString(),
      files: row.files.map((file) => ({ ...file, sizeBytes: Number(file.sizeBytes), downloadUrl: `/api/submission-files/${file.id}` })),
      feedback: row.feedback.map((feedback) => ({ ...feedback, createdAt: new Date(feedback.createdAt).toISOString() })),
    }));
  }

  async findSubmission(submissionId: string): Promise<SubmissionRef | null> {
    const rows = await this.db.query(
      `SELECT s.id, s.assignment_id AS "assignmentId", a.title AS "assignmentTitle", a.instructions AS "assignmentInstructions",
              a.due_at AS "assignmentDueAt", a.edition_id AS "editionId", e.name AS "editionName",
              s.person_id AS "personId", p.name AS "personName", p.erased_at IS NOT NULL AS "personErased",
              NOT EXISTS (SELECT 1 FROM submission newer WHERE newer.assignment_id = s.assignment_id
                                                           AND newer.person_id = s.person_id AND newer.version > s.version) AS "isLatest"
         FROM submission s
         JOIN assignment a ON a.id = s.assignment_id
         JOIN edition e ON e.id = a.edition_id
         JOIN person p ON p.id = s.person_id
        WHERE s.id = $1`,
      [submissionId],
    );
    return rows[0] ?? null;
  }

  async findFile(fileId: string): Promise<SubmissionFileRef | null> {
    const rows = await this.db.query(
      `SELECT sf.storage_key AS "storageKey", sf.file_name AS "fileName", sf.content_type AS "contentType",
              sf.size_bytes::float8 AS "sizeBytes", s.person_id AS "ownerId", a.edition_id AS "editionId"
         FROM submission_file sf
         JOIN submission s ON s.id = sf.submission_id
         JOIN assignment a ON a.id = s.assignment_id
        WHERE sf.id = $1`,
      [fileId],
    );
    return rows[0] ?? null;
  }

  /**
   * One page of work waiting for review, oldest first: the latest version of an active participant's work
   * that has no feedback yet. An erased person's work is emptied, so it waits for nobody. One query (with the total) whatever the size of the queue.
   *
   * The WHERE clause holds only the filters that are set, so a trainer's queue starts from their own editions
   * instead of scanning every submission; the names are joined after the page is cut, and the queue is
   * MATERIALIZED so the planner weighs six relations instead of eight (planning, not execution, was the cost).
   */
  async reviewQueuePage(filter: ReviewQueueFilter): Promise<{ items: ReviewQueueItem[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [
      filter.editionIds && `a.edition_id = ANY(${param(filter.editionIds)}::uuid[])`,
      filter.editionId && `a.edition_id = ${param(filter.editionId)}`,
      filter.assignmentId && `a.id = ${param(filter.assignmentId)}`,
      `EXISTS (SELECT 1 FROM enrolment en WHERE en.edition_id = a.edition_id AND en.person_id = s.person_id
                  AND en.role = 'participant' AND en.status = 'active')`,
      `NOT EXISTS (SELECT 1 FROM person erased WHERE erased.id = s.person_id AND erased.erased_at IS NOT NULL)`,
      `NOT EXISTS (SELECT 1 FROM submission newer WHERE newer.assignment_id = s.assignment_id
                      AND newer.person_id = s.person_id AND newer.version > s.version)`,
      `NOT EXISTS (SELECT 1 FROM feedback f WHERE f.submission_id = s.id)`,
    ].filter(Boolean);
    const rows = await this.db.query(
      `WITH queue AS MATERIALIZED (
         SELECT s.id, s.assignment_id, a.title, a.edition_id, s.person_id, s.version, s.submitted_at, s.late
           FROM assignment a
           JOIN submission s ON s.assignment_id = a.id
          WHERE ${conditions.join(' AND ')}
       )
       SELECT q.id AS "submissionId", q.assignment_id AS "assignmentId", q.title AS "assignmentTitle", q.edition_id AS "editionId",
              e.name AS "editionName", p.name AS "participantName", q.version, q.submitted_at AS "submittedAt", q.late, q.total
         FROM (SELECT *, count(*) OVER ()::int AS total FROM queue ORDER BY submitted_at, id LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}) q
         JOIN edition e ON e.id = q.edition_id
         JOIN person p ON p.id = q.person_id
        ORDER BY q.submitted_at, q.id`,
      params,
    );
    return {
      items: rows.map(({ total: _, submittedAt, ...item }: ReviewQueueItem & { submittedAt: Date; total: number }) => ({
        ...item,
        submittedAt: submittedAt.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  /**
   * The lock of a person's work on an assignment until the transaction ends: a version handed in and a verdict on the
   * latest one wait for each other, so an approval and a new version sent at the same moment are not both taken, and
   * two verdicts (a double click arrives as two requests) come one after the other.
   */
  async lockHandIns(manager: EntityManager, assignmentId: string, personId: string): Promise<void> {
    await lockKey(manager, 'hand-in', personId, assignmentId);
  }

  /** Whether the person's latest version of the assignment is approved; read under lockHandIns. */
  async latestApproved(manager: EntityManager, assignmentId: string, personId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT verdict.outcome = 'approved' AS approved FROM (SELECT 1) one ${latestWorkJoins('$1::uuid', '$2::uuid')}`, [assignmentId, personId]);
    return row?.approved === true;
  }

  /** Whether no later version of the same work exists; read under lockHandIns. */
  async isLatestVersion(manager: EntityManager, submissionId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT NOT EXISTS (SELECT 1 FROM submission newer WHERE newer.assignment_id = s.assignment_id AND newer.person_id = s.person_id AND newer.version > s.version) AS latest
         FROM submission s WHERE s.id = $1`,
      [submissionId],
    );
    return row?.latest === true;
  }

  /** The latest feedback on the version; read under lockHandIns, it stays the latest until the transaction ends. */
  async latestFeedback(submissionId: string, manager: EntityManager): Promise<(FeedbackSummary & { reviewerPersonId: string | null }) | null> {
    const rows = await manager.query(
      `SELECT f.id, f.comment, f.outcome, p.name AS "reviewerName", f.created_at AS "createdAt", f.reviewer_person_id AS "reviewerPersonId"
         FROM feedback f LEFT JOIN person p ON p.id = f.reviewer_person_id
        WHERE f.submission_id = $1
        ORDER BY f.created_at DESC, f.id DESC LIMIT 1`,
      [submissionId],
    );
    return rows[0] ? { ...rows[0], createdAt: rows[0].createdAt.toISOString() } : null;
  }

  async insertFeedback(submissionId: string, reviewerPersonId: string, comment: string, outcome: FeedbackOutcome, manager: EntityManager): Promise<FeedbackSummary> {
    const [row] = await manager.query(
      `WITH inserted AS (
         INSERT INTO feedback (submission_id, reviewer_person_id, comment, outcome) VALUES ($1, $2, $3, $4)
         RETURNING id, comment, outcome, reviewer_person_id, created_at
       )
       SELECT f.id, f.comment, f.outcome, p.name AS "reviewerName", f.created_at AS "createdAt"
         FROM inserted f LEFT JOIN person p ON p.id = f.reviewer_person_id`,
      [submissionId, reviewerPersonId, comment, outcome],
    );
    return { ...row, createdAt: row.createdAt.toISOString() };
  }
}
