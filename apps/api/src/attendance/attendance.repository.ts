import type { AttendanceChangeEntry, AttendanceMark, RosterEntry, SavedMark } from '@koers/shared/attendance';
import type { SessionKind, SessionStatus } from '@koers/shared/domain';
import { RUNNING_ROLES } from '@koers/shared/schedule';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { countsSinceEnrolment } from './attendance-rates.repository';

export interface SessionForAttendance {
  id: string;
  editionId: string;
  editionName: string;
  title: string;
  kind: SessionKind;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
}

/** Which of a person's rows in expected_attendee decides their place on the roster, first wins. */
const ROLE_ORDER = `ARRAY['participant', 'internal_team_member', 'director', 'delegate', 'trainer', 'facilitator', 'speaker']`;

/**
 * Whether check-in at the session is open at the instant `now` (an SQL parameter): not cancelled, from `opensMinutesBefore`
 * minutes before its start until its end, as `checkInWindow` judges a session already read.
 */
const checkInOpen = (session: string, now: string, opensMinutesBefore: string) =>
  `${session}.status <> 'cancelled' AND ${session}.starts_at - ${opensMinutesBefore} * interval '1 minute' <= ${now} AND ${session}.ends_at > ${now}`;

const MARK_COLUMNS = `person_id AS "personId", status, note, recorded_at AS "recordedAt"`;

