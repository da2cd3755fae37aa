import type { RegionManager, RegionOrganisationEdition, RegionRef, RegionSummary } from '@koers/shared/regions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isPublishedEdition } from '../database/edition-sql';

/** One active participant of an organisation of the region in a published edition, with whether they completed it. */
export interface RegionParticipation extends Omit<RegionOrganisationEdition, 'participants' | 'attendanceRate' | 'completed'> {
  organisationId: string;
  personId: string;
  name: string;
  completed: boolean;
}

@Injectable()
export class RegionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The regions (all, or only these), by name, with how many organisations belong to each. */
  async findSummaries(regionIds: string[] | null): Promise<RegionSummary[]> {
    return this.db.query(
      `SELECT r.id, r.name, (SELECT count(*)::int FROM organisation o WHERE o.region_id = r.id) AS organisations
         FROM region r WHERE $1::uuid[] IS NULL OR r.id = ANY($1::uuid[])
        ORDER BY r.name`,
      [regionIds],
    );
  }

  async findRef(regionId: string): Promise<RegionRef | null> {
    const rows: RegionRef[] = await this.db.query(`SELECT id, name FROM region WHERE id = $1`, [regionId]);
    return rows[0] ?? null;
  }

  /** One page of the region's organisations, by name, with the total, in one query. */
  async findOrganisationPage(regionId: string, limit: number, offset: number): Promise<{ items: RegionRef[]; total: number }> {
    const rows: (RegionRef & { total: number })[] = await this.db.query(
      `SELECT o.id, o.name, count(*) OVER ()::int AS total
         FROM organisation o WHERE o.region_id = $1
        ORDER BY o.name, o.id LIMIT $2 OFFSET $3`,
      [regionId, limit, offset],
    );
    return { items: rows.map(({ id, name }) => ({ id, name })), total: rows[0]?.total ?? 0 };
  }

  /**
   * The active participants from these organisations in published editions, in one query. An erased person has no
   * organisation any more, so they are not among them. Completion is the recorded moment it was reached.
   */
  async findParticipations(organisationIds: string[]): Promise<RegionParticipation[]> {
    if (organisationIds.length === 0) return [];
    return this.db.query(
      `SELECT p.organisation_id AS "organisationId", p.id AS "personId", p.name,
              e.id AS "editionId", e.name AS "editionName", e.start_date::text AS "startDate", e.end_date::text AS "endDate",
              EXISTS (SELECT 1 FROM completion_reached cr WHERE cr.enrolment_id = en.id) AS completed
         FROM person p
         JOIN enrolment en ON en.person_id = p.id AND en.role = 'participant' AND en.status = 'active'
         JOIN edition e ON e.id = en.edition_id AND ${isPublishedEdition('e')}
        WHERE p.organisation_id = ANY($1::uuid[])
        ORDER BY e.start_date DESC, e.name, p.name`,
      [organisationIds],
    );
  }

  async findManagers(regionId: string): Promise<RegionManager[]> {
    return this.db.query(
      `SELECT p.id AS "personId", p.name, p.email
         FROM regional_programme_manager m JOIN person p ON p.id = m.person_id
        WHERE m.region_id = $1 ORDER BY p.name, p.email`,
      [regionId],
    );
  }

  /** Makes the person with this email (not erased) a manager of the region; null when there is no such account. */
  async addManager(regionId: string, email: string): Promise<RegionManager | null> {
    const rows: RegionManager[] = await this.db.query(
      `WITH manager AS (SELECT id, name, email FROM person WHERE email = $2 AND erased_at IS NULL),
            added AS (INSERT INTO regional_programme_manager (region_id, person_id) SELECT $1, id FROM manager ON CONFLICT DO NOTHING)
       SELECT id AS "personId", name, email FROM manager`,
      [regionId, email],
    );
    return rows[0] ?? null;
  }

  async removeManager(regionId: string, personId: string): Promise<void> {
    await this.db.query(`DELETE FROM regional_programme_manager WHERE region_id = $1 AND person_id = $2`, [regionId, personId]);
  }
}
