import type { DirectoryEntry, DirectoryProfile } from '@koers/shared/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The edition's active people, one row per role in the order of the roles (participants, trainers, facilitators, directors, internal teams), by name; those who hid themselves only when
   * `includeHidden` (marked). One statement, whatever the cohort's size (bounded by the edition's capacity).
   */
  async findEdition(editionId: string, includeHidden: boolean): Promise<DirectoryEntry[]> {
    const rows: (DirectoryEntry & { isHidden: boolean })[] = await this.db.query(
      `SELECT p.id AS "personId", p.name, o.name AS organisation, o.region, e.role,
              CASE WHEN c.id IS NOT NULL THEN json_build_object('title', c.title, 'phase', c.phase) END AS challenge,
              dp.introduction, COALESCE(dp.hidden, false) AS "isHidden"
         FROM enrolment e
         JOIN person p ON p.id = e.person_id AND p.erased_at IS NULL
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
         LEFT JOIN directory_profile dp ON dp.person_id = p.id
        WHERE e.edition_id = $1 AND e.status = 'active' AND ($2 OR NOT COALESCE(dp.hidden, false))
        ORDER BY e.role, p.name, p.id`,
      [editionId, includeHidden],
    );
    return rows.map(({ isHidden, ...entry }) => (isHidden ? { ...entry, hidden: true as const } : entry));
  }

  async findProfile(personId: string): Promise<DirectoryProfile> {
    const rows = await this.db.query(`SELECT introduction, hidden FROM directory_profile WHERE person_id = $1`, [personId]);
    return rows[0] ?? { introduction: null, hidden: false };
  }

  async saveProfile(personId: string, profile: DirectoryProfile): Promise<void> {
    await this.db.query(
      `INSERT INTO directory_profile (person_id, introduction, hidden) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET introduction = EXCLUDED.introduction, hidden = EXCLUDED.hidden, updated_at = now()`,
      [personId, profile.introduction, profile.hidden],
    );
  }
}
