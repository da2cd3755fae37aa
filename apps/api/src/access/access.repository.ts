import type { EditionRole } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Set-based access questions: one query answers for a whole list of ids. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Of these editions, the ones where the person holds one of the roles (active enrolments only). */
  async editionsWithRole(personId: string, editionIds: string[], roles: readonly EditionRole[]): Promise<Set<string>> {
    if (editionIds.length === 0) return new Set();
    const rows: { editionId: string }[] = await this.db.query(
      `SELECT DISTINCT edition_id AS "editionId" FROM enrolment
        WHERE person_id = $1 AND edition_id = ANY($2::uuid[]) AND role = ANY($3::edition_role[]) AND status = 'active'`,
      [personId, editionIds, roles],
    );
    return new Set(rows.map((row) => row.editionId));
  }
}
