import { MARKING_OPENS_MINUTES_BEFORE, type ReportPerson, type ReportSession } from '@koers/shared/attendance';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export type ReportPersonRow = Omit<ReportPerson, 'rate' | 'counted' | 'attended' | 'belowThreshold'>;

/** The edition's attendance matrix: one query each for the edition, its sessions and its people with their marks. */
@Injectable()
export class AttendanceReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findEdition(editionId: string): Promise<{ id: string; name: string; thresholdPercent: number } | null> {
    const rows = await this.db.query(
      `SELECT e.id, e.name, p.attendance_threshold_percent AS "thresholdPercent"
         FROM edition e JOIN programme p ON p.id = e.programme_id
        WHERE e.id = $1`,
      [editionId],
    );
    return rows[0] ?? null;
  }

  /** Every session that was not cancelled, in order. */
  async sessions(editionId: string): Promise<ReportSession[]> {
    return this.db.query(
      `SELECT id, title, kind, starts_at AS "startsAt", ends_at AS "endsAt"
         FROM session
        WHERE edition_id = $1 AND status <> 'cancelled'
        ORDER BY starts_at, title`,
      [editionId],
    );
  }

  /**
   * Participants, internal-team members and directors (one row per person, participant first) with their marks.
   * A present, late or absent mark on a session whose marking has not opened yet (recorded before that rule
   * existed) says nothing that happened, so it is left out.
   */
  async people(editionId: string): Promise<ReportPersonRow[]> {
    return this.db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (en.person_id)
                en.person_id AS "personId", p.name, en.role, o.name AS organisation, en.enrolled_at AS "enrolledAt",
                COALESCE(m.marks, '{}') AS marks
           FROM enrolment en
           JOIN person p ON p.id = en.person_id
           LEFT JOIN organisation o ON o.id = p.organisation_id
           -- The edition's marks in one pass, instead of reading its sessions again for every person.
           LEFT JOIN (
             SELECT a.person_id, json_object_agg(a.session_id, a.status) AS marks
               FROM session s JOIN attendance a ON a.session_id = s.id
              WHERE s.edition_id = $1 AND s.status <> 'cancelled'
                AND (a.status = 'excused' OR s.starts_at - make_interval(mins => $2) <= now())
              GROUP BY a.person_id
           ) m ON m.person_id = en.person_id
          WHERE en.edition_id = $1 AND en.status = 'active' AND en.role IN ('participant', 'internal_team_member', 'director')
          ORDER BY en.person_id, array_position(ARRAY['participant', 'internal_team_member', 'director']::edition_role[], en.role)
       ) people
       ORDER BY array_position(ARRAY['participant', 'internal_team_member', 'director']::edition_role[], role), name, "personId"`,
      [editionId, MARKING_OPENS_MINUTES_BEFORE],
    );
  }
}
