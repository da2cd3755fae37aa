import type { MeResponse } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class MeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person with every active enrolment, in one query. */
  async findMe(personId: string): Promise<MeResponse | null> {
    const rows = await this.db.query(
      `SELECT p.id, p.name, p.email, p.is_admin AS "isAdmin", p.locale,
              COALESCE(json_agg(json_build_object('editionId', e.id, 'editionName', e.name, 'role', en.role)
                                ORDER BY e.start_date DESC, e.name, en.role)
                       FILTER (WHERE en.id IS NOT NULL), '[]') AS enrolments
         FROM person p
         LEFT JOIN enrolment en ON en.person_id = p.id AND en.status = 'active'
         LEFT JOIN edition e ON e.id = en.edition_id
        WHERE p.id = $1
        GROUP BY p.id`,
      [personId],
    );
    return rows[0] ?? null;
  }
}
