import type { Locale } from '@koers/shared/domain';
import type { DimensionAggregate, EditionMeasurements, MeasurementRoundResults } from '@koers/shared/measurements';
import { type ExportTable, exportFileName } from '../app/export';

const TEXT: Record<Locale, Record<'title' | 'round' | 'instrument' | 'group' | 'dimension' | 'respondents' | 'mean' | 'spread' | 'wholeEdition', string>> = {
  nl: {
    title: 'Metingen',
    round: 'Ronde',
    instrument: 'Instrument',
    group: 'Organisatie',
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
  const text = TEXT[locale];
  const rows = results.rounds.flatMap((round) => {
    const names = new Map(round.version.dimensions.map((dimension) => [dimension.id, dimension.name]));
    const label = MOMENTS[locale][round.moment](round.occurrence);
    const groups = [{ name: text.wholeEdition, dimensions: round.dimensions }, ...round.organisations.map((organisation) => ({ name: organisation.organisationName, dimensions: organisation.dimensions }))];
    return groups.flatMap((group) =>
      group.dimensions.map((figures) => ({ round: label, instrument: round.instrument.name, group: group.name, dimension: names.get(figures.dimensionId) ?? '', figures })),
    );
  });
  return {
    fileName: exportFileName(locale === 'nl' ? 'metingen' : 'measurements', results.editionName, 'editie'),
    title: text.title,
    columns: [
      { header: text.round, type: 'text', value: (row) => row.round, width: 20 },
      { header: text.instrument, type: 'text', value: (row) => row.instrument, width: 32 },
      { header: text.group, type: 'text', value: (row) => row.group, width: 32 },
      { header: text.dimension, type: 'text', value: (row) => row.dimension, width: 28 },
      { header: text.respondents, type: 'integer', value: (row) => row.figures.respondents },
      { header: text.mean, type: 'integer', value: (row) => rounded(row.figures.mean) },
      { header: text.spread, type: 'integer', value: (row) => rounded(row.figures.spread) },
    ],
    rows,
  };
}
