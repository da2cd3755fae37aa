import type { ChallengeLogEntry, ChallengeSummary, ImplementationChallenge } from '@koers/shared/challenge';
import type { EditionStatus, InnovationPhase } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A participant's enrolment with what the access rules for their challenge need. */
export interface ParticipantEnrolment {
  enrolmentId: string;
  editionId: string;
  editionStatus: EditionStatus;
  personId: string;
  /** The viewer is the participant's director, with an active director enrolment in the edition. */
  viewerSponsors: boolean;
  /** The viewer is an active internal-team member supporting this participant. */
  viewerSupports: boolean;
}

export interface ChallengeFields {
  title: string;
  description: string;
  innovation: string;
  goal: string;
  phase: InnovationPhase;
}

const ENROLMENT_COLUMNS = `e.id AS "enrolmentId", e.edition_id AS "editionId", ed.status AS "editionStatus", e.person_id AS "personId"`;

@Injectable()
export class ChallengesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The person's active participant enrolment in `editionId`, or without one their current edition:
   * a running or open one before a completed one, the latest start first.
   */
  async findOwnEnrolment(personId: string, editionId: string | undefined): Promise<ParticipantEnrolment | null> {
    const rows = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS}, false AS "viewerSponsors", false AS "viewerSupports"
         FROM enrolment e JOIN edition ed ON ed.id = e.edition_id
        WHERE e.person_id = $1 AND e.role = 'participant' AND e.status = 'active' AND ($2::uuid IS NULL OR e.edition_id = $2)
        ORDER BY (ed.status IN ('open', 'running')) DESC, ed.start_date DESC
        LIMIT 1`,
      [personId, editionId ?? null],
    );
    return rows[0] ?? null;
  }

  async findEnrolment(enrolmentId: string, viewerId: string): Promise<ParticipantEnrolment | null> {
    const rows = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS},
              EXISTS (SELECT 1 FROM enrolment d WHERE d.edition_id = e.edition_id AND d.person_id = $2 AND d.person_id = e.director_person_id
                         AND d.role = 'director' AND d.status = 'active') AS "viewerSponsors",
              EXISTS (SELECT 1 FROM enrolment t WHERE t.supports_enrolment_id = e.id AND t.person_id = $2
                         AND t.role = 'internal_team_member' AND t.status = 'active') AS "viewerSupports"
         FROM enrolment e JOIN edition ed ON ed.id = e.edition_id
        WHERE e.id = $1 AND e.role = 'participant'`,
      [enrolmentId, viewerId],
    );
    return rows[0] ?? null;
  }

  /** The challenge of an enrolment with its whole log (newest first), in one statement; empty fields until described. */
  async findChallenge(enrolmentId: string): Promise<ImplementationChallenge | null> {
    const rows = await this.db.query(
      `SELECT e.id AS "enrolmentId", e.edition_id AS "editionId", ed.name AS "editionName", p.name AS "participantName",
              c.id IS NOT NULL AS described, COALESCE(c.title, '') AS title, COALESCE(c.description, '') AS description,
              COALESCE(c.innovation, '') AS innovation, COALESCE(c.goal, '') AS goal, COALESCE(c.phase, 'explore') AS phase,
              c.updated_at AS "updatedAt",
              COALESCE((
                SELECT json_agg(json_build_object('id', l.id, 'entryDate', l.entry_date, 'text', l.text, 'authorName', a.name, 'createdAt', l.created_at)
                                ORDER BY l.entry_date DESC, l.created_at DESC)
                  FROM challenge_log_entry l LEFT JOIN person a ON a.id = l.author_person_id
                 WHERE l.challenge_id = c.id), '[]') AS log
         FROM enrolment e
         JOIN edition ed ON ed.id = e.edition_id
         JOIN person p ON p.id = e.person_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
        WHERE e.id = $1`,
      [enrolmentId],
    );
    return rows[0] ?? null;
  }

  async save(enrolmentId: string, fields: ChallengeFields): Promise<void> {
    await this.db.query(
      `INSERT INTO implementation_challenge (enrolment_id, title, description, innovation, goal, phase)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (enrolment_id) DO UPDATE
          SET title = EXCLUDED.title, description = EXCLUDED.description, innovation = EXCLUDED.innovation,
              goal = EXCLUDED.goal, phase = EXCLUDED.phase, updated_at = now()`,
      [enrolmentId, fields.title, fields.description, fields.innovation, fields.goal, fields.phase],
    );
  }

  /** Adds a log entry to the enrolment's challenge; null when there is no challenge yet. */
  async addLogEntry(enrolmentId: string, entryDate: string, text: string, authorPersonId: string): Promise<ChallengeLogEntry | null> {
    const rows = await this.db.query(
      `WITH entry AS (
         INSERT INTO challenge_log_entry (challenge_id, entry_date, text, author_person_id)
         SELECT c.id, $2, $3, $4 FROM implementation_challenge c WHERE c.enrolment_id = $1
         RETURNING id, entry_date, text, author_person_id, created_at
       )
       SELECT entry.id, entry.entry_date AS "entryDate", entry.text, a.name AS "authorName", entry.created_at AS "createdAt"
         FROM entry LEFT JOIN person a ON a.id = entry.author_person_id`,
      [enrolmentId, entryDate, text, authorPersonId],
    );
    return rows[0] ?? null;
  }

  /** One page of an edition's participants with their challenge at a glance, and the total. */
  async findEditionPage(editionId: string, limit: number, offset: number): Promise<{ items: ChallengeSummary[]; total: number }> {
    const rows = await this.db.query(
      `SELECT e.id AS "enrolmentId", p.id AS "personId", p.name AS "participantName", o.name AS organisation,
              c.title, c.phase, c.updated_at AS "updatedAt",
              (SELECT max(l.entry_date) FROM challenge_log_entry l WHERE l.challenge_id = c.id) AS "lastLogDate",
              count(*) OVER ()::int AS total
         FROM enrolment e
         JOIN person p ON p.id = e.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
        WHERE e.edition_id = $1 AND e.role = 'participant' AND e.status = 'active'
        ORDER BY p.name, e.id
        LIMIT $2 OFFSET $3`,
      [editionId, limit, offset],
    );
    return { items: rows.map(({ total: _, ...summary }: ChallengeSummary & { total: number }) => summary), total: rows[0]?.total ?? 0 };
  }
}
