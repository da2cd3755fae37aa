import type { OrganisationSummary } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { matchesSearch } from '../database/search-form';

const SUMMARY_COLUMNS = `o.id, o.name, o.region,
  CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name) END AS "networkRegion",
  (SELECT count(*)::int FROM person p WHERE p.organisation_id = o.id AND p.erased_at IS NULL) AS people`;

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of organisations whose name contains `search` (as `searchForm` compares), with the total count, in one query. */
  async findPage(search: string, limit: number, offset: number): Promise<{ items: OrganisationSummary[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
         FROM organisation o LEFT JOIN region r ON r.id = o.region_id
        WHERE $1 = '' OR ${matchesSearch('o.name', '$1')}
        ORDER BY o.name, o.id
        LIMIT $2 OFFSET $3`,
      [search, limit, offset],
    );
    return { items: rows.map(({ total: _, ...organisation }: OrganisationSummary & { total: number }) => organisation), total: rows[0]?.total ?? 0 };
  }

  /**
   * Puts the organisation in the region (or in none), and answers it as listed; null when the organisation does not
   * exist, `region_not_found` when the region does not.
   */
  async setRegion(organisationId: string, regionId: string | null): Promise<OrganisationSummary | 'region_not_found' | null> {
    if (regionId !== null) {
      const [region] = await this.db.query(`SELECT 1 FROM region WHERE id = $1`, [regionId]);
      if (!region) return 'region_not_found';
    }
    const rows: OrganisationSummary[] = await this.db.query(
      `WITH updated AS (UPDATE organisation SET region_id = $2 WHERE id = $1 RETURNING *)
       SELECT ${SUMMARY_COLUMNS} FROM updated o LEFT JOIN region r ON r.id = $2::uuid`,
      [organisationId, regionId],
    );
    return rows[0] ?? null;
  }
}
