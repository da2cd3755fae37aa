import { MARKING_OPENS_MINUTES_BEFORE, type ReportPerson, type ReportSession } from '@koers/shared/attendance';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { editionThresholdPercent } from '../completion/edition-completion.rules';
import { runsSession } from '../database/session-sql';

export type ReportPersonRow = Omit<ReportPerson, 'rate' | 'counted' | 'attended' | 'belowThreshold'>;

/** The edition's attendance matrix: one query each for the edition, its sessions and its people with their marks. */
@Injectable()
export class AttendanceReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findEdition(editionId: string): Promise<{ id: string; name: string; thresholdPercent: number } | null> {
    const rows = await this.db.query(
      `SELECT e.id, e.name, ${editionThresholdPercent('e', 'p')} AS "thresholdPercent"
         FROM edition e JOIN programme p ON p.id = e.programme_id
        WHERE e.id = $1`,
      [editionId],
    );
    return rows[0] ?? null;
  }

  /** Every session that was not cancelled, in order. */
  async sessions(editionId: string): Promise<ReportSession[]> {
    return this.db.query(
      `SELECT s.id, s.title, s.kind, g.name AS "networkGroup", s.starts_at AS "startsAt", s.ends_at AS "endsAt"
         FROM session s
         LEFT JOIN network_group g ON g.id = s.network_group_id
        WHERE s.edition_id = $1 AND s.status <> 'cancelled'
        ORDER BY s.starts_at, s.title, g.position`,
      [editionId],
    );
  }

  /**
   * What a facilitator who is not a trainer of the edition may see of it: only the sessions they run (as trainer or
   * facilitator; a speaker runs none), not a programme day, board meeting or other group's session they do not, and
   * the members of the groups they lead (now, and former members who were in the group when one of its sessions took
   * place) with whoever else those sessions expect (unless cancelled) or had marked. Nobody, when they lead no group
   * and run no session.
   */
  async facilitatorScope(editionId: string, personId: string): Promise<{ hiddenSessionIds: string[]; visiblePersonIds: string[] }> {
    const [scope] = await this.db.query(
      `SELECT ARRAY(SELECT s.id FROM session s WHERE s.edition_id = $1 AND NOT ${runsSession('s.id', '$2')}) AS "hiddenSessionIds",
              ARRAY(SELECT member.person_id
                      FROM network_group g
                      JOIN network_group_facilitator f ON f.network_group_id = g.id AND f.person_id = $2
                      JOIN network_group_member m ON m.network_group_id = g.id
                       AND (m.left_at IS NULL OR EXISTS (SELECT 1 FROM session gs WHERE gs.network_group_id = g.id AND gs.status <> 'cancelled' AND gs.starts_at <= now()
                                                            AND gs.starts_at >= m.joined_at AND gs.starts_at < m.left_at))
                      JOIN enrolment member ON member.id = m.enrolment_id
                     WHERE g.edition_id = $1
                    UNION
                    SELECT ea.person_id
                      FROM session s JOIN expected_attendee ea ON ea.session_id = s.id
                     WHERE s.edition_id = $1 AND s.status <> 'cancelled' AND ${runsSession('s.id', '$2')}
                    UNION
                    SELECT a.person_id
                      FROM session s JOIN attendance a ON a.session_id = s.id
                     WHERE s.edition_id = $1 AND ${runsSession('s.id', '$2')}) AS "visiblePersonIds"`,
      [editionId, personId],
    );
    return scope;
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
