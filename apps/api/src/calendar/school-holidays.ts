import type { SchoolHolidayRegion } from '@koers/shared/domain';
import {
  addCalendarDays,
  addCalendarWeeks,
  calendarDate,
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

/** The May holiday as the estimate blocks it (see `estimatedSchoolHolidays`). */
function mayHoliday(year: number): SchoolHoliday {
  const kingsDay = calendarDate(year, 4, 27);
  const week18 = isoWeeks('Meivakantie', year, 18, 18);
  return { name: 'Meivakantie', firstDay: addCalendarDays(kingsDay, -((isoWeekday(kingsDay) - SATURDAY + 7) % 7)), lastDay: week18.lastDay };
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
 * - meivakantie: from the Saturday on or before King's Day's 27 April to the Sunday that ends ISO week 18: the week
 *   the government fixes holds 27 April (week 17 in 2027, 18 in 2026), and schools add the week after it or week 18;
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
    mayHoliday(endYear),
    {
      name: 'Zomervakantie',
      firstDay: addCalendarDays(mondayOfIsoWeek(endYear, 27), 5),
      lastDay: addCalendarDays(mondayOfIsoWeek(endYear, 35), 6),
    },
  ];
}