/**
 * Attendance marks and their history. Who is expected comes from the expected_attendee view, never from a copy of its
 * rule. A history row's statuses have enum types of their own, hence the casts via text.
 */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findSession(sessionId: string): Promise<SessionForAttendance | null> {
    const rows = await this.db.query(
      `SELECT s.id, s.edition_id AS "editionId", e.name AS "editionName", s.title, s.kind, s.status,
              s.starts_at AS "startsAt", s.ends_at AS "endsAt"
         FROM session s JOIN edition e ON e.id = s.edition_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /**
   * Everyone expected at the session with their mark, one row per person (someone expected twice keeps the
   * first role of ROLE_ORDER), internal-team members pointing at their participant and delegates at their director.
   */
  async roster(sessionId: string): Promise<RosterEntry[]> {
    return this.db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (x.person_id)
                x.person_id AS "personId", p.name, x.role, o.name AS organisation,
                a.status, COALESCE(a.note, '') AS note,
                COALESCE(supported.person_id, x.delegate_of_person_id) AS "groupedUnder",
                last_change.source, w.title AS workshop
           FROM expected_attendee x
           JOIN person p ON p.id = x.person_id
           LEFT JOIN organisation o ON o.id = p.organisation_id
           LEFT JOIN enrolment own ON own.id = x.enrolment_id
           LEFT JOIN enrolment supported ON supported.id = own.supports_enrolment_id
           LEFT JOIN attendance a ON a.session_id = x.session_id AND a.person_id = x.person_id
           LEFT JOIN workshop_choice wc ON wc.session_id = x.session_id AND wc.person_id = x.person_id AND wc.status = 'placed'
           LEFT JOIN workshop w ON w.id = wc.workshop_id
           LEFT JOIN LATERAL (
             SELECT c.source FROM attendance_change c
              WHERE c.session_id = x.session_id AND c.person_id = x.person_id
              ORDER BY c.changed_at DESC LIMIT 1
           ) last_change ON a.id IS NOT NULL
          WHERE x.session_id = $1
          ORDER BY x.person_id, array_position(${ROLE_ORDER}, x.role)
       ) roster
       ORDER BY array_position(${ROLE_ORDER}, role), name, "personId"`,
      [sessionId],
    );
  }

  /** The sessions the person is expected at whose check-in window is open at `now`, not cancelled. */
  async openForCheckIn(personId: string, now: Date, opensMinutesBefore: number): Promise<SessionForAttendance[]> {
    return this.db.query(
      `SELECT DISTINCT s.id, s.edition_id AS "editionId", e.name AS "editionName", s.title, s.kind, s.status,
              s.starts_at AS "startsAt", s.ends_at AS "endsAt"
         FROM expected_attendee x
         JOIN session s ON s.id = x.session_id
         JOIN edition e ON e.id = s.edition_id
        WHERE x.person_id = $1 AND ${checkInOpen('s', '$2', '$3')}`,
      [personId, now, opensMinutesBefore],
    );
  }

  async findMark(sessionId: string, personId: string): Promise<SavedMark | null> {
    const rows = await this.db.query(`SELECT ${MARK_COLUMNS} FROM attendance WHERE session_id = $1 AND person_id = $2`, [sessionId, personId]);
    return rows[0] ?? null;
  }

  /**
   * Serialises the saves of one session until the transaction ends, so the value each history row calls
   * "previous" is the one it really replaced, also when two trainers save the same person at the same moment; and
   * answers the session's time and state as they stand under the lock: the session row's, which a move also takes,
   * so marks are never saved for a time the session was just moved away from.
   */
  async lockSessionMarks(sessionId: string, manager: EntityManager): Promise<{ startsAt: Date; endsAt: Date; status: SessionStatus } | null> {
    const [row] = await manager.query(`SELECT starts_at AS "startsAt", ends_at AS "endsAt", status FROM session WHERE id = $1 FOR NO KEY UPDATE`, [
      sessionId,
    ]);
    return row ?? null;
  }

  /** Which of these people are not expected at the session: ids only, as the caller may not know who they are. */
  async notExpected(sessionId: string, personIds: string[], manager: EntityManager): Promise<string[]> {
    const rows: { personId: string }[] = await manager.query(
      `SELECT i.person_id AS "personId"
         FROM unnest($2::uuid[]) WITH ORDINALITY AS i(person_id, position)
        WHERE NOT EXISTS (SELECT 1 FROM expected_attendee x WHERE x.session_id = $1 AND x.person_id = i.person_id)
        ORDER BY i.position`,
      [sessionId, personIds],
    );
    return rows.map((row) => row.personId);
  }

  /**
   * A trainer's marks in one statement whatever their number: each mark its own upsert, a history row
   * (with the value before) for every mark that changed, unchanged marks left alone. Without `note` the stored
   * note stays. Answers every mark as it now stands. Call inside the transaction that holds lockSessionMarks. A change
   * is dated when this statement runs (`clock_timestamp()`), not when its transaction began: a save that waited for the
   * lock comes after the save it waited for, and the history reads in that order.
   */
  async saveMarks(sessionId: string, marks: AttendanceMark[], recordedBy: string, manager: EntityManager): Promise<SavedMark[]> {
    return manager.query(
      `WITH input AS (
         SELECT * FROM unnest($2::uuid[], $3::attendance_status[], $4::text[]) AS i(person_id, status, note)
       ), previous AS (
         SELECT a.person_id, a.status, a.note, a.recorded_at
           FROM attendance a JOIN input i ON i.person_id = a.person_id
          WHERE a.session_id = $1
       ), upserted AS (
         INSERT INTO attendance AS a (session_id, person_id, status, note, recorded_by_person_id, recorded_at)
         SELECT $1, i.person_id, i.status, COALESCE(i.note, p.note, ''), $5, clock_timestamp()
           FROM input i LEFT JOIN previous p ON p.person_id = i.person_id
         ON CONFLICT (session_id, person_id) DO UPDATE
            SET status = EXCLUDED.status, note = EXCLUDED.note,
                recorded_by_person_id = EXCLUDED.recorded_by_person_id, recorded_at = EXCLUDED.recorded_at
          WHERE a.status IS DISTINCT FROM EXCLUDED.status OR a.note IS DISTINCT FROM EXCLUDED.note
         RETURNING a.person_id, a.status, a.note, a.recorded_at
       ), history AS (
         INSERT INTO attendance_change (session_id, person_id, previous_status, status, note, source, changed_by_person_id, changed_at)
         SELECT $1, u.person_id, p.status::text::attendance_change_previous_status, u.status::text::attendance_change_status, u.note, 'trainer', $5,
                u.recorded_at
           FROM upserted u LEFT JOIN previous p ON p.person_id = u.person_id
       )
       SELECT i.person_id AS "personId", COALESCE(u.status, p.status) AS status, COALESCE(u.note, p.note) AS note,
              COALESCE(u.recorded_at, p.recorded_at) AS "recordedAt"
         FROM input i
         LEFT JOIN upserted u ON u.person_id = i.person_id
         LEFT JOIN previous p ON p.person_id = i.person_id`,
      [sessionId, marks.map((m) => m.personId), marks.map((m) => m.status), marks.map((m) => m.note ?? null), recordedBy],
    );
  }

  /**
   * Marks the person present unless a mark already stands (a trainer's mark is never overwritten by a check-in), if
   * the session's check-in window holds at `now`: judged on its row read under a share lock, so a move or
   * cancellation being saved is waited for and the window judged on what it saved (as saving marks does). When the
   * window does not hold, `closed` with the session's time and state as they stand; null when a check-in racing this
   * one holds the mark and neither can see the other's yet.
   */
  async checkIn(
    sessionId: string,
    personId: string,
    now: Date,
    opensMinutesBefore: number,
  ): Promise<{ mark: SavedMark; created: boolean } | { closed: Pick<SessionForAttendance, 'startsAt' | 'endsAt' | 'status'> | null } | null> {
    const [row] = await this.db.query(
      `WITH locked AS (
         SELECT s.id, s.starts_at, s.ends_at, s.status, ${checkInOpen('s', '$3', '$4')} AS open FROM session s WHERE s.id = $1 FOR SHARE
       ), inserted AS (
         INSERT INTO attendance (session_id, person_id, status, recorded_by_person_id)
         SELECT id, $2, 'present', $2 FROM locked WHERE open
         ON CONFLICT (session_id, person_id) DO NOTHING
         RETURNING ${MARK_COLUMNS}
       ), history AS (
         INSERT INTO attendance_change (session_id, person_id, previous_status, status, note, source, changed_by_person_id)
         SELECT $1, "personId", NULL, status::text::attendance_change_status, note, 'self_check_in', $2 FROM inserted
       ), mark AS (
         SELECT *, true AS created FROM inserted
         UNION ALL
         SELECT ${MARK_COLUMNS}, false FROM attendance
          WHERE session_id = $1 AND person_id = $2 AND NOT EXISTS (SELECT 1 FROM inserted)
       )
       SELECT locked.open, locked.starts_at AS "sessionStartsAt", locked.ends_at AS "sessionEndsAt", locked.status AS "sessionStatus", mark.*
         FROM locked LEFT JOIN mark ON true`,
      [sessionId, personId, now, opensMinutesBefore],
    );
    // Gone meanwhile (an edition's draft deleted): nothing to check in at.
    if (!row) return { closed: null };
    const { open, sessionStartsAt, sessionEndsAt, sessionStatus, created, ...mark } = row;
    if (!open) return { closed: { startsAt: sessionStartsAt, endsAt: sessionEndsAt, status: sessionStatus } };
    return created === null ? null : { mark, created };
  }

  /**
   * Everyone expected but unmarked, staff aside, becomes absent; one statement with its history. Someone enrolled
   * only after the session ended (countsSinceEnrolment) owed nothing to it and stays unmarked; a delegate has no
   * enrolment.
   */
  async markEmptyAbsent(sessionId: string, recordedBy: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [row] = await manager.query(
      `WITH inserted AS (
         INSERT INTO attendance (session_id, person_id, status, recorded_by_person_id)
         SELECT DISTINCT $1::uuid, x.person_id, 'absent'::attendance_status, $2::uuid
           FROM expected_attendee x
          WHERE x.session_id = $1 AND x.role <> ALL($3::text[])
            AND (x.role = 'delegate' OR EXISTS (
                  SELECT 1 FROM session s JOIN enrolment en ON en.edition_id = s.edition_id AND en.person_id = x.person_id AND en.status = 'active'
                   WHERE s.id = $1 AND ${countsSinceEnrolment('s', 'en')}))
         ON CONFLICT (session_id, person_id) DO NOTHING
         RETURNING person_id, status, note
       ), history AS (
         INSERT INTO attendance_change (session_id, person_id, previous_status, status, note, source, changed_by_person_id)
         SELECT $1, person_id, NULL, status::text::attendance_change_status, note, 'bulk_absent', $2 FROM inserted
       )
       SELECT count(*)::int AS marked FROM inserted`,
      [sessionId, recordedBy, RUNNING_ROLES],
    );
    return row.marked;
  }

  /** One page of the session's history, newest first, with the total. */
  async changes(sessionId: string, limit: number, offset: number): Promise<{ items: AttendanceChangeEntry[]; total: number }> {
    const rows = await this.db.query(
      `SELECT c.person_id AS "personId", p.name AS "personName", c.previous_status AS "previousStatus", c.status, c.note,
              c.source, changer.name AS "changedBy", c.changed_at AS "changedAt", count(*) OVER ()::int AS total
         FROM attendance_change c
         JOIN person p ON p.id = c.person_id
         LEFT JOIN person changer ON changer.id = c.changed_by_person_id
        WHERE c.session_id = $1
        ORDER BY c.changed_at DESC, c.id
        LIMIT $2 OFFSET $3`,
      [sessionId, limit, offset],
    );
    return {
      items: rows.map(({ total: _, ...entry }: AttendanceChangeEntry & { total: number }) => entry),
      total: rows[0]?.total ?? 0,
    };
  }
}
