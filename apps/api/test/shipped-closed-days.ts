import type { SchoolHolidayRegion } from '@koers/shared/domain';
import { type ClosedPeriod, ClosedDayCalendar } from '../src/calendar/closed-day-calendar';
import { PUBLISHED_SCHOOL_HOLIDAYS } from '../src/calendar/published-school-holidays';

/** The calendar a fresh installation plans with: the shipped school-holiday tables of `region`, plus any office closed days. */
export function shippedClosedDays(region?: SchoolHolidayRegion, officeClosedDays: readonly ClosedPeriod[] = []): ClosedDayCalendar {
  const schoolHolidays = new Map<number, ClosedPeriod[]>();
  for (const { schoolYear, region: holidayRegion, name, firstDay, lastDay } of PUBLISHED_SCHOOL_HOLIDAYS) {
    if (holidayRegion === region) schoolHolidays.set(schoolYear, [...(schoolHolidays.get(schoolYear) ?? []), { name, firstDay, lastDay }]);
  }
  return new ClosedDayCalendar({ region, schoolHolidays, officeClosedDays });
}
