import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface AttendanceRate {
  personId: string;
  editionId: string;
  /** Programme days that count for this person: held (ended, not cancelled), expecting participants, and not over at their enrolment. */
  counted: number;
  /** Of those, the ones marked present or late. */
  attended: number;
  /** attended / counted, or null while nothing counts yet. */
  rate: number | null;
}

/**
 * A programme day that counts for participants (`session` is the SQL alias): it takes place and expects them. A day
 * added for internal teams or directors only is no day a participant can miss, nor one their completion waits for.
 */
export const participantProgrammeDay = (session: string) =>
  `${session}.kind = 'programme_day' AND ${session}.audience_participants AND ${session}.status <> 'cancelled'`;

/**
 * Session `session` counts for enrolment `enrolment` (SQL aliases): it had not ended when they were enrolled, as
 * `countsSinceEnrolment` in libs/shared says it for the web app's report.
 */
export const countsSinceEnrolment = (session: string, enrolment: string) => `${session}.ends_at > ${enrolment}.enrolled_at`;

/** Under the programme's threshold: only once something counts (nobody is flagged before the first programme day). */
export function isBelowThreshold(rate: AttendanceRate | undefined, thresholdPercent: number): boolean {
  return rate?.rate != null && rate.rate < thresholdPercent / 100;
}

/**
 * The attendance rate behind the report, the director's view and completion: one rule, one query.
 * Excused counts as not attended; it is still a day the participant missed.
 */
@Injectable()
export class AttendanceRatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Rates of the participants of the editions, optionally only some people; one query whatever the number. */
  async participantRates(editionIds: string[], personIds?: string[], manager: EntityManager = this.db.manager): Promise<AttendanceRate[]> {
    if (editionIds.length === 0) return [];
    const rows = await manager.query(
      `SELECT e.person_id AS "personId", e.edition_id AS "editionId",
              count(s.id)::int AS counted,
              count(a.id) FILTER (WHERE a.status IN ('present', 'late'))::int AS attended
         FROM enrolment e
         LEFT JOIN session s ON s.edition_id = e.edition_id AND ${participantProgrammeDay('s')}
                            AND s.ends_at <= now() AND ${countsSinceEnrolment('s', 'e')}
                            -- Said again of the session so the planner reads only these editions' sessions by index
                            -- and looks up each mark by session and person, instead of hashing every session there is.
                            AND s.edition_id = ANY($1::uuid[])
         LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = e.person_id
        WHERE e.edition_id = ANY($1::uuid[]) AND e.role = 'participant' AND e.status = 'active'
          AND ($2::uuid[] IS NULL OR e.person_id = ANY($2::uuid[]))
        GROUP BY e.person_id, e.edition_id`,
      [editionIds, personIds ?? null],
    );
    return rows.map((row: Omit<AttendanceRate, 'rate'>) => ({ ...row, rate: row.counted === 0 ? null : row.attended / row.counted }));
  }
}
