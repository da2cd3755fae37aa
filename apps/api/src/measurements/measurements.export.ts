import type { Locale } from '@koers/shared/domain';
import type { DimensionAggregate, EditionMeasurements, MeasurementRoundResults, RegionMeasurements } from '@koers/shared/measurements';
import { type ExportTable, exportFileName } from '../app/export-table';

const TEXT: Record<Locale, Record<'title' | 'round' | 'instrument' | 'group' | 'edition' | 'dimension' | 'respondents' | 'mean' | 'spread' | 'wholeEdition', string>> = {
  nl: {
    title: 'Metingen',
    round: 'Ronde',
    instrument: 'Instrument',
    group: 'Organisatie',
    edition: 'Editie',
    dimension: 'Onderdeel',
    respondents: 'Respondenten',
    mean: 'Gemiddelde (0-100)',
    spread: 'Spreiding (sd)',
    wholeEdition: 'Hele editie',
  },
  en: {
    title: 'Measurements',
    round: 'Round',
    instrument: 'Instrument',
    group: 'Organisation',
    edition: 'Edition',
    dimension: 'Dimension',
    respondents: 'Respondents',
    mean: 'Mean (0-100)',
    spread: 'Spread (sd)',
    wholeEdition: 'Whole edition',
  },
};

const MOMENTS: Record<Locale, Record<MeasurementRoundResults['moment'], (occurrence: number) => string>> = {
  nl: { before_first_programme_day: () => 'Begin', after_last_programme_day: () => 'Eind', internal_team_days: (n) => `Intern-teamdag ${n}` },
  en: { before_first_programme_day: () => 'Start', after_last_programme_day: () => 'End', internal_team_days: (n) => `Internal-team day ${n}` },
};

export interface MeasurementResultRow {
  round: string;
  instrument: string;
  group: string;
  dimension: string;
  figures: DimensionAggregate;
}

const rounded = (value: number | null) => (value === null ? null : Math.round(value));

/** The results as the caller may see them, for Excel: one row per round, group (the whole edition, each organisation) and dimension. */
export function measurementsTable(results: EditionMeasurements, locale: Locale): ExportTable<MeasurementResultRow> {
  const rows = results.rounds.flatMap((round) =>
    rowsOf(round, locale, [
      { name: TEXT[locale].wholeEdition, dimensions: round.dimensions },
      ...round.organisations.map((organisation) => ({ name: organisation.organisationName, dimensions: organisation.dimensions })),
    ]),
  );
  return resultsTable(locale, exportFileName(locale === 'nl' ? 'metingen' : 'measurements', results.editionName, 'editie'), TEXT[locale].group, rows);
}

/** A region's results for Excel: one row per round (named by its edition) and dimension, the region's organisations together. */
export function regionMeasurementsTable(results: RegionMeasurements, locale: Locale): ExportTable<MeasurementResultRow> {
  const rows = results.rounds.flatMap((round) => rowsOf(round, locale, [{ name: round.editionName, dimensions: round.dimensions }]));
  return resultsTable(locale, exportFileName(locale === 'nl' ? 'metingen-regio' : 'measurements-region', results.regionName, 'regio'), TEXT[locale].edition, rows);
}

function rowsOf(
  round: Pick<MeasurementRoundResults, 'moment' | 'occurrence' | 'instrument' | 'version'>,
  locale: Locale,
  groups: { name: string; dimensions: DimensionAggregate[] }[],
): MeasurementResultRow[] {
  const names = new Map(round.version.dimensions.map((dimension) => [dimension.id, dimension.name]));
  const label = MOMENTS[locale][round.moment](round.occurrence);
  return groups.flatMap((group) =>
    group.dimensions.map((figures) => ({ round: label, instrument: round.instrument.name, group: group.name, dimension: names.get(figures.dimensionId) ?? '', figures })),
  );
}

function resultsTable(locale: Locale, fileName: string, groupHeader: string, rows: MeasurementResultRow[]): ExportTable<MeasurementResultRow> {
  const text = TEXT[locale];
  return {
    fileName,
    title: text.title,
    columns: [
      { header: text.round, type: 'text', value: (row) => row.round, width: 20 },
      { header: text.instrument, type: 'text', value: (row) => row.instrument, width: 32 },
      { header: groupHeader, type: 'text', value: (row) => row.group, width: 32 },
      { header: text.dimension, type: 'text', value: (row) => row.dimension, width: 28 },
      { header: text.respondents, type: 'integer', value: (row) => row.figures.respondents },
      { header: text.mean, type: 'integer', value: (row) => rounded(row.figures.mean) },
      { header: text.spread, type: 'integer', value: (row) => rounded(row.figures.spread) },
    ],
    rows,
  };
}
