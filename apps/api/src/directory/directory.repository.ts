import type { AlumniEntry, DirectoryEntry, DirectoryProfile, SaveDirectoryProfileRequest } from '@koers/shared/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isDescribed } from '../challenges/challenge.rules';

/**
 * Whether the person `person` is hidden from the who's who, with their profile row `profile` (none: not chosen): as
 * they chose, else hidden when they are only in internal teams (see DirectoryProfile.hidden).
 */
const hiddenFromDirectory = (profile: string, person: string) => `COALESCE(${profile}.hidden, ${hiddenUntilChosen(person)})`;
const hiddenUntilChosen = (person: string) =>
  `NOT EXISTS (SELECT 1 FROM enrolment x WHERE x.person_id = ${person}.id AND x.status = 'active' AND x.role <> 'internal_team_member')`;

@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The edition's active people, one row per role in the order of the roles (participants, trainers, facilitators, directors, internal teams), by name; those hidden
   * (by their choice, or as only internal-team members who did not choose to show) only when `includeHidden` (marked). One statement, whatever the cohort's size (bounded by the edition's capacity).
   */
  async findEdition(editionId: string, includeHidden: boolean): Promise<DirectoryEntry[]> {
    const rows: (DirectoryEntry & { isHidden: boolean })[] = await this.db.query(
      `SELECT p.id AS "personId", p.name, o.name AS organisation, o.region, e.role,
              CASE WHEN ${isDescribed('c')} THEN json_build_object('title', c.title, 'phase', c.phase) END AS challenge,
              dp.introduction, dp.photo_storage_key IS NOT NULL AS "hasPhoto", ${hiddenFromDirectory('dp', 'p')} AS "isHidden"
         FROM enrolment e
         JOIN person p ON p.id = e.person_id AND p.erased_at IS NULL
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
         LEFT JOIN directory_profile dp ON dp.person_id = p.id
        WHERE e.edition_id = $1 AND e.status = 'active' AND ($2 OR NOT ${hiddenFromDirectory('dp', 'p')})
        ORDER BY e.role, p.name, p.id`,
      [editionId, includeHidden],
    );
    return rows.map(({ isHidden, ...entry }) => (isHidden ? { ...entry, hidden: true as const } : entry));
  }

  async findProfile(personId: string): Promise<DirectoryProfile> {
    const [row] = await this.db.query(
      `SELECT dp.introduction, ${hiddenFromDirectory('dp', 'p')} AS hidden, COALESCE(dp.alumni, false) AS alumni, dp.photo_storage_key IS NOT NULL AS "hasPhoto"
         FROM person p LEFT JOIN directory_profile dp ON dp.person_id = p.id WHERE p.id = $1`,
      [personId],
    );
    return row;
  }

  async saveProfile(personId: string, profile: SaveDirectoryProfileRequest): Promise<void> {
    await this.db.query(
      // Saving what was shown unchanged is no choice: someone hidden by default (only in internal teams) who writes an
      // introduction is still shown once they enrol as a participant.
      `WITH choice AS (
         SELECT CASE WHEN dp.hidden IS NULL AND $3 = ${hiddenUntilChosen('p')} THEN NULL ELSE $3 END AS hidden
           FROM person p LEFT JOIN directory_profile dp ON dp.person_id = p.id WHERE p.id = $1)
       INSERT INTO directory_profile (person_id, introduction, hidden, alumni) SELECT $1, $2, choice.hidden, $4 FROM choice
       ON CONFLICT (person_id) DO UPDATE SET introduction = EXCLUDED.introduction, hidden = EXCLUDED.hidden, alumni = EXCLUDED.alumni, updated_at = now()`,
      [personId, profile.introduction, profile.hidden, profile.alumni],
    );
  }

  /**
   * "De Rebels": participants of the programme's editions that started before this one, who opted in and did not hide
   * themselves or withdraw; the latest edition first, then by name. One statement; an edition has at most its capacity.
   */
  async findAlumni(editionId: string): Promise<AlumniEntry[]> {
    return this.db.query(
      `SELECT p.id AS "personId", p.name, o.name AS organisation, o.region, earlier.name AS "editionName",
              CASE WHEN ${isDescribed('c')} THEN json_build_object('title', c.title, 'phase', c.phase) END AS challenge,
              dp.introduction
         FROM edition this
         JOIN edition earlier ON earlier.programme_id = this.programme_id AND earlier.start_date < this.start_date
         JOIN enrolment e ON e.edition_id = earlier.id AND e.role = 'participant' AND e.status = 'active'
         JOIN person p ON p.id = e.person_id AND p.erased_at IS NULL
         JOIN directory_profile dp ON dp.person_id = p.id AND dp.alumni AND NOT ${hiddenFromDirectory('dp', 'p')}
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
        WHERE this.id = $1
        ORDER BY earlier.start_date DESC, p.name, p.id`,
      [editionId],
    );
  }

  /** Sets (or with null removes) the person's photo; answers the storage key it replaced, for the caller to remove. */
  async setPhoto(personId: string, photo: { storageKey: string; contentType: string } | null): Promise<string | null> {
    const [row] = await this.db.query(
      `WITH previous AS (SELECT photo_storage_key FROM directory_profile WHERE person_id = $1 FOR UPDATE)
       INSERT INTO directory_profile (person_id, photo_storage_key, photo_content_type) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET photo_storage_key = EXCLUDED.photo_storage_key,
                                             photo_content_type = EXCLUDED.photo_content_type, updated_at = now()
       RETURNING (SELECT photo_storage_key FROM previous) AS "previousKey"`,
      [personId, photo?.storageKey ?? null, photo?.contentType ?? null],
    );
    return row.previousKey;
  }

  /** The photo of a person active in the edition, if they show it there (or `includeHidden`). */
  async findPhoto(editionId: string, personId: string, includeHidden: boolean): Promise<{ storageKey: string; contentType: string } | null> {
    const rows = await this.db.query(
      `SELECT dp.photo_storage_key AS "storageKey", dp.photo_content_type AS "contentType"
         FROM directory_profile dp JOIN person p ON p.id = dp.person_id AND p.erased_at IS NULL
        WHERE dp.person_id = $2 AND dp.photo_storage_key IS NOT NULL AND ($3 OR NOT ${hiddenFromDirectory('dp', 'p')})
          AND EXISTS (SELECT 1 FROM enrolment e WHERE e.edition_id = $1 AND e.person_id = dp.person_id AND e.status = 'active')`,
      [editionId, personId, includeHidden],
    );
    return rows[0] ?? null;
  }
}
