import { ClosedDayCalendar } from '../src/calendar/closed-day-calendar';
import { addCalendarDays, instantToAmsterdam } from '../src/calendar/amsterdam-time';

/**
 * The first working day (Monday to Friday, no public holiday) `days` days from now or after, `YYYY-MM-DD` in
 * Amsterdam: a date a session may be moved to or added on without confirming it, whatever day the tests run.
 */
export function workingDayFromNow(days: number): string {
  let day = instantToAmsterdam(new Date(Date.now() + days * 86_400_000)).date;
  while (ClosedDayCalendar.workingDays.closureOn(day) !== null) day = addCalendarDays(day, 1);
  return day;
}

export const workingDayInWeeks = (weeks: number) => workingDayFromNow(weeks * 7);
