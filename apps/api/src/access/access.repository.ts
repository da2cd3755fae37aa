import type { EditionStatus } from '@koers/shared/domain';
import { type Permission, programmeOfficeHolds } from '@koers/shared/permissions';
import type { EditionRole } from '@koers/shared/roles';
import type { AttendeeRole } from '@koers/shared/schedule';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runsSession } from '../database/session-sql';

/** A person's standing in one edition: its status and their active roles there. */
export interface EditionStanding {
  editionId: string;
  editionStatus: EditionStatus;
  roles: EditionRole[];
}

/** The same for one session, with whether the person is expected at it and as what (the `expected_attendee` view). */
export interface SessionStanding extends EditionStanding {
  sessionId: string;
  /** Why they are expected (participant, director, delegate, trainer, speaker, ...): empty when not expected. */
  expectedAs: AttendeeRole[];
}

/**
 * Whether person `person` (an SQL alias of a `person` row) holds `permission` as the programme office, as
 * `AccessService.requireProgrammeOffice` decides it for a caller, and is still there to tell (not erased): who a
 * mail to the programme office about that work goes to. False for everyone when the office does not hold it.
 */
export const holdsAsProgrammeOffice = (permission: Permission, person: string) =>
  programmeOfficeHolds(permission) ? `(${person}.is_admin AND ${person}.erased_at IS NULL)` : 'false';

/** Set-based access questions: one query answers for a whole list of ids. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person's standing in each of these editions that exists. */
  async editionStandings(personId: string, editionIds: string[]): Promise<EditionStanding[]> {
    if (editionIds.length === 0) return [];
    return this.db.query(
      `SELECT e.id AS "editionId", e.status AS "editionStatus",
              ARRAY(SELECT en.role::text FROM enrolment en WHERE en.edition_id = e.id AND en.person_id = $1 AND en.status = 'active') AS roles
         FROM edition e WHERE e.id = ANY($2::uuid[])`,
      [personId, editionIds],
    );
  }

  /**
   * The person's standing at each of these sessions that exists. The facilitator role counts only at the sessions the
   * facilitator runs (`session_staff`, as more than a speaker: their group's network sessions, and any other they were
   * put on): a facilitator sees and records their own sessions, not another group's, nor the rosters, notes and marks
   * of a programme day they do not run (trainers run the whole edition).
   */
  async sessionStandings(personId: string, sessionIds: string[]): Promise<SessionStanding[]> {
    if (sessionIds.length === 0) return [];
    return this.db.query(
      `SELECT s.id AS "sessionId", s.edition_id AS "editionId", e.status AS "editionStatus",
              ARRAY(SELECT en.role::text FROM enrolment en WHERE en.edition_id = e.id AND en.person_id = $1 AND en.status = 'active'
                       AND NOT (en.role = 'facilitator'
                                AND NOT ${runsSession('s.id', '$1')})) AS roles,
              ARRAY(SELECT DISTINCT ea.role::text FROM expected_attendee ea WHERE ea.session_id = s.id AND ea.person_id = $1) AS "expectedAs"
         FROM session s JOIN edition e ON e.id = s.edition_id WHERE s.id = ANY($2::uuid[])`,
      [personId, sessionIds],
    );
  }

  /** The editions where the person holds one of the roles; in a draft edition only the roles that prepare it count. */
  async editionsWithRole(personId: string, roles: readonly EditionRole[], preparingRoles: readonly EditionRole[]): Promise<string[]> {
    const rows: { editionId: string }[] = await this.db.query(
      `SELECT DISTINCT en.edition_id AS "editionId" FROM enrolment en JOIN edition e ON e.id = en.edition_id
        WHERE en.person_id = $1 AND en.status = 'active' AND en.role = ANY($2::edition_role[])
          AND (e.status <> 'draft' OR en.role = ANY($3::edition_role[]))`,
      [personId, roles, preparingRoles],
    );
    return rows.map((row) => row.editionId);
  }

  /** Whether the region exists, and whether the person is a programme manager of it; null when it does not exist. */
  async regionStanding(personId: string, regionId: string): Promise<{ manages: boolean } | null> {
    const rows: { manages: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM regional_programme_manager m WHERE m.region_id = r.id AND m.person_id = $1) AS manages
         FROM region r WHERE r.id = $2`,
      [personId, regionId],
    );
    return rows[0] ?? null;
  }

  /** The regions the person is a programme manager of. */
  async managedRegions(personId: string): Promise<string[]> {
    const rows: { regionId: string }[] = await this.db.query(`SELECT region_id AS "regionId" FROM regional_programme_manager WHERE person_id = $1`, [personId]);
    return rows.map((row) => row.regionId);
  }
}
