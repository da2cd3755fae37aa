import type { SchoolHolidayRegion } from './domain';

/**
 * Why no session is planned on a day: a public holiday (by law, computed), a school holiday of a region (from the
 * published table of its school year), or a closed day the programme office added (a venue closed, a regional event).
 */
export const CLOSED_PERIOD_KINDS = ['public_holiday', 'school_holiday', 'closed_day'] as const;
export type ClosedPeriodKind = (typeof CLOSED_PERIOD_KINDS)[number];

/**
 * Where a period comes from: `rule` for public holidays; `published` for the school-holiday tables Koers ships,
 * `imported` for a table the programme office loaded from the Rijksoverheid's open data, `estimated` for a school
 * year without any table (the rule blocks every week the holiday may take, so it blocks more than needed); `office`
 * for the programme office's own closed days.
 */
export const CLOSED_PERIOD_SOURCES = ['rule', 'published', 'imported', 'estimated', 'office'] as const;
export type ClosedPeriodSource = (typeof CLOSED_PERIOD_SOURCES)[number];

export interface ClosedPeriodView {
  /** Only the programme office's own closed days have an id (and can be removed). */
  id: string | null;
  /** Dutch, as on the calendar: "Herfstvakantie", "Koningsdag", or the office's own name. */
  name: string;
  /** `YYYY-MM-DD`, both days inclusive. */
  firstDay: string;
  lastDay: string;
  kind: ClosedPeriodKind;
  source: ClosedPeriodSource;
  /** For a school holiday or a regional closed day: the school-holiday region; null for the whole country. */
  region: SchoolHolidayRegion | null;
  /** A closed day of one programme only; null for all programmes. */
  programme: { id: string; name: string } | null;
}

/** Every closed day of a school year (1 August to 31 July; a school year's summer holiday may run into September). */
export interface ClosedDaysOverview {
  /** The year the school year starts in: 2026 for 2026-2027. */
  schoolYear: number;
  periods: ClosedPeriodView[];
}

export interface CreateClosedDayRequest {
  name: string;
  firstDay: string;
  lastDay: string;
  /** Only editions planned with this school-holiday region skip it; none for the whole country. */
  region?: SchoolHolidayRegion | null;
  /** Only editions of this programme skip it; none for all programmes. */
  programmeId?: string | null;
}

export interface SchoolHolidayImportResult {
  schoolYear: number;
  /** School-holiday periods stored, counted per region. */
  periods: number;
}

/** A closed period the office adds is at most a year long: longer is a typing error, not a closure. */
export const MAX_CLOSED_PERIOD_DAYS = 366;
