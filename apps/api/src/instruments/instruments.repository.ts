import type { InstrumentDimensionRequest, InstrumentDimensionView, InstrumentVersionView, InstrumentView } from '@koers/shared/measurements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lockRow } from '../database/lock-row';

/**
 * A version's dimensions with their items, in order, as one JSON value (for the version aliased `v`); the rounds of
 * editions show their questionnaires and results with it.
 */
export const DIMENSIONS_OF_V = `COALESCE((
  SELECT json_agg(json_build_object('id', d.id, 'position', d.position, 'name', d.name, 'items', COALESCE((
           SELECT json_agg(json_build_object('id', i.id, 'position', i.position, 'statement', i.statement, 'scale', i.scale,
                                             'freeTextAllowed', i.free_text_allowed) ORDER BY i.position)
             FROM instrument_item i WHERE i.dimension_id = d.id), '[]')) ORDER BY d.position)
    FROM instrument_dimension d WHERE d.version_id = v.id), '[]')`;

const VERSION_COLUMNS = `v.id, v.instrument_id AS "instrumentId", v.number, v.published_at AS "publishedAt", ${DIMENSIONS_OF_V} AS dimensions`;

interface VersionRow {
  id: string;
  instrumentId: string;
  number: number;
  publishedAt: Date | null;
  dimensions: InstrumentDimensionView[];
}

const toVersion = (row: VersionRow): InstrumentVersionView => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null });

@Injectable()
export class InstrumentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Every instrument with all its versions (newest first) and their content, in one query. */
  async list(): Promise<InstrumentView[]> {
    const rows: (VersionRow & Omit<InstrumentView, 'id' | 'versions'> & { instrumentId: string })[] = await this.db.query(
      `SELECT i.kind, i.name, i.description, i.is_example AS "isExample", ${VERSION_COLUMNS}
         FROM instrument i JOIN instrument_version v ON v.instrument_id = i.id
        ORDER BY i.name, i.id, v.number DESC`,
    );
    const instruments = new Map<string, InstrumentView>();
    for (const { kind, name, description, isExample, ...version } of rows) {
      const instrument = instruments.get(version.instrumentId) ?? { id: version.instrumentId, kind, name, description, isExample, versions: [] };
      instrument.versions.push(toVersion(version));
      instruments.set(instrument.id, instrument);
    }
    return [...instruments.values()];
  }

  async version(versionId: string, manager: EntityManager = this.db.manager): Promise<InstrumentVersionView | null> {
    const [row] = await manager.query(`SELECT ${VERSION_COLUMNS} FROM instrument_version v WHERE v.id = $1`, [versionId]);
    return row ? toVersion(row) : null;
  }

  /** Locks the instrument against a second draft made at the same moment, then reads its versions; null when it does not exist. */
  async lockInstrument(instrumentId: string, manager: EntityManager): Promise<{ latestVersionId: string; hasDraft: boolean } | null> {
    if (!(await lockRow(manager, 'instrument', instrumentId))) return null;
    const [row] = await manager.query(
      `SELECT (SELECT v.id FROM instrument_version v WHERE v.instrument_id = $1 ORDER BY v.number DESC LIMIT 1) AS "latestVersionId",
              EXISTS (SELECT 1 FROM instrument_version v WHERE v.instrument_id = $1 AND v.published_at IS NULL) AS "hasDraft"`,
      [instrumentId],
    );
    return row;
  }

  /** A new draft version numbered after the latest, holding a copy of the given version's dimensions and items. */
  async createDraftFrom(sourceVersionId: string, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(
      `WITH new_version AS (
         INSERT INTO instrument_version (instrument_id, number)
         SELECT source.instrument_id, (SELECT max(number) + 1 FROM instrument_version WHERE instrument_id = source.instrument_id)
           FROM instrument_version source WHERE source.id = $1
         RETURNING id),
       new_dimension AS (
         INSERT INTO instrument_dimension (version_id, position, name)
         SELECT new_version.id, d.position, d.name FROM new_version, instrument_dimension d WHERE d.version_id = $1
         RETURNING id, position),
       new_item AS (
         INSERT INTO instrument_item (dimension_id, position, statement, scale, free_text_allowed)
         SELECT new_dimension.id, i.position, i.statement, i.scale, i.free_text_allowed
           FROM new_dimension
           JOIN instrument_dimension d ON d.version_id = $1 AND d.position = new_dimension.position
           JOIN instrument_item i ON i.dimension_id = d.id)
       SELECT id FROM new_version`,
      [sourceVersionId],
    );
    return row.id;
  }

  /** Locks the version against concurrent edits and publication; null when it does not exist. */
  async lockVersion(versionId: string, manager: EntityManager): Promise<{ published: boolean } | null> {
    const [row] = await manager.query(`SELECT published_at IS NOT NULL AS published FROM instrument_version WHERE id = $1 FOR UPDATE`, [versionId]);
    return row ?? null;
  }

  /** Replaces a draft's dimensions and items by the given ones, numbered in their order. */
  async replaceContent(versionId: string, dimensions: InstrumentDimensionRequest[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM instrument_dimension WHERE version_id = $1`, [versionId]);
    await manager.query(
      `WITH new_dimension AS (
         INSERT INTO instrument_dimension (version_id, position, name)
         SELECT $1, dimension.position, dimension.value->>'name' FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS dimension(value, position)
         RETURNING id, position)
       INSERT INTO instrument_item (dimension_id, position, statement, scale, free_text_allowed)
       SELECT new_dimension.id, item.position, item.value->>'statement', (item.value->>'scale')::instrument_item_scale, (item.value->>'freeTextAllowed')::boolean
         FROM new_dimension
         JOIN jsonb_array_elements($2::jsonb) WITH ORDINALITY AS dimension(value, position) ON dimension.position = new_dimension.position
         CROSS JOIN jsonb_array_elements(dimension.value->'items') WITH ORDINALITY AS item(value, position)`,
      [versionId, JSON.stringify(dimensions)],
    );
  }

  async publish(versionId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE instrument_version SET published_at = now() WHERE id = $1`, [versionId]);
  }
}
