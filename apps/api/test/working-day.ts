import { ClosedDayCalendar } from '../src/calendar/closed-day-calendar';
import { addCalendarDays, instantToAmsterdam } from '../src/calendar/amsterdam-time';

/**
 * The first working day (Monday to Friday, no public holiday) `days` days from now or after, `YYYY-MM-DD` in
 * Amsterdam: a date a session may be moved to or added on without confirming it, whatever day the tests run.
 */
export function workingDayFromNow(days: number): string {
  return firstWorkingDayFrom(instantToAmsterdam(new Date(Date.now() + days * 86_400_000)).date);
}

function firstWorkingDayFrom(day: string): string {
  while (ClosedDayCalendar.workingDays.closureOn(day) !== null) day = addCalendarDays(day, 1);
  return day;
}

/**
 * `count` different working days in a row, the first `days` days from now or after (workingDayFromNow): days a few
 * apart from now can fall on the same working day after a weekend (12 and 14 days from a Monday are both a Monday).
 */
export function workingDaysFromNow(days: number, count: number): string[] {
  const found = [workingDayFromNow(days)];
  while (found.length < count) found.push(firstWorkingDayFrom(addCalendarDays(found[found.length - 1], 1)));
  return found;
}

export const workingDayInWeeks = (weeks: number) => workingDayFromNow(weeks * 7);
