import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * An edition's period (its first and last day) as its sessions make it. A module of its own: the editions and the
 * network groups (whose division removes sessions) both change sessions, and the editions module imports the other.
 */
@Injectable()
export class EditionPeriodRepository {
  /**
   * The edition runs from its first to its last session that still takes place (Amsterdam days), as the opening
   * wizard set it: a moved or cancelled first or last session moves the period the certificates and the public page
   * show. Applications close at the latest on the new first day. An edition with every session cancelled keeps its period.
   */
  async fitToSessions(editionId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE edition e
          SET start_date = span.first, end_date = span.last, application_deadline = span.deadline
         FROM (SELECT min(day) AS first, max(day) AS last,
                      -- No deadline stays none (until the first day); LEAST would read it as the first day.
                      CASE WHEN ed.application_deadline > min(day) THEN min(day) ELSE ed.application_deadline END AS deadline
                 FROM edition ed
                 JOIN LATERAL (SELECT (starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM session
                                WHERE edition_id = ed.id AND status <> 'cancelled') s ON true
                WHERE ed.id = $1
                GROUP BY ed.application_deadline) span
        WHERE e.id = $1
          AND (e.start_date, e.end_date, e.application_deadline) IS DISTINCT FROM (span.first, span.last, span.deadline)`,
      [editionId],
    );
  }
}
