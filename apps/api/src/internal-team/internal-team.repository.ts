import type { InternalTeam, InternalTeamDay, SupportedParticipant } from '@koers/shared/internal-team';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isCurrentEdition, isPublishedEdition } from '../database/edition-sql';
import { isDescribed } from '../challenges/challenge.rules';

/** Teams change only while an edition is current; afterwards they are history. */
const CURRENT_EDITION = isCurrentEdition('ed');

export interface ParticipantEnrolment {
  enrolmentId: string;
  editionId: string;
  editionName: string;
  participant: { name: string; email: string };
}

@Injectable()
export class InternalTeamRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person's active participant enrolments in current editions, newest edition first. */
  async currentParticipantEnrolments(personId: string): Promise<ParticipantEnrolment[]> {
    return this.db.query(
      `SELECT e.id AS "enrolmentId", e.edition_id AS "editionId", ed.name AS "editionName",
              json_build_object('name', p.name, 'email', p.email) AS participant
         FROM enrolment e
         JOIN edition ed ON ed.id = e.edition_id
         JOIN person p ON p.id = e.person_id
        WHERE e.person_id = $1 AND e.role = 'participant' AND e.status = 'active' AND ${CURRENT_EDITION}
        ORDER BY ed.start_date DESC, ed.name`,
      [personId],
    );
  }

  /** The internal teams the person leads as a participant in current editions, with their active members. */
  async teamsLedBy(personId: string): Promise<Omit<InternalTeam, 'invitations'>[]> {
    return this.db.query(
      `SELECT e.id AS "enrolmentId", e.edition_id AS "editionId", ed.name AS "editionName",
              COALESCE(json_agg(json_build_object('personId', p.id, 'name', p.name, 'email', p.email, 'roleInOrganisation', m.role_in_organisation)
                                ORDER BY p.name) FILTER (WHERE m.id IS NOT NULL), '[]') AS members
         FROM enrolment e
         JOIN edition ed ON ed.id = e.edition_id
         LEFT JOIN enrolment m ON m.supports_enrolment_id = e.id AND m.role = 'internal_team_member' AND m.status = 'active'
         LEFT JOIN person p ON p.id = m.person_id
        WHERE e.person_id = $1 AND e.role = 'participant' AND e.status = 'active' AND ${CURRENT_EDITION}
        GROUP BY e.id, ed.id
        ORDER BY ed.start_date DESC, ed.name`,
      [personId],
    );
  }

  /**
   * The participants the person supports as an internal-team member in current editions, with their challenge; one
   * who was withdrawn is no longer theirs to follow (as for their director).
   */
  async supportedBy(personId: string): Promise<Omit<SupportedParticipant, 'days'>[]> {
    return this.db.query(
      `SELECT m.edition_id AS "editionId", ed.name AS "editionName", p.name AS "participantName", m.role_in_organisation AS "roleInOrganisation",
              CASE WHEN NOT ${isDescribed('c')} THEN NULL
                   ELSE json_build_object('title', c.title, 'description', c.description, 'innovation', c.innovation, 'goal', c.goal, 'phase', c.phase)
              END AS challenge
         FROM enrolment m
         JOIN edition ed ON ed.id = m.edition_id
         JOIN enrolment participant ON participant.id = m.supports_enrolment_id AND participant.status = 'active'
         JOIN person p ON p.id = participant.person_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = participant.id
        WHERE m.person_id = $1 AND m.role = 'internal_team_member' AND m.status = 'active' AND ${CURRENT_EDITION}
        ORDER BY ed.start_date DESC, ed.name`,
      [personId],
    );
  }

  /** The sessions `expected_attendee` expects the person at as an internal-team member, with their own answer. */
  async internalTeamDays(personId: string): Promise<(InternalTeamDay & { editionId: string })[]> {
    const rows = await this.db.query(
      `SELECT s.id AS "sessionId", s.edition_id AS "editionId", s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              s.mode, s.location, s.online_url AS "onlineUrl", s.status, r.response
         FROM expected_attendee ea
         JOIN session s ON s.id = ea.session_id
         JOIN edition ed ON ed.id = s.edition_id AND ${isPublishedEdition('ed')}
         LEFT JOIN session_rsvp r ON r.session_id = s.id AND r.person_id = ea.person_id
        WHERE ea.person_id = $1 AND ea.role = 'internal_team_member'
        ORDER BY s.starts_at`,
      [personId],
    );
    return rows.map(({ response, ...day }: InternalTeamDay & { editionId: string; response: string | null }) => ({
      ...day,
      rsvp: response ? { response } : null,
    }));
  }

  /**
   * The editions in which the member is in the participant's team (whatever the edition's status: the permission check
   * judges that), or was until removed from a current one: removed already, a second removal is the same answer, and
   * one removed long ago from an archived edition stands in the way of nothing.
   */
  async teamEditionIds(participantPersonId: string, memberPersonId: string): Promise<string[]> {
    const rows: { editionId: string }[] = await this.db.query(
      `SELECT DISTINCT participant.edition_id AS "editionId"
         FROM enrolment m JOIN enrolment participant ON participant.id = m.supports_enrolment_id JOIN edition ed ON ed.id = participant.edition_id
        WHERE m.person_id = $2 AND m.role = 'internal_team_member' AND (m.status = 'active' OR (m.status = 'withdrawn' AND ${CURRENT_EDITION}))
          AND participant.person_id = $1 AND participant.role = 'participant' AND participant.status = 'active'`,
      [participantPersonId, memberPersonId],
    );
    return rows.map((row) => row.editionId);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Withdraws the member from the participant's teams in current editions; the enrolment stays (status 'withdrawn'),
   * so their attendance history keeps its context. Returns the enrolments that changed.
   */
  async withdrawMember(participantPersonId: string, memberPersonId: string, manager: EntityManager): Promise<{ enrolmentId: string; editionId: string }[]> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [withdrawn]: [{ enrolmentId: string; editionId: string }[], number] = await manager.query(
      `UPDATE enrolment m SET status = 'withdrawn'
         FROM enrolment participant, edition ed
        WHERE m.supports_enrolment_id = participant.id AND ed.id = participant.edition_id
          AND m.person_id = $2 AND m.role = 'internal_team_member' AND m.status = 'active'
          AND participant.person_id = $1 AND participant.role = 'participant' AND participant.status = 'active' AND ${CURRENT_EDITION}
       RETURNING m.id AS "enrolmentId", m.edition_id AS "editionId"`,
      [participantPersonId, memberPersonId],
    );
    return withdrawn;
  }
}
