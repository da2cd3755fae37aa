import type { PublicEdition, PublicProgramme } from '@koers/shared/applications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { jsonInstant } from '../database/json-instant';
import { applicationDeadlineOf } from '../editions/edition-period.repository';

/**
 * An edition takes applications while the programme office has opened them, it is published and not yet started
 * (`open`), and its deadline (or, without one, its first day) has not passed in Amsterdam.
 */
export const TAKES_APPLICATIONS = `e.open_for_applications AND e.status = 'open'
  AND COALESCE(${applicationDeadlineOf('e')}, e.start_date) >= (now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/** What anyone may read about a programme: two statements, whatever the number of editions and sessions. */
@Injectable()
export class PublicProgrammesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async programme(slug: string): Promise<Omit<PublicProgramme, 'formIssuedAt'> | null> {
    const [programme] = await this.db.query(
      `SELECT slug, code, name, description, audience FROM programme WHERE slug = $1`,
      [slug],
    );
    if (!programme) return null;
    // Network sessions run once per network group, at a time per group, which is not known before selection (one
    // not yet divided shows the template's time, which most groups will not keep): the page lists the days everyone
    // shares. Places left count active participants only: staff, directors and those who withdrew take no place.
    const editions: PublicEdition[] = await this.db.query(
      `SELECT e.id, e.name, to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.end_date, 'YYYY-MM-DD') AS "endDate",
              e.capacity, GREATEST(e.capacity - COALESCE(p.enrolled, 0), 0)::int AS "placesLeft",
              to_char(${applicationDeadlineOf('e')}, 'YYYY-MM-DD') AS "applicationDeadline", e.price_cents AS "priceCents",
              COALESCE(s.sessions, '[]'::json) AS sessions
         FROM edition e
         LEFT JOIN LATERAL (
           SELECT count(*)::int AS enrolled FROM enrolment n
            WHERE n.edition_id = e.id AND n.role = 'participant' AND n.status = 'active'
         ) p ON true
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('kind', x.kind, 'title', x.title, 'startsAt', ${jsonInstant('x.starts_at')}, 'endsAt', ${jsonInstant('x.ends_at')}, 'mode', x.mode)
                           ORDER BY x.starts_at, x.title) AS sessions
             FROM session x WHERE x.edition_id = e.id AND x.status <> 'cancelled' AND x.kind <> 'network_session'
         ) s ON true
         JOIN programme pr ON pr.id = e.programme_id
        WHERE pr.slug = $1 AND ${TAKES_APPLICATIONS}
        ORDER BY e.start_date, e.name`,
      [slug],
    );
    return { ...programme, editions: editions.map((edition) => ({ ...edition, sessions: edition.sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() })) })) };
  }
}
