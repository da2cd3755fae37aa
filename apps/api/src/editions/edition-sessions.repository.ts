import type { SessionStatus } from '@koers/shared/domain';
import { RUNNING_ROLES } from '@koers/shared/schedule';
import type { AddSessionRequest, EditionSession, SessionChangeEntry } from '@koers/shared/editions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { formatAmsterdamIso, shiftedOnAmsterdamClock } from '../calendar/amsterdam-time';
import { type EditionUnderChange, lockEditionForSessionChanges } from '../database/lock-row';
import { titleWithGroup } from '../database/session-sql';
import { SESSION_STAFF_JSON } from '../sessions/session-staff.repository';
import type { PlannedAssignment, PlannedSession } from './schedule/plan-edition';

/** A session as it is before a change, with its edition: what rescheduling and cancelling decide on. */
export interface LockedSession {
  id: string;
  edition: EditionUnderChange;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
}

export interface SessionUpdate {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
}

/** A session added to an edition by hand, at its instants. */
export type AddedSession = Omit<AddSessionRequest, 'date' | 'startTime' | 'endTime' | 'theme' | 'location' | 'onlineUrl' | 'networkGroupId'> & {
  theme: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  networkGroupId: string | null;
};

/** An assignment made from a template that hangs off a session, as stored now. */
export interface TemplatedAssignment {
  id: string;
  title: string;
  dueAt: Date;
  offsetDays: number;
  dueTime: string;
}

type SessionRow = Omit<EditionSession, 'startsAt' | 'endsAt' | 'audience'> & {
  startsAt: Date;
  endsAt: Date;
  participants: boolean;
  internalTeams: boolean;
  directors: boolean;
};

/** People expected at two of the edition's sessions at once (`attendees_double_booked`). */
export interface AttendeesDoubleBooking {
  date: string;
  sessionTitles: [string, string];
  people: number;
}

