import type { SessionKind } from '@koers/shared/domain';
import { PLANNED_STAFF_ROLES, type StaffPlan } from '@koers/shared/editions';
import type { SessionStaffRequest, StaffCandidate } from '@koers/shared/enrolments';
import type { SessionStaffMember, SessionStaffRole } from '@koers/shared/sessions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { matchesSearch } from '../database/search-form';
import { type EditionUnderChange, lockEditionForSessionChanges, lockKey } from '../database/lock-row';
import { titleWithGroup } from '../database/session-sql';

export interface StaffDoubleBooking {
  personId: string;
  personName: string;
  /** `YYYY-MM-DD` in Amsterdam. */
  date: string;
  sessionTitles: [string, string];
}

/** Someone who already runs a session on `date` in another edition. */
export interface StaffBusyDay {
  personId: string;
  personName: string;
  date: string;
  editionName: string;
  sessionTitle: string;
}

/** Who runs session `s`, as a JSON array of SessionStaffMember: people by name, guest speakers as entered. */
export const SESSION_STAFF_JSON = `COALESCE((
  SELECT json_agg(json_build_object('id', st.id, 'personId', st.person_id, 'name', COALESCE(p.name, st.guest_name),
                                    'organisation', COALESCE(o.name, st.guest_organisation), 'role', st.role)
                  ORDER BY st.role, COALESCE(p.name, st.guest_name))
    FROM session_staff st
    LEFT JOIN person p ON p.id = st.person_id
    LEFT JOIN organisation o ON o.id = p.organisation_id
   WHERE st.session_id = s.id), '[]')`;

/** Trainers, facilitators and speakers of sessions (session_staff). */
/** Serialises whatever changes a session's guest speakers: adding one once, and replacing the whole staff. */
export const lockSpeakers = (manager: EntityManager, sessionId: string) => lockKey(manager, 'session-speakers', sessionId);

