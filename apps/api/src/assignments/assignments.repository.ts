import { type AssignmentExtensionSummary, type ExtensionReason, LATE_ENROLMENT_DAYS } from '@koers/shared/assignments';
import type { EditionRole } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isCurrentEdition } from '../database/edition-sql';
import { latestWorkJoins, STILL_TO_HAND_IN } from './submissions.repository';
import type { LatestWork } from './submission-rules';

export interface EditionForViewer {
  id: string;
  name: string;
  /** The viewer's active roles in the edition. */
  roles: EditionRole[];
}

export interface AssignmentRow {
  id: string;
  editionId: string;
  title: string;
  instructions: string;
  sessionId: string | null;
  sessionTitle: string | null;
  dueAt: Date;
  cutoffAt: Date | null;
  acceptsText: boolean;
  acceptsFiles: boolean;
  fromTemplate: boolean;
}

/** An assignment as one person sees it: their extension (if any) and the latest state of their work. */
export interface PersonalAssignmentRow extends AssignmentRow, LatestWork {
  extensionDueAt: Date | null;
  extensionCutoffAt: Date | null;
  /** Why the person has their own deadline; null without an extension. */
  extensionReason: ExtensionReason | null;
  lastSubmittedAt: Date | null;
}

export interface AssignmentFields {
  title: string;
  instructions: string;
  sessionId: string | null;
  dueAt: Date;
  cutoffAt: Date | null;
  acceptsText: boolean;
  acceptsFiles: boolean;
}

/**
 * SQL: the edition has an assignment (other than `except`) of this title, whatever its capitals, and deadline to the
 * minute, as everyone reads it: the same one again, as a double click or a second tab sends it. The caller holds the
 * edition's row lock, so two such writes take turns and the second sees the first.
 */
const sameAssignmentExists = (editionId: string, except: string, title: string, dueAt: string) =>
  `EXISTS (SELECT 1 FROM assignment same WHERE same.edition_id = ${editionId} AND same.id IS DISTINCT FROM ${except} AND lower(same.title) = lower(${title})
                AND date_trunc('minute', same.due_at) = date_trunc('minute', ${dueAt}::timestamptz))`;

/** A participant's own deadline of an assignment (an extension counts). */
export interface PersonalDeadline {
  assignmentId: string;
  personId: string;
  dueAt: Date;
}

export interface OverviewParticipantRow {
  personId: string;
  name: string;
  organisationName: string | null;
  work: ({ assignmentId: string } & LatestWork)[];
}

/** A participant who has handed in nothing for an assignment due (by their own deadline) in a window. */
export interface WorkDueRow {
  assignmentId: string;
  assignmentTitle: string;
  editionId: string;
  editionName: string;
  personId: string;
  personName: string;
  email: string;
  locale: 'nl' | 'en';
  dueAt: Date;
}

const ASSIGNMENT_COLUMNS = `
  a.id, a.edition_id AS "editionId", a.title, a.instructions, a.session_id AS "sessionId", se.title AS "sessionTitle",
  a.due_at AS "dueAt", a.cutoff_at AS "cutoffAt", a.accepts_text AS "acceptsText", a.accepts_files AS "acceptsFiles",
  a.template_id IS NOT NULL AS "fromTemplate"`;

