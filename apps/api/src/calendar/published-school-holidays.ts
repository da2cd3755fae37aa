import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import type { CalendarDate } from './amsterdam-time';
import type { SchoolHolidayName } from './school-holidays';

type RegionalDates = Record<SchoolHolidayRegion, readonly [CalendarDate, CalendarDate]>;

export interface PublishedSchoolHoliday {
  /** The year the school year starts in. */
  schoolYear: number;
  region: SchoolHolidayRegion;
  name: SchoolHolidayName;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}

/*
 * The school holidays as the Rijksoverheid (OCW) publishes them per school year, keyed by the year the school year
 * starts in. Zomer-, kerst- and meivakantie are fixed by the government; herfst- and voorjaarsvakantie are advisory
 * dates that individual schools may depart from. Koers ships only the years whose dates were checked against the
 * publication; migrations seed them into the closed_period table (a later year gets a new migration). For any other
 * year the programme office imports the Rijksoverheid's open-data file on the Vrije dagen page; without it the
 * planner falls back to a labelled estimate.
 */
const PUBLISHED_TABLES: ReadonlyMap<number, readonly { name: SchoolHolidayName; dates: RegionalDates }[]> =
  new Map([
    [
      2025,
      [
        {
          name: 'Herfstvakantie',
          dates: {
            noord: ['2025-10-18', '2025-10-26'],
            midden: ['2025-10-18', '2025-10-26'],
            zuid: ['2025-10-11', '2025-10-19'],
          },
        },
        {
          name: 'Kerstvakantie',
          dates: {
            noord: ['2025-12-20', '2026-01-04'],
            midden: ['2025-12-20', '2026-01-04'],
            zuid: ['2025-12-20', '2026-01-04'],
          },
        },
        {
          name: 'Voorjaarsvakantie',
          dates: {
            noord: ['2026-02-21', '2026-03-01'],
            midden: ['2026-02-14', '2026-02-22'],
            zuid: ['2026-02-14', '2026-02-22'],
          },
        },
        {
          name: 'Meivakantie',
          dates: {
            noord: ['2026-04-25', '2026-05-03'],
            midden: ['2026-04-25', '2026-05-03'],
            zuid: ['2026-04-25', '2026-05-03'],
          },
        },
        {
          name: 'Zomervakantie',
          dates: {
            noord: ['2026-07-04', '2026-08-16'],
            midden: ['2026-07-18', '2026-08-30'],
            zuid: ['2026-07-11', '2026-08-23'],
          },
        },
      ],
    ],
    [
      2027,
      [
        {
          name: 'Herfstvakantie',
          dates: {
            noord: ['2027-10-16', '2027-10-24'],
            midden: ['2027-10-16', '2027-10-24'],
            zuid: ['2027-10-23', '2027-10-31'],
          },
        },
        {
          name: 'Kerstvakantie',
          dates: {
            noord: ['2027-12-25', '2028-01-09'],
            midden: ['2027-12-25', '2028-01-09'],
            zuid: ['2027-12-25', '2028-01-09'],
          },
        },
        {
          name: 'Voorjaarsvakantie',
          dates: {
            noord: ['2028-02-19', '2028-02-27'],
            midden: ['2028-02-26', '2028-03-05'],
            zuid: ['2028-02-26', '2028-03-05'],
          },
        },
        {
          name: 'Meivakantie',
          dates: {
            noord: ['2028-04-29', '2028-05-07'],
            midden: ['2028-04-29', '2028-05-07'],
            zuid: ['2028-04-29', '2028-05-07'],
          },
        },
        {
          name: 'Zomervakantie',
          dates: {
            noord: ['2028-07-15', '2028-08-27'],
            midden: ['2028-07-08', '2028-08-20'],
            zuid: ['2028-07-22', '2028-09-03'],
          },
        },
      ],
    ],
  ]);

/** The shipped tables, one row per school year, region and holiday. */
export const PUBLISHED_SCHOOL_HOLIDAYS: readonly PublishedSchoolHoliday[] = [...PUBLISHED_TABLES].flatMap(([schoolYear, holidays]) =>
  holidays.flatMap(({ name, dates }) => REGIONS.map((region) => ({ schoolYear, region, name, firstDay: dates[region][0], lastDay: dates[region][1] }))),
);
