import { type EditionStatus, type SchoolHolidayRegion } from '@koers/shared/domain';
import type { EditionDetail, UpdateEditionRequest } from '@koers/shared/editions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { formatAmsterdamIso } from '../calendar/amsterdam-time';
import { editionRequiresAllApproved, editionThresholdPercent } from '../completion/edition-completion.rules';
import { applicationDeadlineOf } from './edition-period.repository';
import { jsonInstant } from '../database/json-instant';
import type { PlannedProgrammeDay } from './copy-settings';

export interface NewEdition {
  programmeId: string;
  name: string;
  startDate: string;
  endDate: string;
  capacity: number;
  defaultLocation: string | null;
  defaultOnlineUrl: string | null;
  schoolHolidayRegion: SchoolHolidayRegion | null;
}

/** What decides the days an edition's sessions should not fall on: its programme's closed days and its region's school holidays. */
export interface EditionPlanning {
  programmeId: string;
  schoolHolidayRegion: SchoolHolidayRegion | null;
}

export interface LockedEdition {
  status: EditionStatus;
  capacity: number;
  /** `YYYY-MM-DD`. */
  startDate: string;
}

type EditionRow = Omit<EditionDetail, 'nextSession' | 'nextStatus' | 'networkGroups' | 'participantsWithoutGroup'> & {
  nextSessionId: string | null;
  nextSessionKind: NonNullable<EditionDetail['nextSession']>['kind'];
  nextSessionTitle: string;
  nextSessionStartsAt: Date;
};

const isUniqueViolation = (error: unknown) => error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