@Injectable()
export class EditionSessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The edition's other sessions, not cancelled, that share some of this session's time (still to come) with people
   * expected at both as participant, team member, director or delegate (those who run sessions are warned of by
   * staffing): how many, per session, in time order.
   */
  attendeesDoubleBooked(sessionId: string): Promise<AttendeesDoubleBooking[]> {
    return this.db.query(
      `SELECT to_char(GREATEST(s.starts_at, o.starts_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date,
              ARRAY[${titleWithGroup('s')}, ${titleWithGroup('o')}] AS "sessionTitles", count(DISTINCT ea.person_id)::int AS people
         FROM session s
         JOIN session o ON o.edition_id = s.edition_id AND o.id <> s.id AND o.status <> 'cancelled' AND o.starts_at < s.ends_at AND s.starts_at < o.ends_at
         JOIN expected_attendee ea ON ea.session_id = o.id AND ea.role <> ALL($2::text[])
        WHERE s.id = $1 AND s.status <> 'cancelled' AND s.ends_at > now()
          AND EXISTS (SELECT 1 FROM expected_attendee here WHERE here.session_id = s.id AND here.person_id = ea.person_id AND here.role <> ALL($2::text[]))
        GROUP BY s.id, o.id
        ORDER BY o.starts_at, 2`,
      [sessionId, RUNNING_ROLES],
    );
  }

  /** Sessions of an edition (or the one session) with who runs them, in time order, in one query. */
  async list(editionId: string, sessionId?: string, manager: EntityManager = this.db.manager): Promise<EditionSession[]> {
    const rows: SessionRow[] = await manager.query(
      `SELECT s.id, s.kind, s.title, s.theme, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.mode, s.location,
              s.online_url AS "onlineUrl", s.status, s.sequence, s.audience_participants AS participants,
              s.audience_internal_teams AS "internalTeams", s.audience_directors AS directors,
              ${SESSION_STAFF_JSON} AS staff,
              (SELECT g.name FROM network_group g WHERE g.id = s.network_group_id) AS "networkGroup"
         FROM session s
        WHERE s.edition_id = $1 AND ($2::uuid IS NULL OR s.id = $2)
        ORDER BY s.starts_at, s.title`,
      [editionId, sessionId ?? null],
    );
    return rows.map(({ startsAt, endsAt, participants, internalTeams, directors, ...session }) => ({
      ...session,
      startsAt: formatAmsterdamIso(startsAt),
      endsAt: formatAmsterdamIso(endsAt),
      audience: { participants, internalTeams, directors },
    }));
  }

  async editionExists(editionId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM edition WHERE id = $1`, [editionId]);
    return rows.length > 0;
  }

  /** All sessions of a new edition in one statement. */
  async insertPlanned(editionId: string, sessions: PlannedSession[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO session (edition_id, curriculum_slot_id, kind, title, theme, starts_at, ends_at, mode, location, online_url,
                            audience_participants, audience_internal_teams, audience_directors)
       SELECT $1, slot, kind::session_kind, title, theme, starts_at, ends_at, mode::session_mode, location, online_url,
              participants, internal_teams, directors
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::text[], $9::text[],
                     $10::text[], $11::boolean[], $12::boolean[], $13::boolean[])
           AS s(slot, kind, title, theme, starts_at, ends_at, mode, location, online_url, participants, internal_teams, directors)`,
      [
        editionId,
        sessions.map((s) => s.slotId),
        sessions.map((s) => s.kind),
        sessions.map((s) => s.title),
        sessions.map((s) => s.theme),
        sessions.map((s) => s.startsAt),
        sessions.map((s) => s.endsAt),
        sessions.map((s) => s.mode),
        sessions.map((s) => s.location),
        sessions.map((s) => s.onlineUrl),
        sessions.map((s) => s.audience.participants),
        sessions.map((s) => s.audience.internalTeams),
        sessions.map((s) => s.audience.directors),
      ],
    );
  }

  /** All assignments of a new edition in one statement, each linked to the session its deadline hangs off. */
  async insertAssignments(editionId: string, assignments: PlannedAssignment[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO assignment (edition_id, template_id, session_id, title, instructions, due_at)
       SELECT $1, t.id, s.id, t.title, t.instructions, a.due_at
         FROM unnest($2::uuid[], $3::timestamptz[]) AS a(template_id, due_at)
         JOIN assignment_template t ON t.id = a.template_id
         JOIN session s ON s.edition_id = $1 AND s.curriculum_slot_id = t.relative_to_slot_id`,
      [editionId, assignments.map((a) => a.templateId), assignments.map((a) => a.dueAt)],
    );
  }

  /** Locks the edition against other changes to its sessions (lockEditionForSessionChanges); null when there is no such edition. */
  lockEdition(editionId: string, manager: EntityManager): Promise<EditionUnderChange | null> {
    return lockEditionForSessionChanges(manager, editionId);
  }

  /** Whether the edition has this session already: the same kind, title (whatever its capitals), times and group, and not cancelled. */
  async hasSameSession(editionId: string, session: AddedSession, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM session
        WHERE edition_id = $1 AND kind = $2 AND lower(title) = lower($3) AND starts_at = $4 AND ends_at = $5
          AND network_group_id IS NOT DISTINCT FROM $6 AND status <> 'cancelled'`,
      [editionId, session.kind, session.title, session.startsAt, session.endsAt, session.networkGroupId],
    );
    return rows.length > 0;
  }

  /**
   * A session the curriculum did not plan, in one statement; a group's session is staffed by the group's
   * facilitators, as its planned sessions are. Null, and nothing stored, when the group is not one of the edition's.
   */
  async insertAdded(editionId: string, session: AddedSession, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(
      `WITH added AS (
         INSERT INTO session (edition_id, network_group_id, kind, title, theme, starts_at, ends_at, mode, location, online_url,
                              audience_participants, audience_internal_teams, audience_directors)
         SELECT $1, g.id, $3::session_kind, $4::text, $5::text, $6::timestamptz, $7::timestamptz, $8::session_mode, $9::text, $10::text,
                $11::boolean, $12::boolean, $13::boolean
           FROM (SELECT $2::uuid AS id) wanted LEFT JOIN network_group g ON g.id = wanted.id AND g.edition_id = $1
          WHERE wanted.id IS NULL OR g.id IS NOT NULL
         RETURNING id, network_group_id
       ), staffed AS (
         INSERT INTO session_staff (session_id, person_id, role)
         SELECT a.id, f.person_id, 'facilitator' FROM added a JOIN network_group_facilitator f ON f.network_group_id = a.network_group_id
       )
       SELECT id FROM added`,
      [
        editionId,
        session.networkGroupId,
        session.kind,
        session.title,
        session.theme,
        session.startsAt,
        session.endsAt,
        session.mode,
        session.location,
        session.onlineUrl,
        session.audience.participants,
        session.audience.internalTeams,
        session.audience.directors,
      ],
    );
    return row?.id ?? null;
  }

  /**
   * Locks the session for the rest of the transaction, its edition first (lockEditionForSessionChanges): changes to
   * the edition's sessions go one after the other, so each fits the edition's period (EditionPeriodRepository) to what
   * the one before did. Null when it is not a session of this edition.
   */
  async lock(editionId: string, sessionId: string, manager: EntityManager): Promise<LockedSession | null> {
    const edition = await this.lockEdition(editionId, manager);
    if (!edition) return null;
    const [row] = await manager.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.location, s.online_url AS "onlineUrl", s.status
         FROM session s WHERE s.id = $2 AND s.edition_id = $1
          FOR UPDATE`,
      [editionId, sessionId],
    );
    return row ? { ...row, edition } : null;
  }

  /** How many people have a mark at the session that says it took place for them or not (present, late, absent). */
  async attendanceRecorded(sessionId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS marks FROM attendance WHERE session_id = $1 AND status <> 'excused'`, [sessionId]);
    return row.marks;
  }

  /**
   * Applies a change and keeps the session's previous values in its history, in two statements.
   * The sequence rises so that calendar clients replace their copy.
   */
  async change(
    before: LockedSession,
    after: SessionUpdate,
    change: { reason: string; changedByPersonId: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO session_change (session_id, status, previous, reason, changed_by_person_id) VALUES ($1, $2, $3, $4, $5)`,
      [
        before.id,
        after.status,
        {
          startsAt: formatAmsterdamIso(before.startsAt),
          endsAt: formatAmsterdamIso(before.endsAt),
          location: before.location,
          onlineUrl: before.onlineUrl,
          status: before.status,
        },
        change.reason,
        change.changedByPersonId,
      ],
    );
    // A workshop choice still open keeps its distance to the start ("until the day before"), so a session moved
    // earlier is not chosen for after it began; one already closed stays closed (its lapsed wishes do not come back).
    // The distance is kept on Amsterdam's wall clock: "Saturday 17:00" a week later is Saturday 17:00, also when the
    // clocks changed in between, as assignment deadlines move.
    await manager.query(
      `UPDATE session SET starts_at = $2, ends_at = $3, location = $4, online_url = $5, status = $6, sequence = sequence + 1, updated_at = now(),
              workshop_choice_closes_at = CASE WHEN workshop_choice_closes_at > now()
                                               THEN ${shiftedOnAmsterdamClock('workshop_choice_closes_at', 'starts_at', '$2::timestamptz')}
                                               ELSE workshop_choice_closes_at END
        WHERE id = $1`,
      [before.id, after.startsAt, after.endsAt, after.location, after.onlineUrl, after.status],
    );
  }

  async changes(editionId: string, sessionId: string): Promise<SessionChangeEntry[]> {
    const rows = await this.db.query(
      `SELECT c.id, c.status, c.previous, c.reason, c.changed_at AS "changedAt", p.name AS "changedByName"
         FROM session_change c
         JOIN session s ON s.id = c.session_id
         LEFT JOIN person p ON p.id = c.changed_by_person_id
        WHERE c.session_id = $2 AND s.edition_id = $1
        ORDER BY c.changed_at DESC, c.id`,
      [editionId, sessionId],
    );
    return rows.map((row: SessionChangeEntry & { changedAt: Date }) => ({ ...row, changedAt: formatAmsterdamIso(row.changedAt) }));
  }

  /** The session's assignments that were made from a template, with that template's deadline rule. */
  async templatedAssignments(sessionId: string, manager: EntityManager): Promise<TemplatedAssignment[]> {
    return manager.query(
      `SELECT a.id, a.title, a.due_at AS "dueAt", t.offset_days AS "offsetDays", t.due_time AS "dueTime"
         FROM assignment a JOIN assignment_template t ON t.id = a.template_id
        WHERE a.session_id = $1`,
      [sessionId],
    );
  }

  /** New deadlines in one statement; a cut-off keeps its distance to the deadline on Amsterdam's clock. */
  async moveDeadlines(deadlines: { id: string; dueAt: Date }[], manager: EntityManager): Promise<void> {
    if (deadlines.length === 0) return;
    await manager.query(
      `UPDATE assignment a SET due_at = d.due_at, cutoff_at = ${shiftedOnAmsterdamClock('a.cutoff_at', 'a.due_at', 'd.due_at')}
         FROM unnest($1::uuid[], $2::timestamptz[]) AS d(id, due_at)
        WHERE a.id = d.id`,
      [deadlines.map((d) => d.id), deadlines.map((d) => d.dueAt)],
    );
  }
}
