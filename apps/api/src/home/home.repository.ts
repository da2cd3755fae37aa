import type { OfficeEditionSummary } from '@koers/shared/home';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isCurrentEdition } from '../database/edition-sql';

export type OfficeEditionRow = Omit<OfficeEditionSummary, 'belowThreshold'>;

@Injectable()
export class HomeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The editions under way (open for enrolment or running), oldest start first, with their programme's attendance
   * threshold and the sessions (not cancelled) that start in [weekStart, weekEnd); one query.
   */
  async editionsUnderWay(weekStart: Date, weekEnd: Date): Promise<OfficeEditionRow[]> {
    return this.db.query(
      `SELECT e.id AS "editionId", e.name, e.status, pr.attendance_threshold_percent AS "thresholdPercent",
              (SELECT count(*)::int FROM session s
                WHERE s.edition_id = e.id AND s.status <> 'cancelled' AND s.starts_at >= $1 AND s.starts_at < $2) AS "sessionsThisWeek"
         FROM edition e
         JOIN programme pr ON pr.id = e.programme_id
        WHERE ${isCurrentEdition('e')}
        ORDER BY e.start_date, e.name`,
      [weekStart, weekEnd],
    );
  }
}
