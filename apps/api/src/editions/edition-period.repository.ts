import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * An edition's period (its first and last day) as its sessions make it. A module of its own: the editions and the
 * network groups (whose division removes sessions) both change sessions, and the editions module imports the other.
 */
/**
 * The day applications close for edition `e` (an SQL expression, null when none was set): the programme office's
 * deadline, or the edition's first day when that came earlier by a move. The office's own date is kept, so a first day
 * moved back brings it back.
 */
export const applicationDeadlineOf = (e: string) => `CASE WHEN ${e}.application_deadline > ${e}.start_date THEN ${e}.start_date ELSE ${e}.application_deadline END`;

@Injectable()
export class EditionPeriodRepository {
  /**
   * The edition runs from its first to its last session that still takes place (Amsterdam days), as the opening
   * wizard set it: a moved or cancelled first or last session moves the period the certificates and the public page
   * show. Applications close at the latest on the new first day (applicationDeadlineOf). An edition with every session
   * cancelled keeps its period.
   */
  async fitToSessions(editionId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE edition e
          SET start_date = span.first, end_date = span.last
         FROM (SELECT min((starts_at AT TIME ZONE 'Europe/Amsterdam')::date) AS first, max((starts_at AT TIME ZONE 'Europe/Amsterdam')::date) AS last
                 FROM session WHERE edition_id = $1 AND status <> 'cancelled'
               HAVING count(*) > 0) span
        WHERE e.id = $1
          AND (e.start_date, e.end_date) IS DISTINCT FROM (span.first, span.last)`,
      [editionId],
    );
  }
}
