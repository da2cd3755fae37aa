import type { SessionKind, SessionStatus } from '@koers/shared/domain';
import type { Rsvp, RsvpInvitee, RsvpResponse, RsvpRole, RsvpSessionSummary } from '@koers/shared/rsvp';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lockKey } from '../database/lock-row';
import { isPublishedEdition } from '../database/edition-sql';
import { delegateDeclined, latestDelegateInvitationStatus } from '../invitations/invitations.repository';

/** A session as seen by someone who may be invited to answer it. */
export interface Invitation extends RsvpSession {
  /** The roles under which the person is expected (from `expected_attendee`); empty when they are not invited. */
  roles: RsvpRole[];
  person: { name: string; email: string };
}

export interface RsvpSession {
  sessionId: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  startsAt: Date;
  status: SessionStatus;
}

export interface NewAnswer {
  sessionId: string;
  personId: string;
  response: RsvpResponse;
  delegateName: string | null;
  delegateEmail: string | null;
  delegatePersonId: string | null;
}

export interface UnansweredInvitation {
  sessionId: string;
  personId: string;
  role: RsvpRole;
}

/** Sessions that ask for an answer: board meetings (directors) and internal-team days (internal-team members). */
const ASKS_FOR_ANSWERS = `(s.audience_directors OR s.audience_internal_teams)`;
/** Everyone invited to answer, once per session even if they are invited in two roles. */
const INVITED = `(SELECT DISTINCT ON (session_id, person_id) session_id, person_id, role, enrolment_id
                    FROM expected_attendee WHERE role IN ('director', 'internal_team_member')
                   ORDER BY session_id, person_id, role)`;

/**
 * Only whom the person answering goes for is named (their own director): of the one they named, the director already
 * knows the name they typed, and Koers does not say whose account an address is.
 */
/** The lock of one person's answer to one session (`RsvpRepository.lockAnswer`), also taken by their delegate accepting. */
export const lockRsvpAnswer = (manager: EntityManager, sessionId: string, personId: string): Promise<void> => lockKey(manager, 'rsvp', sessionId, personId);

/** The lock of one session's delegations (`RsvpRepository.lockDelegations`), also taken by a delegate accepting. */
export const lockRsvpDelegations = (manager: EntityManager, sessionId: string): Promise<void> => lockKey(manager, 'rsvp-delegations', sessionId);

export type DelegationConflict = { kind: 'answering_as_delegate'; name: string } | { kind: 'delegate_sends_delegate' | 'delegate_taken'; name: null };