@Injectable()
export class AssignmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findEditionForViewer(editionId: string, personId: string): Promise<EditionForViewer | null> {
    const rows = await this.db.query(
      `SELECT e.id, e.name,
              COALESCE(array_agg(DISTINCT en.role::text) FILTER (WHERE en.id IS NOT NULL), '{}') AS roles
         FROM edition e
         LEFT JOIN enrolment en ON en.edition_id = e.id AND en.person_id = $2 AND en.status = 'active'
        WHERE e.id = $1
        GROUP BY e.id`,
      [editionId, personId],
    );
    return rows[0] ?? null;
  }

  /** The editions' assignments in due order, each with the person's extension and the latest state of their work. */
  async listForPerson(editionIds: string[], personId: string): Promise<PersonalAssignmentRow[]> {
    return this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS},
              x.reason AS "extensionReason", x.due_at AS "extensionDueAt", x.cutoff_at AS "extensionCutoffAt",
              latest.id AS "submissionId", latest.late, latest.submitted_at AS "lastSubmittedAt", verdict.outcome
         FROM assignment a
         LEFT JOIN session se ON se.id = a.session_id
         LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.person_id = $2
         ${latestWorkJoins('a.id', '$2')}
        WHERE a.edition_id = ANY($1::uuid[])
        ORDER BY a.due_at, a.title`,
      [editionIds, personId],
    );
  }

  /** One assignment as the person sees it, with the edition's name; null when it does not exist. */
  async findForPerson(assignmentId: string, personId: string): Promise<(PersonalAssignmentRow & { editionName: string }) | null> {
    const rows = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, e.name AS "editionName",
              x.reason AS "extensionReason", x.due_at AS "extensionDueAt", x.cutoff_at AS "extensionCutoffAt",
              latest.id AS "submissionId", latest.late, latest.submitted_at AS "lastSubmittedAt", verdict.outcome
         FROM assignment a
         JOIN edition e ON e.id = a.edition_id
         LEFT JOIN session se ON se.id = a.session_id
         LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.person_id = $2
         ${latestWorkJoins('a.id', '$2')}
        WHERE a.id = $1`,
      [assignmentId, personId],
    );
    return rows[0] ?? null;
  }

  async listForEdition(editionId: string): Promise<AssignmentRow[]> {
    return this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a LEFT JOIN session se ON se.id = a.session_id
        WHERE a.edition_id = $1 ORDER BY a.due_at, a.title`,
      [editionId],
    );
  }

  async findById(assignmentId: string): Promise<AssignmentRow | null> {
    const rows = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignment a LEFT JOIN session se ON se.id = a.session_id WHERE a.id = $1`,
      [assignmentId],
    );
    return rows[0] ?? null;
  }

  async extensionsForEdition(editionId: string): Promise<(AssignmentExtensionSummary & { assignmentId: string })[]> {
    const rows = await this.db.query(
      `SELECT x.assignment_id AS "assignmentId", x.person_id AS "personId", p.name AS "personName",
              x.due_at AS "dueAt", x.cutoff_at AS "cutoffAt", x.reason
         FROM assignment_extension x
         JOIN assignment a ON a.id = x.assignment_id
         JOIN person p ON p.id = x.person_id
        WHERE a.edition_id = $1
        ORDER BY p.name`,
      [editionId],
    );
    return rows.map((row: { dueAt: Date; cutoffAt: Date | null }) => ({
      ...row,
      dueAt: row.dueAt.toISOString(),
      cutoffAt: row.cutoffAt?.toISOString() ?? null,
    }));
  }

  async sessionIsInEdition(sessionId: string, editionId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM session WHERE id = $1 AND edition_id = $2`, [sessionId, editionId]);
    return rows.length > 0;
  }

  /** Creates the assignment, unless the edition has the same one (`sameAssignmentExists`): null then. */
  async create(editionId: string, fields: AssignmentFields): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM edition WHERE id = $1 FOR NO KEY UPDATE`, [editionId]);
      const [row] = await manager.query(
        `INSERT INTO assignment (edition_id, title, instructions, session_id, due_at, cutoff_at, accepts_text, accepts_files)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8
          WHERE NOT ${sameAssignmentExists('$1', 'NULL', '$2', '$5')}
         RETURNING id`,
        [editionId, fields.title, fields.instructions, fields.sessionId, fields.dueAt, fields.cutoffAt, fields.acceptsText, fields.acceptsFiles],
      );
      return row?.id ?? null;
    });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Saves the fields, unless that makes it the same as another of the edition's (`sameAssignmentExists`): false then.
   * The caller holds the edition's lock (`lockEditionsOf`, taken by every change of deadlines).
   */
  async update(assignmentId: string, fields: AssignmentFields, manager: EntityManager): Promise<boolean> {
    const [, updated] = await manager.query(
      `UPDATE assignment a SET title = $2, instructions = $3, session_id = $4, due_at = $5, cutoff_at = $6, accepts_text = $7, accepts_files = $8
        WHERE a.id = $1 AND NOT ${sameAssignmentExists('a.edition_id', 'a.id', '$2', '$5')}`,
      [assignmentId, fields.title, fields.instructions, fields.sessionId, fields.dueAt, fields.cutoffAt, fields.acceptsText, fields.acceptsFiles],
    );
    return updated > 0;
  }

  /** Deletes the assignment unless work was handed in for it; false when there was. */
  async deleteUnlessSubmitted(assignmentId: string): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, count].
    const [deleted] = await this.db.query(
      `DELETE FROM assignment a WHERE a.id = $1 AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.assignment_id = a.id) RETURNING id`,
      [assignmentId],
    );
    return deleted.length > 0;
  }

  async isActiveParticipant(editionId: string, personId: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM enrolment WHERE edition_id = $1 AND person_id = $2 AND role = 'participant' AND status = 'active'`,
      [editionId, personId],
    );
    return rows.length > 0;
  }

  /** A trainer's extension; one given at a late enrolment becomes theirs. */
  async upsertExtension(assignmentId: string, personId: string, dueAt: Date, cutoffAt: Date | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO assignment_extension (assignment_id, person_id, due_at, cutoff_at, reason) VALUES ($1, $2, $3, $4, 'granted')
       ON CONFLICT (assignment_id, person_id) DO UPDATE SET due_at = excluded.due_at, cutoff_at = excluded.cutoff_at, reason = 'granted'`,
      [assignmentId, personId, dueAt, cutoffAt],
    );
  }

  /**
   * Locks the editions of these assignments (`FOR NO KEY UPDATE`, as lockEditionForSessionChanges does) until the
   * transaction ends: what changes their deadlines takes the edition first, as changes to its sessions do. A
   * statement of its own, like every lock (database/lock-row.ts).
   */
  async lockEditionsOf(assignmentIds: readonly string[], manager: EntityManager): Promise<void> {
    if (assignmentIds.length === 0) return;
    await manager.query(
      `SELECT 1 FROM edition WHERE id IN (SELECT edition_id FROM assignment WHERE id = ANY($1::uuid[])) ORDER BY id FOR NO KEY UPDATE`,
      [assignmentIds],
    );
  }

  /**
   * Keeps the extensions given at a late enrolment (extendForLateEnrolment) at least as generous as the assignments'
   * own deadlines after these changed: "at least two weeks" never becomes earlier than everyone else, and never less
   * than it was (a deadline moved later and back again leaves the late joiner where they were). A cut-off null (none)
   * stays none.
   */
  async keepLateEnrolmentExtensionsAhead(assignmentIds: readonly string[], manager: EntityManager): Promise<void> {
    if (assignmentIds.length === 0) return;
    await manager.query(
      `UPDATE assignment_extension x
          SET due_at = GREATEST(x.due_at, a.due_at),
              cutoff_at = CASE WHEN x.cutoff_at IS NULL OR a.cutoff_at IS NULL THEN NULL ELSE GREATEST(x.cutoff_at, a.cutoff_at) END
         FROM assignment a
        WHERE a.id = x.assignment_id AND a.id = ANY($1::uuid[]) AND x.reason = 'late_enrolment'`,
      [assignmentIds],
    );
  }

  /**
   * Deadlines brought forward: a late joiner who needed no extension while one lay further ahead gets one once it
   * falls within their two weeks (extendForLateEnrolment). Only for these, since an extension a trainer took back
   * stays taken back when the assignment is saved for another reason.
   */
  async extendLateJoinersForBroughtForward(assignmentIds: readonly string[], manager: EntityManager): Promise<void> {
    if (assignmentIds.length === 0) return;
    await this.extendLateJoiners({ assignmentIds }, manager);
  }

  /**
   * Gives participants who join an edition after its first day, while it is not completed (of these enrolments, the
   * active participants) LATE_ENROLMENT_DAYS for every assignment it has due before then: due that many days after the day they joined, at the assignment's own time of
   * day in Amsterdam, with its cut-off as far after that as the assignment's is after its deadline. An extension a
   * trainer granted stays as it is; one from an earlier late enrolment moves only later.
   */
  async extendForLateEnrolment(enrolmentIds: readonly string[], manager: EntityManager): Promise<void> {
    if (enrolmentIds.length === 0) return;
    await this.extendLateJoiners({ enrolmentIds }, manager);
  }

  /** extendForLateEnrolment for these enrolments, or for every late joiner of the editions these assignments are in. */
  private async extendLateJoiners(of: { enrolmentIds: readonly string[] } | { assignmentIds: readonly string[] }, manager: EntityManager): Promise<void> {
    const [enrolmentIds, assignmentIds] = 'enrolmentIds' in of ? [of.enrolmentIds, null] : [null, of.assignmentIds];
    await manager.query(
      `INSERT INTO assignment_extension (assignment_id, person_id, due_at, cutoff_at, reason)
       SELECT a.id, en.person_id, late.due_wall AT TIME ZONE 'Europe/Amsterdam',
              (late.due_wall + ((a.cutoff_at AT TIME ZONE 'Europe/Amsterdam') - (a.due_at AT TIME ZONE 'Europe/Amsterdam'))) AT TIME ZONE 'Europe/Amsterdam',
              'late_enrolment'
         FROM enrolment en
         JOIN edition ed ON ed.id = en.edition_id AND ed.status NOT IN ('completed', 'archived')
                        AND (en.enrolled_at AT TIME ZONE 'Europe/Amsterdam')::date > ed.start_date
         JOIN assignment a ON a.edition_id = en.edition_id
         -- On Amsterdam's wall clock, so a clock change between them moves neither the deadline nor its cut-off.
         CROSS JOIN LATERAL (
           SELECT (en.enrolled_at AT TIME ZONE 'Europe/Amsterdam')::date + $2::int + (a.due_at AT TIME ZONE 'Europe/Amsterdam')::time AS due_wall
         ) late
        WHERE (en.id = ANY($1::uuid[]) OR a.id = ANY($3::uuid[])) AND en.role = 'participant' AND en.status = 'active'
          AND a.due_at < late.due_wall AT TIME ZONE 'Europe/Amsterdam'
       ON CONFLICT (assignment_id, person_id) DO UPDATE SET due_at = excluded.due_at, cutoff_at = excluded.cutoff_at
        WHERE assignment_extension.reason = 'late_enrolment' AND assignment_extension.due_at < excluded.due_at`,
      [enrolmentIds, LATE_ENROLMENT_DAYS, assignmentIds],
    );
  }

  async deleteExtension(assignmentId: string, personId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM assignment_extension WHERE assignment_id = $1 AND person_id = $2`, [assignmentId, personId]);
  }

  /**
   * The deadlines (an extension counts) of the active participants (`personId`: only theirs) of published editions
   * under way who still have to hand in for these assignments (nothing yet, or work sent back): those a change of
   * deadline concerns.
   */
  async deadlinesStillToMeet(manager: EntityManager, assignmentIds: readonly string[], personId: string | null): Promise<PersonalDeadline[]> {
    if (assignmentIds.length === 0) return [];
    return manager.query(
      `SELECT a.id AS "assignmentId", en.person_id AS "personId", COALESCE(x.due_at, a.due_at) AS "dueAt"
         FROM assignment a
         JOIN edition ed ON ed.id = a.edition_id AND ${isCurrentEdition('ed')}
         JOIN enrolment en ON en.edition_id = a.edition_id AND en.role = 'participant' AND en.status = 'active'
         JOIN person p ON p.id = en.person_id AND p.erased_at IS NULL
         LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.person_id = en.person_id
         ${latestWorkJoins('a.id', 'en.person_id')}
        WHERE a.id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR en.person_id = $2) AND ${STILL_TO_HAND_IN}`,
      [assignmentIds, personId],
    );
  }

  /** Every active participant of the edition with the latest state of their work on each assignment, in one query. */
  async overview(editionId: string): Promise<OverviewParticipantRow[]> {
    return this.db.query(
      `SELECT en.person_id AS "personId", p.name, o.name AS "organisationName",
              COALESCE(json_agg(json_build_object('assignmentId', a.id, 'submissionId', latest.id, 'late', latest.late, 'outcome', verdict.outcome)
                                ORDER BY a.due_at, a.title) FILTER (WHERE a.id IS NOT NULL), '[]') AS work
         FROM enrolment en
         JOIN person p ON p.id = en.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN assignment a ON a.edition_id = en.edition_id
         ${latestWorkJoins('a.id', 'en.person_id')}
        WHERE en.edition_id = $1 AND en.role = 'participant' AND en.status = 'active'
        GROUP BY en.person_id, p.name, o.name
        ORDER BY p.name, en.person_id`,
      [editionId],
    );
  }

  /**
   * For reminders ("due in three days and not handed in"): active participants with nothing handed in for an
   * assignment whose deadline for them (their extension, if any) falls in [from, to). One query for every edition.
   */
  async notHandedInDueBetween(from: Date, to: Date): Promise<WorkDueRow[]> {
    return this.db.query(
      `SELECT a.id AS "assignmentId", a.title AS "assignmentTitle", e.id AS "editionId", e.name AS "editionName",
              p.id AS "personId", p.name AS "personName", p.email, p.locale, COALESCE(x.due_at, a.due_at) AS "dueAt"
         FROM assignment a
         JOIN edition e ON e.id = a.edition_id
         JOIN enrolment en ON en.edition_id = a.edition_id AND en.role = 'participant' AND en.status = 'active'
         JOIN person p ON p.id = en.person_id AND p.erased_at IS NULL
         LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.person_id = p.id
        WHERE COALESCE(x.due_at, a.due_at) >= $1 AND COALESCE(x.due_at, a.due_at) < $2
          AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.assignment_id = a.id AND s.person_id = p.id)
        ORDER BY "dueAt", p.id`,
      [from, to],
    );
  }
}
