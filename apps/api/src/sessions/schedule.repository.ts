import type { AttendanceStatus, SessionKind, SessionMode, SessionStatus } from '@koers/shared/domain';
import type { RsvpResponse } from '@koers/shared/rsvp';
import type { AttendeeRole } from '@koers/shared/schedule';
import type { ChosenWorkshop } from '@koers/shared/workshops';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPublishedEdition } from '../database/edition-sql';
import { delegateDeclined, latestDelegateInvitation } from '../invitations/invitations.repository';

/** A session with what a calendar entry needs. */
export interface CalendarSession {
  sessionId: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  theme: string;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
  agenda: string;
  sequence: number;
  updatedAt: Date;
  /** The network group the session runs for; null for a session of the whole cohort. */
  networkGroup: string | null;
  /** The workshop the person chose or was placed in (personal calendars only). */
  workshop?: ChosenWorkshop | null;
  /** The person's answer while it stands (`answerStands`), and when it or their delegate's answer last changed (personal calendars only). */
  myRsvp?: RsvpResponse | null;
  answeredAt?: Date | null;
}

/** A session a person is expected at: what both the schedule and the calendar feed need. */
export interface ExpectedSession extends CalendarSession {
  myAttendance: AttendanceStatus | null;
  roles: AttendeeRole[];
  /** `previous.startsAt` of the latest move, as the change history stored it. */
  movedFrom: string | null;
  /** The person's answer to the session while it stands (`answerStands`). */
  myRsvp: RsvpResponse | null;
}

const CALENDAR_COLUMNS = `s.id AS "sessionId", s.edition_id AS "editionId", ed.name AS "editionName", s.kind, s.title, s.theme,
  s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.mode, s.location, s.online_url AS "onlineUrl", s.status,
  s.agenda, s.sequence, s.updated_at AS "updatedAt", (SELECT g.name FROM network_group g WHERE g.id = s.network_group_id) AS "networkGroup"`;

/** The workshop the person (`person`, an SQL expression) chose or was placed in at session `s`, with its joins. */
const CHOSEN_WORKSHOP = `CASE WHEN wc.id IS NOT NULL THEN json_build_object('title', w.title, 'room', w.room, 'status', wc.status) END AS workshop`;
const chosenWorkshopJoins = (person: string) => `LEFT JOIN workshop_choice wc ON wc.session_id = s.id AND wc.person_id = ${person}
    LEFT JOIN workshop w ON w.id = wc.workshop_id`;

/**
 * The person's answer to session `s` while it stands (`answerStands`), and when it or their delegate's answer last
 * changed, with its join (`person`, an SQL expression): a personal calendar marks a session they stay away from.
 */
const MY_ANSWER = `CASE WHEN NOT ${delegateDeclined('r')} THEN r.response END AS "myRsvp",
         GREATEST(r.responded_at, CASE WHEN r.response = 'delegate' THEN ${latestDelegateInvitation('r', 'responded_at')} END) AS "answeredAt"`;
const myAnswerJoin = (person: string) => `LEFT JOIN session_rsvp r ON r.session_id = s.id AND r.person_id = ${person}`;

/** A moment written in full with its offset, as a session's history keeps it (`formatAmsterdamIso`): safe to cast. */
const INSTANT_WITH_OFFSET = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([+-][0-9]{2}:[0-9]{2}|Z)$';

/**
 * Where session `s` started before its latest move: the latest change that moved its start. A change of venue or link
 * of a moved session is recorded with its status too ('moved'), its times as they were and still are, so it is passed
 * over (a probe read "Verplaatst, was" with the session's own time). A start kept in another form than
 * INSTANT_WITH_OFFSET is neither cast nor passed over.
 */
export const MOVED_FROM_SQL = `SELECT c.previous->>'startsAt' FROM session_change c
   WHERE c.session_id = s.id AND c.status = 'moved'
     AND CASE WHEN c.previous->>'startsAt' ~ '${INSTANT_WITH_OFFSET}' THEN (c.previous->>'startsAt')::timestamptz END IS DISTINCT FROM s.starts_at
   ORDER BY c.changed_at DESC LIMIT 1`;

/**
 * Every session of a person, whichever way they are expected (the expected_attendee view decides), in one
 * statement. Sessions of editions still in draft are left out: their dates are not published yet.
 *
 * The sessions are read by id from the person's expected ones, and the roles looked up per session: in this shape
 * the plan PostgreSQL keeps for the prepared statement reads each session by its key (0.3 ms on the national data
 * set), where joining the grouped view to session read all 3,000 sessions (0.9 ms). The edition, too, is read by its
 * key for each session (LIMIT 1 keeps PostgreSQL from turning it into a join): as a join, the plan read and hashed
 * every edition in the country, so the schedule and the calendar feed grew slower as programmes joined (1.04 ms
 * against 0.74 ms per statement on five times the national data set).
 */
export const EXPECTED_SESSIONS_SQL = `
  SELECT ${CALENDAR_COLUMNS}, a.status AS "myAttendance", x.roles, moved.starts_at AS "movedFrom", ${CHOSEN_WORKSHOP},
         ${MY_ANSWER}
    FROM session s
    CROSS JOIN LATERAL (SELECT ed.name FROM edition ed WHERE ed.id = s.edition_id AND ${isPublishedEdition('ed')} LIMIT 1) ed
    CROSS JOIN LATERAL (
      SELECT array_agg(DISTINCT role ORDER BY role) AS roles FROM expected_attendee WHERE session_id = s.id AND person_id = $1
    ) x
    LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = $1
    ${myAnswerJoin('$1')}
    ${chosenWorkshopJoins('$1')}
    LEFT JOIN LATERAL (${MOVED_FROM_SQL}) moved(starts_at) ON s.status = 'moved'
   WHERE s.id = ANY(ARRAY(SELECT session_id FROM expected_attendee WHERE person_id = $1))
   ORDER BY s.starts_at, s.id`;

@Injectable()
export class ScheduleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  expectedSessions(personId: string): Promise<ExpectedSession[]> {
    return this.db.query(EXPECTED_SESSIONS_SQL, [personId]);
  }

  /** One session as `personId`'s calendar shows it: with the workshop they chose, as in their feed. */
  async calendarSession(sessionId: string, personId: string): Promise<CalendarSession | null> {
    const [session] = await this.calendarSessions([sessionId], personId);
    return session ?? null;
  }

  /** These sessions as `personId`'s calendar shows them (or without a person's workshop), in order of start; one statement. */
  calendarSessions(sessionIds: readonly string[], personId: string | null, manager: EntityManager = this.db.manager): Promise<CalendarSession[]> {
    return manager.query(
      `SELECT ${CALENDAR_COLUMNS}, ${CHOSEN_WORKSHOP}, ${MY_ANSWER}
         FROM session s JOIN edition ed ON ed.id = s.edition_id ${chosenWorkshopJoins('$2')} ${myAnswerJoin('$2')}
        WHERE s.id = ANY($1::uuid[]) ORDER BY s.starts_at, s.id`,
      [sessionIds, personId],
    );
  }
}