@Injectable()
export class RsvpRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The session with the roles under which the person is invited to it, in one query; null when the session does not exist or is not published. */
  async findInvitation(sessionId: string, personId: string): Promise<Invitation | null> {
    const rows = await this.db.query(
      `SELECT s.id AS "sessionId", s.edition_id AS "editionId", ed.name AS "editionName", s.kind, s.title,
              s.starts_at AS "startsAt", s.status,
              COALESCE(array_agg(DISTINCT ea.role) FILTER (WHERE ea.role IS NOT NULL), '{}') AS roles,
              json_build_object('name', p.name, 'email', p.email) AS person
         FROM session s
         JOIN edition ed ON ed.id = s.edition_id AND ${isPublishedEdition('ed')}
         JOIN person p ON p.id = $2
         LEFT JOIN expected_attendee ea ON ea.session_id = s.id AND ea.person_id = $2 AND ea.role IN ('director', 'internal_team_member')
        WHERE s.id = $1
        GROUP BY s.id, ed.name, p.id`,
      [sessionId, personId],
    );
    return rows[0] ?? null;
  }

  /** The person's current answer to the session, if any. */
  async findAnswer(sessionId: string, personId: string, manager: EntityManager = this.db.manager): Promise<Omit<NewAnswer, 'sessionId' | 'personId'> | null> {
    const rows = await manager.query(
      `SELECT response, delegate_name AS "delegateName", delegate_email AS "delegateEmail", delegate_person_id AS "delegatePersonId"
         FROM session_rsvp WHERE session_id = $1 AND person_id = $2`,
      [sessionId, personId],
    );
    return rows[0] ?? null;
  }

  /**
   * Serialises one person's answers to one session until the transaction ends: answers sent at once are given one after
   * the other, so the last one stands with its delegate's invitation, or without any (and no deadlock between them).
   */
  lockAnswer(sessionId: string, personId: string, manager: EntityManager): Promise<void> {
    return lockRsvpAnswer(manager, sessionId, personId);
  }

  /**
   * Serialises the delegations of one session until the transaction ends, so that two directors naming each other at
   * the same moment are seen one after the other (`delegationConflict`).
   */
  lockDelegations(sessionId: string, manager: EntityManager): Promise<void> {
    return lockRsvpDelegations(manager, sessionId);
  }

  /**
   * Whether the answer would leave a seat empty, naming who stands in the way: for a delegate (`delegateEmail`), the
   * named person sends a delegate to this session themselves (`delegate_sends_delegate`) or goes already as another
   * director's delegate (`delegate_taken`, nobody named: that is the other director's answer), or the person answering
   * goes as someone else's delegate (`answering_as_delegate`); for a decline (`delegateEmail` null), the person
   * answering goes as someone's accepted delegate. Null when nothing holds.
   */
  async delegationConflict(sessionId: string, personId: string, delegateEmail: string | null, manager: EntityManager): Promise<DelegationConflict | null> {
    const rows = await manager.query(
      `SELECT kind, name FROM (
         SELECT 1 AS rank, 'delegate_sends_delegate' AS kind, NULL AS name FROM session_rsvp r JOIN person p ON p.id = r.person_id
          WHERE r.session_id = $1 AND r.response = 'delegate' AND r.person_id <> $2 AND p.email = $3
         UNION ALL
         SELECT 2, 'delegate_taken', NULL FROM session_rsvp r
          WHERE r.session_id = $1 AND r.response = 'delegate' AND r.person_id <> $2 AND r.delegate_email = $3 AND NOT ${delegateDeclined('r')}
         UNION ALL
         SELECT 3, 'answering_as_delegate', p.name FROM session_rsvp r JOIN person p ON p.id = r.person_id
          WHERE r.session_id = $1 AND r.response = 'delegate' AND r.person_id <> $2 AND NOT ${delegateDeclined('r')}
            AND CASE WHEN $3::text IS NULL THEN r.delegate_person_id = $2 ELSE r.delegate_email = (SELECT email FROM person WHERE id = $2) END
       ) conflict
       ORDER BY rank LIMIT 1`,
      [sessionId, personId, delegateEmail],
    );
    return rows[0] ?? null;
  }

  /** Stores the person's answer, replacing an earlier one. */
  async saveAnswer(answer: NewAnswer, manager: EntityManager = this.db.manager): Promise<Omit<Rsvp, 'delegateStatus'>> {
    const [row] = await manager.query(
      `INSERT INTO session_rsvp (session_id, person_id, response, delegate_name, delegate_email, delegate_person_id, responded_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (session_id, person_id) DO UPDATE
          SET response = EXCLUDED.response, delegate_name = EXCLUDED.delegate_name, delegate_email = EXCLUDED.delegate_email,
              delegate_person_id = EXCLUDED.delegate_person_id, responded_at = EXCLUDED.responded_at
       RETURNING response, delegate_name AS "delegateName", delegate_email AS "delegateEmail"`,
      [answer.sessionId, answer.personId, answer.response, answer.delegateName, answer.delegateEmail, answer.delegatePersonId],
    );
    return row;
  }

  /**
   * Every board meeting and internal-team day of the editions with its answer counts, in one query;
   * `editionIds` null means all editions that are not archived (the programme office).
   */
  async sessionSummaries(editionIds: string[] | null): Promise<RsvpSessionSummary[]> {
    const rows = await this.db.query(
      `SELECT s.id AS "sessionId", s.edition_id AS "editionId", ed.name AS "editionName", s.kind, s.title,
              s.starts_at AS "startsAt", s.status,
              count(r.id) FILTER (WHERE r.response = 'attending')::int AS attending,
              count(r.id) FILTER (WHERE r.response = 'declined')::int AS declined,
              count(r.id) FILTER (WHERE r.response = 'delegate' AND NOT ${delegateDeclined('r')})::int AS delegate,
              count(i.person_id) FILTER (WHERE r.id IS NULL OR ${delegateDeclined('r')})::int AS unanswered
         FROM session s
         JOIN edition ed ON ed.id = s.edition_id
         LEFT JOIN ${INVITED} i ON i.session_id = s.id
         LEFT JOIN session_rsvp r ON r.session_id = s.id AND r.person_id = i.person_id
        WHERE ${ASKS_FOR_ANSWERS}
          AND CASE WHEN $1::uuid[] IS NULL THEN ed.status <> 'archived' ELSE s.edition_id = ANY($1::uuid[]) END
        GROUP BY s.id, ed.id
        ORDER BY ed.start_date DESC, ed.name, s.starts_at`,
      [editionIds],
    );
    return rows.map(({ attending, declined, delegate, unanswered, ...session }: RsvpSessionSummary & RsvpSessionSummary['counts']) => ({
      ...session,
      counts: { attending, declined, delegate, unanswered },
    }));
  }

  async findSession(sessionId: string): Promise<RsvpSession | null> {
    const rows = await this.db.query(
      `SELECT s.id AS "sessionId", s.edition_id AS "editionId", ed.name AS "editionName", s.kind, s.title,
              s.starts_at AS "startsAt", s.status
         FROM session s JOIN edition ed ON ed.id = s.edition_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /** Everyone invited to answer the session, with their answer; directors first, then by name. */
  async invitees(sessionId: string): Promise<RsvpInvitee[]> {
    return this.db.query(
      `SELECT p.id AS "personId", p.name, p.email, o.name AS "organisationName", i.role, supported.name AS "supportsName",
              r.response, r.delegate_name AS "delegateName", r.delegate_email AS "delegateEmail",
              CASE WHEN r.response = 'delegate' THEN ${latestDelegateInvitationStatus('r')} END AS "delegateStatus", r.responded_at AS "respondedAt"
         FROM ${INVITED} i
         JOIN person p ON p.id = i.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN enrolment member ON member.id = i.enrolment_id AND member.role = 'internal_team_member'
         LEFT JOIN enrolment participant ON participant.id = member.supports_enrolment_id
         LEFT JOIN person supported ON supported.id = participant.person_id
         LEFT JOIN session_rsvp r ON r.session_id = i.session_id AND r.person_id = i.person_id
        WHERE i.session_id = $1
        ORDER BY i.role, p.name, p.email`,
      [sessionId],
    );
  }

  /**
   * Who has not answered yet: invitations to sessions starting in [startsFrom, startsBefore) without an answer,
   * for reminders ("seven days before, remind the directors who have not answered"). Cancelled sessions
   * and erased people are left out.
   */
  async findUnanswered(options: { startsFrom: Date; startsBefore: Date; roles?: readonly RsvpRole[] }): Promise<UnansweredInvitation[]> {
    return this.db.query(
      `SELECT i.session_id AS "sessionId", i.person_id AS "personId", i.role
         FROM ${INVITED} i
         JOIN session s ON s.id = i.session_id
         JOIN person p ON p.id = i.person_id
        WHERE s.starts_at >= $1 AND s.starts_at < $2 AND s.status <> 'cancelled' AND p.erased_at IS NULL
          AND i.role = ANY($3::text[])
          AND NOT EXISTS (SELECT 1 FROM session_rsvp r WHERE r.session_id = i.session_id AND r.person_id = i.person_id)
        ORDER BY s.starts_at, i.person_id`,
      [options.startsFrom, options.startsBefore, options.roles ?? ['director', 'internal_team_member']],
    );
  }
}
