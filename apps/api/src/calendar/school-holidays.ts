import type { SchoolHolidayRegion } from '@koers/shared/domain';
import {
  addCalendarDays,
  addCalendarWeeks,
  calendarDate,
  calendarYear,
  isoWeekday,
  type CalendarDate,
} from './amsterdam-time';
import { easterSunday } from './dutch-holidays';

export type SchoolHolidayName =
  | 'Herfstvakantie'
  | 'Kerstvakantie'
  | 'Voorjaarsvakantie'
  | 'Meivakantie'
  | 'Zomervakantie';

export interface SchoolHoliday {
  name: SchoolHolidayName;
  /** Both days inclusive; a holiday runs from a Saturday to a Sunday. */
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}

type RegionalDates = Record<SchoolHolidayRegion, readonly [CalendarDate, CalendarDate]>;

/*
 * The Rijksoverheid (OCW) publishes the holidays per school year, keyed here by the year
 * the school year starts in. Zomer-, kerst- and meivakantie are fixed by the government;
 * herfst- and voorjaarsvakantie are advisory dates that individual schools may depart from.
 * Only school years whose dates were checked against the publication are listed; 2026-2027
 * could not be confirmed and, like every later year, falls back to estimatedSchoolHolidays.
 */
const PUBLISHED_SCHOOL_YEARS: ReadonlyMap<number, readonly { name: SchoolHolidayName; dates: RegionalDates }[]> =
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

const SATURDAY = 6;

function mondayOfIsoWeek(year: number, week: number): CalendarDate {
  // 4 January always lies in ISO week 1.
  const fourthOfJanuary = calendarDate(year, 1, 4);
  const mondayOfWeekOne = addCalendarDays(fourthOfJanuary, 1 - isoWeekday(fourthOfJanuary));
  return addCalendarWeeks(mondayOfWeekOne, week - 1);
}

/** From the Saturday before ISO week `firstWeek` to the Sunday that ends ISO week `lastWeek`. */
function isoWeeks(name: SchoolHolidayName, year: number, firstWeek: number, lastWeek: number): SchoolHoliday {
  return {
    name,
    firstDay: addCalendarDays(mondayOfIsoWeek(year, firstWeek), -2),
    lastDay: addCalendarDays(mondayOfIsoWeek(year, lastWeek), 6),
  };
}

/**
 * The holidays of a school year by rule, for years without a published table.
 *
 * Where the government rotates the regions in an order that follows no formula, the
 * estimate blocks every week the region's holiday took in the published years, so it
 * never misses a holiday day of those years (the spec checks this) at the cost of
 * moving some sessions that could have stayed; the admin reviews the schedule anyway.
 * - herfstvakantie: ISO weeks 42 and 43 (each region gets one of the two);
 * - kerstvakantie: 16 days from the Saturday between 19 and 25 December, which
 *   reproduces the published years exactly;
 * - voorjaarsvakantie: zuid in carnival week (Saturday 50 days before Easter to the
 *   Sunday after); noord and midden ISO weeks 8 and 9 (each gets one of the two);
 * - meivakantie: ISO week 18, the single week the government fixes (schools may add week 17);
 * - zomervakantie: the regions start a week apart on the Saturdays of ISO weeks 27, 28
 *   and 29, six weeks each, so the span from the Saturday of week 27 to the Sunday of
 *   week 35 covers whichever region goes first or last.
 */
export function estimatedSchoolHolidays(startYear: number, region: SchoolHolidayRegion): SchoolHoliday[] {
  const endYear = startYear + 1;
  const christmasDay = calendarDate(startYear, 12, 25);
  const christmasStart = addCalendarDays(christmasDay, -((isoWeekday(christmasDay) - SATURDAY + 7) % 7));
  const easter = easterSunday(endYear);
  const springHoliday: SchoolHoliday =
    region === 'zuid'
      ? {
          name: 'Voorjaarsvakantie',
          firstDay: addCalendarDays(easter, -50),
          lastDay: addCalendarDays(easter, -42),
        }
      : isoWeeks('Voorjaarsvakantie', endYear, 8, 9);
  return [
    isoWeeks('Herfstvakantie', startYear, 42, 43),
    { name: 'Kerstvakantie', firstDay: christmasStart, lastDay: addCalendarDays(christmasStart, 15) },
    springHoliday,
    isoWeeks('Meivakantie', endYear, 18, 18),
    {
      name: 'Zomervakantie',
      firstDay: addCalendarDays(mondayOfIsoWeek(endYear, 27), 5),
      lastDay: addCalendarDays(mondayOfIsoWeek(endYear, 35), 6),
    },
  ];
}

/** The school holidays of the school year that starts in autumn of `startYear`, in date order. */
export function schoolHolidaysOfSchoolYear(startYear: number, region: SchoolHolidayRegion): SchoolHoliday[] {
  const published = PUBLISHED_SCHOOL_YEARS.get(startYear);
  if (!published) return estimatedSchoolHolidays(startYear, region);
  return published.map(({ name, dates }) => ({ name, firstDay: dates[region][0], lastDay: dates[region][1] }));
}

/** The Dutch name of the school holiday that `date` falls in for `region`, or null. */
export function schoolHolidayFor(date: CalendarDate, region: SchoolHolidayRegion): string | null {
  const year = calendarYear(date);
  // January to early September belong to the school year that started the year before.
  const holidays = [...cachedSchoolHolidays(year - 1, region), ...cachedSchoolHolidays(year, region)];
  const holiday = holidays.find(({ firstDay, lastDay }) => firstDay <= date && date <= lastDay);
  return holiday ? holiday.name : null;
}

// Schedule generation asks about every candidate day; each school year is computed once.
const schoolHolidaysByYearAndRegion = new Map<string, readonly SchoolHoliday[]>();

function cachedSchoolHolidays(startYear: number, region: SchoolHolidayRegion): readonly SchoolHoliday[] {
  const key = `${startYear}:${region}`;
  let holidays = schoolHolidaysByYearAndRegion.get(key);
  if (!holidays) {
    holidays = schoolHolidaysOfSchoolYear(startYear, region);
    schoolHolidaysByYearAndRegion.set(key, holidays);
  }
  return holidays;
}
