import type { OrganisationSummary } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of organisations whose name contains `search`, with the total count, in one query. */
  async findPage(search: string, limit: number, offset: number): Promise<{ items: OrganisationSummary[]; total: number }> {
    const rows = await this.db.query(
      `SELECT o.id, o.name, o.region,
              (SELECT count(*)::int FROM person p WHERE p.organisation_id = o.id AND p.erased_at IS NULL) AS people,
              count(*) OVER ()::int AS total
         FROM organisation o
        WHERE $1 = '' OR o.name ILIKE '%' || $1 || '%'
        ORDER BY o.name
        LIMIT $2 OFFSET $3`,
      [search, limit, offset],
    );
    return { items: rows.map(({ total: _, ...organisation }: OrganisationSummary & { total: number }) => organisation), total: rows[0]?.total ?? 0 };
  }
}
