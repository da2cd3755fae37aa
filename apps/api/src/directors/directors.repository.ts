import type { DirectorParticipant } from '@koers/shared/directors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { latestWorkJoins } from '../assignments/submissions.repository';
import { isDescribed } from '../challenges/challenge.rules';

export type ParticipantProgress = Omit<DirectorParticipant, 'attendanceRate' | 'attendance'>;

const LATEST_LOG_ENTRIES = 3;

@Injectable()
export class DirectorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The active participants whose enrolment names this director, in editions where the director's own enrolment is
   * active, with assignment counts, challenge and latest log entries; one query whatever the number of participants.
   * Approved means what it means everywhere (`latestWorkJoins`): the latest verdict on the latest version is 'approved'.
   */
  async participantsOf(directorPersonId: string, editionIds: string[]): Promise<ParticipantProgress[]> {
    const rows = await this.db.query(
      `SELECT p.id AS "personId", p.name, o.name AS "organisationName", e.edition_id AS "editionId", ed.name AS "editionName",
              work.submitted, work.approved, work.total,
              CASE WHEN ${isDescribed('c')} THEN c.title END AS "challengeTitle", c.phase AS "challengePhase",
              COALESCE(logs.entries, '[]') AS "latestLogEntries"
         FROM enrolment e
         JOIN edition ed ON ed.id = e.edition_id
         JOIN person p ON p.id = e.person_id AND p.erased_at IS NULL
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
         LEFT JOIN LATERAL (
              SELECT json_agg(json_build_object('entryDate', l.entry_date, 'text', l.text) ORDER BY l.entry_date DESC, l.created_at DESC) AS entries
                FROM (SELECT entry_date, text, created_at FROM challenge_log_entry
                       WHERE challenge_id = c.id ORDER BY entry_date DESC, created_at DESC LIMIT ${LATEST_LOG_ENTRIES}) l
         ) logs ON true
         CROSS JOIN LATERAL (
              SELECT count(*)::int AS total,
                     count(latest.id)::int AS submitted,
                     count(*) FILTER (WHERE verdict.outcome = 'approved')::int AS approved
                FROM assignment a
                ${latestWorkJoins('a.id', 'e.person_id')}
               WHERE a.edition_id = e.edition_id
         ) work
        WHERE e.director_person_id = $1 AND e.edition_id = ANY($2::uuid[]) AND e.role = 'participant' AND e.status = 'active'
        ORDER BY ed.start_date DESC, ed.name, p.name`,
      [directorPersonId, editionIds],
    );
    return rows.map(
      ({ submitted, approved, total, challengeTitle, challengePhase, ...participant }: ParticipantRow): ParticipantProgress => ({
        ...participant,
        assignments: { submitted, approved, total },
        challenge: challengeTitle === null ? null : { title: challengeTitle, phase: challengePhase! },
      }),
    );
  }
}

type ParticipantRow = Omit<ParticipantProgress, 'assignments' | 'challenge'> &
  ParticipantProgress['assignments'] & {
    challengeTitle: string | null;
    challengePhase: NonNullable<ParticipantProgress['challenge']>['phase'] | null;
  };