@Injectable()
export class EditionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async planningOf(editionId: string): Promise<EditionPlanning | null> {
    const [row] = await this.db.query(`SELECT programme_id AS "programmeId", school_holiday_region AS "schoolHolidayRegion" FROM edition WHERE id = $1`, [editionId]);
    return row ?? null;
  }

  /** Editions with their enrolment counts and next session, newest first, in one query; one edition when `editionId` is given. */
  async find(editionId?: string): Promise<Omit<EditionDetail, 'nextStatus' | 'networkGroups' | 'participantsWithoutGroup'>[]> {
    const rows: EditionRow[] = await this.db.query(
      `SELECT e.id, e.name, e.programme_id AS "programmeId", p.name AS "programmeName", e.status,
              e.start_date AS "startDate", e.end_date AS "endDate", e.capacity,
              e.default_location AS "defaultLocation", e.default_online_url AS "defaultOnlineUrl",
              e.open_for_applications AS "openForApplications", to_char(${applicationDeadlineOf('e')}, 'YYYY-MM-DD') AS "applicationDeadline",
              e.price_cents AS "priceCents", e.school_holiday_region AS "schoolHolidayRegion",
              count(en.id) FILTER (WHERE en.status = 'active')::int AS enrolled,
              count(en.id) FILTER (WHERE en.status = 'waitlisted')::int AS waitlisted,
              next.id AS "nextSessionId", next.kind AS "nextSessionKind", next.title AS "nextSessionTitle", next.starts_at AS "nextSessionStartsAt"
         FROM edition e
         JOIN programme p ON p.id = e.programme_id
         LEFT JOIN enrolment en ON en.edition_id = e.id AND en.role = 'participant'
         LEFT JOIN LATERAL (
           SELECT s.id, s.kind, s.title, s.starts_at FROM session s
            WHERE s.edition_id = e.id AND s.status <> 'cancelled' AND s.starts_at > now()
            ORDER BY s.starts_at LIMIT 1
         ) next ON true
        WHERE $1::uuid IS NULL OR e.id = $1
        GROUP BY e.id, p.name, next.id, next.kind, next.title, next.starts_at
        ORDER BY e.start_date DESC, e.name`,
      [editionId ?? null],
    );
    return rows.map(({ nextSessionId, nextSessionKind, nextSessionTitle, nextSessionStartsAt, ...edition }) => ({
      ...edition,
      nextSession: nextSessionId
        ? { id: nextSessionId, kind: nextSessionKind, title: nextSessionTitle, startsAt: formatAmsterdamIso(nextSessionStartsAt) }
        : null,
    }));
  }

  /** The new edition's id, or null when the name is taken, whatever its capitals (nothing is written then). */
  async insert(edition: NewEdition, manager: EntityManager): Promise<string | null> {
    try {
      const [row] = await manager.query(
        `INSERT INTO edition (programme_id, name, start_date, end_date, capacity, default_location, default_online_url, school_holiday_region)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (lower(name)) DO NOTHING
         RETURNING id`,
        [edition.programmeId, edition.name, edition.startDate, edition.endDate, edition.capacity, edition.defaultLocation, edition.defaultOnlineUrl, edition.schoolHolidayRegion],
      );
      return row?.id ?? null;
    } catch (error) {
      // The exact name's own constraint is not the statement's arbiter: two creating the same name at the same moment.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /** Locks the edition row for the rest of the transaction; null when it does not exist. */
  async lock(editionId: string, manager: EntityManager): Promise<LockedEdition | null> {
    const [row] = await manager.query(`SELECT status, capacity, start_date::text AS "startDate" FROM edition WHERE id = $1 FOR UPDATE`, [editionId]);
    return row ?? null;
  }

  async status(editionId: string): Promise<EditionStatus | null> {
    const [row] = await this.db.query(`SELECT status FROM edition WHERE id = $1`, [editionId]);
    return row?.status ?? null;
  }

  /**
   * Moves the status only if nobody changed it since it was read. Completing it keeps the completion rule it ran under
   * on the edition (edition-completion.rules.ts), in the same statement, so a change of the programme's rule at that
   * moment cannot pass it by.
   */
  async updateStatus(editionId: string, from: EditionStatus, to: EditionStatus, manager: EntityManager = this.db.manager): Promise<boolean> {
    const [, affected] = await manager.query(
      `UPDATE edition e SET status = $3::edition_status,
              completion_threshold_percent = CASE WHEN $3::edition_status = 'completed' THEN ${editionThresholdPercent('e', 'pr')} ELSE e.completion_threshold_percent END,
              completion_requires_all_approved = CASE WHEN $3::edition_status = 'completed' THEN ${editionRequiresAllApproved('e', 'pr')} ELSE e.completion_requires_all_approved END
         FROM programme pr
        WHERE pr.id = e.programme_id AND e.id = $1 AND e.status = $2`,
      [editionId, from, to],
    );
    return affected > 0;
  }

  /** Whether a session of the edition that takes place has not ended yet. */
  async hasSessionsAhead(editionId: string, manager: EntityManager): Promise<boolean> {
    const [{ ahead }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM session WHERE edition_id = $1 AND status <> 'cancelled' AND ends_at > now()) AS ahead`, [
      editionId,
    ]);
    return ahead;
  }

  /**
   * Deletes the edition with everything in it (sessions, enrolments, assignments, invitations: the foreign keys
   * cascade); the people stay. Answers the storage keys of the files its sessions held, to remove after commit.
   */
  async delete(editionId: string, manager: EntityManager): Promise<string[]> {
    const rows: { storageKey: string }[] = await manager.query(
      `WITH files AS (
         SELECT m.storage_key FROM session_material m JOIN session s ON s.id = m.session_id WHERE s.edition_id = $1
       ), deleted AS (DELETE FROM edition WHERE id = $1)
       SELECT storage_key AS "storageKey" FROM files`,
      [editionId],
    );
    return rows.map((row) => row.storageKey);
  }

  /** Whether an edition has this name, whatever its capitals (as the unique index `edition_name_any_case` judges). */
  async nameTaken(name: string): Promise<boolean> {
    const [{ taken }] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM edition WHERE lower(name) = lower($1)) AS taken`, [name]);
    return taken;
  }

  /** `name_taken` when another edition has the name, whatever its capitals. */
  async update(editionId: string, changes: UpdateEditionRequest, manager: EntityManager): Promise<'updated' | 'name_taken'> {
    try {
      await manager.query(
        `UPDATE edition SET name = COALESCE($2, name), capacity = COALESCE($3, capacity),
                default_location = CASE WHEN $4 THEN $5 ELSE default_location END,
                default_online_url = CASE WHEN $6 THEN $7 ELSE default_online_url END,
                open_for_applications = COALESCE($8, open_for_applications),
                application_deadline = CASE WHEN $9 THEN $10::date ELSE application_deadline END,
                price_cents = CASE WHEN $11 THEN $12::int ELSE price_cents END,
                school_holiday_region = CASE WHEN $13 THEN $14 ELSE school_holiday_region END
          WHERE id = $1`,
        [
          editionId,
          changes.name ?? null,
          changes.capacity ?? null,
          changes.defaultLocation !== undefined,
          changes.defaultLocation ?? null,
          changes.defaultOnlineUrl !== undefined,
          changes.defaultOnlineUrl ?? null,
          changes.openForApplications ?? null,
          changes.applicationDeadline !== undefined,
          changes.applicationDeadline ?? null,
          changes.priceCents !== undefined,
          changes.priceCents ?? null,
          changes.schoolHolidayRegion !== undefined,
          changes.schoolHolidayRegion ?? null,
        ],
      );
      return 'updated';
    } catch (error) {
      if (isUniqueViolation(error)) return 'name_taken';
      throw error;
    }
  }

  /**
   * What a new edition copies from this one: its settings and its first two programme days as the curriculum planned
   * them (not moved, nor added by hand), with each one's place among this edition's programme days of the curriculum,
   * which give the rhythm (a moved or cancelled day between them is left out, and counted).
   */
  async copySource(editionId: string): Promise<{
    programmeId: string;
    name: string;
    capacity: number;
    defaultLocation: string | null;
    defaultOnlineUrl: string | null;
    schoolHolidayRegion: SchoolHolidayRegion | null;
    programmeDays: PlannedProgrammeDay[];
    takenNames: string[];
  } | null> {
    const [row] = await this.db.query(
      `SELECT e.programme_id AS "programmeId", e.name, e.capacity, e.default_location AS "defaultLocation",
              e.default_online_url AS "defaultOnlineUrl", e.school_holiday_region AS "schoolHolidayRegion",
              COALESCE((SELECT json_agg(json_build_object('startsAt', ${jsonInstant('first.starts_at')}, 'dayNumber', first.day_number) ORDER BY first.starts_at) FROM (
                 -- Numbered among this edition's own programme days of the curriculum, moved and cancelled ones too
                 -- (they were planned in the rhythm), not the template as it is now (a slot added since would renumber them).
                 SELECT planned.starts_at, planned.day_number FROM (
                   SELECT s.starts_at, s.status, row_number() OVER (ORDER BY cs.position)::int AS day_number
                     FROM session s JOIN curriculum_slot cs ON cs.id = s.curriculum_slot_id
                    WHERE s.edition_id = e.id AND s.kind = 'programme_day') planned
                  WHERE planned.status = 'scheduled'
                  ORDER BY planned.starts_at LIMIT 2) first), '[]') AS "programmeDays",
              ARRAY(SELECT o.name FROM edition o WHERE starts_with(o.name, regexp_replace(e.name, '[0-9]+([.][0-9]+)?$', ''))) AS "takenNames"
         FROM edition e WHERE e.id = $1`,
      [editionId],
    );
    return row ?? null;
  }
}
