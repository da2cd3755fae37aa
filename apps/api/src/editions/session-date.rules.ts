import type { Locale } from '@koers/shared/domain';
import { calendarDayInWords, calendarDaysBetween } from '../calendar/amsterdam-time';
import type { ClosedDayCalendar } from '../calendar/closed-day-calendar';
import { holidayNameIn } from '../calendar/holiday-names';
import { ValidationFailedError } from '../errors/koers-error';
import { ClosedDaysUnconfirmedError } from './editions.errors';

/** A return day months after the last programme day is usual; a session more than a year outside the period is a mistyped year. */
const MOST_DAYS_OUTSIDE_PERIOD = 365;

/** Refuses a session's new date more than a year before the edition starts or after it ends (`YYYY-MM-DD` throughout). */
export function assertDateNearPeriod(date: string, period: { startDate: string; endDate: string }): void {
  if (calendarDaysBetween(date, period.startDate) <= MOST_DAYS_OUTSIDE_PERIOD && calendarDaysBetween(period.endDate, date) <= MOST_DAYS_OUTSIDE_PERIOD) return;
  const inWords = (locale: 'nl' | 'en') => [period.startDate, period.endDate].map((day) => calendarDayInWords(day, locale, { weekday: false }));
  const [nlFrom, nlTo] = inWords('nl');
  const [enFrom, enTo] = inWords('en');
  throw new ValidationFailedError([
    {
      field: 'date',
      message: {
        nl: `Deze datum ligt meer dan een jaar buiten de periode van de editie (${nlFrom} tot en met ${nlTo}). Controleer het jaar.`,
        en: `This date is more than a year outside the edition's period (${enFrom} to ${enTo}). Check the year.`,
      },
    },
  ]);
}

/** An edition is opened ahead of its start, or entered soon after; a start further off is a mistyped year. */
const MOST_YEARS_BEFORE_TODAY = 2;
const MOST_YEARS_AFTER_TODAY = 3;

/** Refuses a new edition's start date more than two years ago or three years ahead (2072 typed for 2027), on `startDate`. */
export function assertStartNearToday(startDate: string, today: string): void {
  const daysAhead = calendarDaysBetween(today, startDate);
  if (daysAhead >= -MOST_YEARS_BEFORE_TODAY * 365 && daysAhead <= MOST_YEARS_AFTER_TODAY * 365) return;
  const past = daysAhead < 0;
  throw new ValidationFailedError([
    {
      field: 'startDate',
      message: {
        nl: `${calendarDayInWords(startDate, 'nl', { weekday: false })} ligt meer dan ${past ? 'twee jaar geleden' : 'drie jaar vooruit'}. Controleer het jaar.`,
        en: `${calendarDayInWords(startDate, 'en', { weekday: false })} is more than ${past ? 'two years ago' : 'three years ahead'}. Check the year.`,
      },
    },
  ]);
}

/**
 * A day on which no session takes place (a weekend, a public holiday, a closed day of the programme office, a school
 * holiday of the edition's region: whatever `calendar` closes) is taken only when the programme office confirmed that
 * very date, as in the opening wizard: 409 `closed_days_unconfirmed` names it, with why.
 */
export function assertOpenOrConfirmed(date: string, calendar: ClosedDayCalendar, confirmed: readonly string[] = []): void {
  const closure = calendar.closureOn(date);
  if (closure === null || confirmed.includes(date)) return;
  const why = (locale: Locale) => (closure === 'weekend' ? '' : ` (${holidayNameIn(closure, locale)})`);
  throw new ClosedDaysUnconfirmedError([{ date, nl: `${calendarDayInWords(date, 'nl')}${why('nl')}`, en: `${calendarDayInWords(date, 'en')}${why('en')}` }]);
}