@Injectable()
export class SessionStaffRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Of these ids, the people that exist. */
  async existingPeople(personIds: string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM person WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`, [personIds]);
    return new Set(rows.map(({ id }) => id));
  }

  /**
   * Where these people run two of the edition's coming sessions at overlapping times, each pair once (one of them
   * `atSessionId` when given), with the sessions' titles in alphabetical order (a network session's with its group)
   * and the Amsterdam calendar day of the first.
   */
  async doubleBookings(editionId: string, personIds: readonly string[], atSessionId: string | null = null): Promise<StaffDoubleBooking[]> {
    if (personIds.length === 0) return [];
    return this.db.query(
      `SELECT a.person_id AS "personId", p.name AS "personName",
              to_char(sa.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date,
              ARRAY[LEAST(${titleWithGroup('sa')}, ${titleWithGroup('sb')}), GREATEST(${titleWithGroup('sa')}, ${titleWithGroup('sb')})] AS "sessionTitles"
         FROM session_staff a
         JOIN session sa ON sa.id = a.session_id
         JOIN session_staff b ON b.person_id = a.person_id AND b.session_id > a.session_id
         JOIN session sb ON sb.id = b.session_id
         JOIN person p ON p.id = a.person_id
        WHERE a.person_id = ANY($2::uuid[]) AND sa.edition_id = $1 AND sb.edition_id = $1
          AND sa.status <> 'cancelled' AND sb.status <> 'cancelled' AND sa.ends_at > now()
          AND sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at
          AND ($3::uuid IS NULL OR $3::uuid IN (sa.id, sb.id))
        ORDER BY sa.starts_at, p.name`,
      [editionId, personIds, atSessionId],
    );
  }

  /**
   * The days (Amsterdam dates) on which these people already run a session that is not cancelled, in another
   * edition than `exceptEditionId`: one query for every person and date of a whole schedule.
   */
  async busyDays(personIds: string[], dates: string[], exceptEditionId: string | null = null): Promise<StaffBusyDay[]> {
    if (personIds.length === 0 || dates.length === 0) return [];
    return this.db.query(
      `SELECT st.person_id AS "personId", p.name AS "personName", (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS date,
              e.name AS "editionName", s.title AS "sessionTitle"
         FROM session_staff st
         JOIN session s ON s.id = st.session_id
         JOIN edition e ON e.id = s.edition_id
         JOIN person p ON p.id = st.person_id
        WHERE st.person_id = ANY($1::uuid[])
          AND (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date = ANY($2::date[])
          AND s.status <> 'cancelled'
          AND ($3::uuid IS NULL OR s.edition_id <> $3)
        ORDER BY s.starts_at`,
      [personIds, dates, exceptEditionId],
    );
  }

  /** Puts each planned person on every session of their kinds in the new edition, in one statement. */
  async insertPlanned(editionId: string, staff: StaffPlan[], manager: EntityManager): Promise<void> {
    const assignments = staff.flatMap(({ personId, role, kinds }) => kinds.map((kind) => ({ personId, role, kind })));
    if (assignments.length === 0) return;
    await manager.query(
      `INSERT INTO session_staff (session_id, person_id, role)
       SELECT DISTINCT ON (s.id, a.person_id) s.id, a.person_id, a.role::session_staff_role
         FROM unnest($2::uuid[], $3::text[], $4::text[]) AS a(person_id, role, kind)
         JOIN session s ON s.edition_id = $1 AND s.kind::text = a.kind`,
      [editionId, assignments.map((a) => a.personId), assignments.map((a) => a.role), assignments.map((a) => a.kind)],
    );
  }

  /** Who ran which kinds of session in an edition: the staff plan for a copy of it. */
  async planOf(editionId: string): Promise<(StaffPlan & { name: string })[]> {
    return this.db.query(
      `SELECT st.person_id AS "personId", p.name, st.role, array_agg(DISTINCT s.kind::text ORDER BY s.kind::text) AS kinds
         FROM session_staff st
         JOIN session s ON s.id = st.session_id
         JOIN person p ON p.id = st.person_id
        WHERE s.edition_id = $1 AND st.role IN ('trainer', 'facilitator') AND p.erased_at IS NULL
        GROUP BY st.person_id, p.name, st.role
        ORDER BY st.role DESC, p.name`,
      [editionId],
    );
  }

  /** Locks the edition against other changes to its sessions (lockEditionForSessionChanges); null when there is no such edition. */
  lockEdition(editionId: string, manager: EntityManager): Promise<EditionUnderChange | null> {
    return lockEditionForSessionChanges(manager, editionId);
  }

  /**
   * Locks a session of the edition against concurrent staffing, its edition first (lockEditionForSessionChanges), as
   * every change to an edition's sessions does; null when it is not one of its sessions.
   */
  async lockSession(editionId: string, sessionId: string, manager: EntityManager): Promise<{ edition: EditionUnderChange; date: string } | null> {
    const edition = await lockEditionForSessionChanges(manager, editionId);
    if (!edition) return null;
    const [row] = await manager.query(
      `SELECT (starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS date FROM session WHERE id = $2 AND edition_id = $1 FOR UPDATE`,
      [editionId, sessionId],
    );
    return row ? { edition, date: row.date } : null;
  }

  /**
   * Adds the person with the role to every session of the edition of those kinds that is still to come and not
   * cancelled; a session they already run is left as it is. Answers the sessions added to, with their Amsterdam day.
   * The caller holds the edition's lock (`lockEdition`), which every change to its sessions takes first.
   */
  async addToSessions(
    editionId: string,
    personId: string,
    role: SessionStaffRole,
    kinds: readonly SessionKind[],
    manager: EntityManager,
  ): Promise<{ sessionId: string; date: string }[]> {
    const target: { id: string }[] = await manager.query(
      `SELECT s.id FROM session s
        WHERE s.edition_id = $1 AND s.kind = ANY($2::session_kind[]) AND s.status <> 'cancelled' AND s.ends_at > now()
        ORDER BY s.id`,
      [editionId, kinds],
    );
    return manager.query(
      `WITH added AS (
         INSERT INTO session_staff (session_id, person_id, role)
         SELECT id, $2, $3::session_staff_role FROM unnest($1::uuid[]) AS target(id)
         ON CONFLICT (session_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
         RETURNING session_id
       )
       SELECT a.session_id AS "sessionId", (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS date
         FROM added a JOIN session s ON s.id = a.session_id ORDER BY s.starts_at`,
      [target.map((session) => session.id), personId, role],
    );
  }

  /** Replaces who runs the session, guest speakers included, after any speaker being added at the same moment (`lockKey`). */
  async replace(sessionId: string, staff: SessionStaffRequest['staff'], manager: EntityManager): Promise<void> {
    await lockSpeakers(manager, sessionId);
    await manager.query(`DELETE FROM session_staff WHERE session_id = $1`, [sessionId]);
    if (staff.length === 0) return;
    await manager.query(
      `INSERT INTO session_staff (session_id, person_id, guest_name, guest_organisation, role)
       SELECT $1, person_id, guest_name, guest_organisation, role::session_staff_role
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS st(person_id, guest_name, guest_organisation, role)`,
      [
        sessionId,
        staff.map((member) => member.personId ?? null),
        staff.map((member) => (member.personId ? null : (member.guestName ?? null))),
        staff.map((member) => (member.personId ? null : (member.guestOrganisation ?? null))),
        staff.map((member) => member.role),
      ],
    );
  }

  /**
   * Of these people, the edition's trainers and facilitators who run none of its sessions in that role (a facilitator
   * who leads one of its network groups still runs its sessions to come).
   */
  async staffWithoutSessions(editionId: string, personIds: readonly string[]): Promise<{ personId: string; personName: string; role: 'trainer' | 'facilitator'; editionName: string }[]> {
    if (personIds.length === 0) return [];
    return this.db.query(
      `SELECT en.person_id AS "personId", p.name AS "personName", en.role, e.name AS "editionName"
         FROM enrolment en JOIN person p ON p.id = en.person_id JOIN edition e ON e.id = en.edition_id
        WHERE en.edition_id = $1 AND en.person_id = ANY($2::uuid[]) AND en.role = ANY($3::edition_role[]) AND en.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM session_staff st JOIN session s ON s.id = st.session_id
                           WHERE s.edition_id = $1 AND st.person_id = en.person_id AND st.role::text = en.role::text)
          AND NOT (en.role = 'facilitator' AND EXISTS (SELECT 1 FROM network_group_facilitator f JOIN network_group g ON g.id = f.network_group_id
                                                       WHERE g.edition_id = $1 AND f.person_id = en.person_id))
        ORDER BY p.name, en.role`,
      [editionId, personIds, PLANNED_STAFF_ROLES],
    );
  }

  async ofSession(sessionId: string, manager: EntityManager = this.db.manager): Promise<SessionStaffMember[]> {
    const [row] = await manager.query(`SELECT ${SESSION_STAFF_JSON} AS staff FROM session s WHERE s.id = $1`, [sessionId]);
    return row.staff;
  }

  /** People who run or ran sessions as trainer or facilitator anywhere, optionally matching `search`, one page. */
  async candidates(search: string, limit: number, offset: number): Promise<{ items: StaffCandidate[]; total: number }> {
    const rows = await this.db.query(
      `SELECT p.id, p.name, p.email, o.name AS organisation, count(*) OVER ()::int AS total
         FROM person p
         LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE p.erased_at IS NULL
          AND ($1 = '' OR ${matchesSearch('p.name', '$1')} OR ${matchesSearch('p.email', '$1')})
          AND (EXISTS (SELECT 1 FROM enrolment en WHERE en.person_id = p.id AND en.role IN ('trainer', 'facilitator'))
               OR EXISTS (SELECT 1 FROM session_staff st WHERE st.person_id = p.id AND st.role IN ('trainer', 'facilitator')))
        ORDER BY p.name, p.id
        LIMIT $2 OFFSET $3`,
      [search, limit, offset],
    );
    return { items: rows.map(({ total: _, ...candidate }: StaffCandidate & { total: number }) => candidate), total: rows[0]?.total ?? 0 };
  }
}
