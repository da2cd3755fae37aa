/**
 * The only place that turns dates into text. Components use these functions
 * (or <DateText>), never `toLocaleString` or date-fns directly.
 *
 * Instants from the API (ISO 8601 with offset, e.g. "2027-03-09T08:30:00Z") are
 * always shown as wall-clock time in Europe/Amsterdam, whatever the device's
 * time zone: a lesdag at 09:30 stays 09:30 on both sides of a DST change.
 * Calendar dates without a time ("2027-03-09") are shown as that day.
 */
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { Locale as DateFnsLocale } from 'date-fns';
import { amsterdamInstant, amsterdamWallClock, calendarDayDate, type WallClockDate } from '@koers/shared/amsterdam-clock';
import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';

interface Patterns {
  locale: DateFnsLocale;
  date: string;
  time: string;
  dateTime: string;
  longDate: string;
  month: string;
  weekday: string;
}

const PATTERNS: Record<Locale, Patterns> = {
  // "di 9 maart 2027, 09:30"
  nl: {
    locale: nl,
    date: 'EEEEEE d MMMM yyyy',
    time: 'HH:mm',
    dateTime: 'EEEEEE d MMMM yyyy, HH:mm',
    longDate: 'EEEE d MMMM yyyy',
    month: 'MMMM yyyy',
    weekday: 'EEEEEE',
  },
  // "Tue 9 March 2027, 09:30"
  en: {
    locale: enGB,
    date: 'EEE d MMMM yyyy',
    time: 'HH:mm',
    dateTime: 'EEE d MMMM yyyy, HH:mm',
    longDate: 'EEEE d MMMM yyyy',
    month: 'MMMM yyyy',
    weekday: 'EEE',
  },
};

/** Amsterdam wall-clock time of an instant, or a calendar date as that day, for formatting. */
function wallClock(value: string | Date): WallClockDate {
  const calendarDay = typeof value === 'string' ? calendarDayDate(value) : null;
  if (calendarDay) return calendarDay;
  const instant = (typeof value === 'string' ? new Date(value) : value).getTime();
  if (Number.isNaN(instant)) throw new RangeError(`Not a valid date: ${String(value)}`);
  return amsterdamWallClock(instant);
}

function render(value: string | Date, language: Locale, kind: Exclude<keyof Patterns, 'locale'>): string {
  const patterns = PATTERNS[language] ?? PATTERNS[DEFAULT_LOCALE];
  return format(wallClock(value), patterns[kind], { locale: patterns.locale });
}

/** "di 9 maart 2027, 09:30" (nl) or "Tue 9 March 2027, 09:30" (en). */
export function formatDateTime(value: string | Date, language: Locale = DEFAULT_LOCALE): string {
  return render(value, language, 'dateTime');
}

/** "di 9 maart 2027" (nl) or "Tue 9 March 2027" (en). Accepts instants and calendar dates. */
export function formatDate(value: string | Date, language: Locale = DEFAULT_LOCALE): string {
  return render(value, language, 'date');
}

/** "09:30", Amsterdam wall-clock time. */
export function formatTime(value: string | Date, language: Locale = DEFAULT_LOCALE): string {
  return render(value, language, 'time');
}

/** "dinsdag 9 maart 2027" (nl) or "Tuesday 9 March 2027" (en): the day written out in full. */
export function formatLongDate(value: string | Date, language: Locale = DEFAULT_LOCALE): string {
  return render(value, language, 'longDate');
}

/** "maart 2027" (nl) or "March 2027" (en). */
export function formatMonth(value: string | Date, language: Locale = DEFAULT_LOCALE): string {
  return render(value, language, 'month');
}

/** "di" (nl) or "Tue" (en). */
export function formatWeekday(value: string | Date, language: Locale = DEFAULT_LOCALE): string {
  return render(value, language, 'weekday');
}

/** The Amsterdam calendar day of an instant as `YYYY-MM-DD` (a calendar date stays itself), for grouping by day or month. */
export function amsterdamDay(value: string | Date): string {
  return format(wallClock(value), 'yyyy-MM-dd');
}

/** An instant as the value of an `<input type="datetime-local">`: Amsterdam wall-clock time, `YYYY-MM-DDTHH:mm`. */
export function toDateTimeInputValue(value: string | Date): string {
  return format(wallClock(value), "yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant (ISO 8601) meant by a `datetime-local` value read as Amsterdam wall-clock time, whatever the
 * device's time zone; null when the value is not a date and time. `unchangedFrom`: the instant the field was filled
 * with, kept when the value is still what it showed: in the hour that comes twice in October the value cannot say
 * which of the two it is, and an unchanged save would otherwise move the first an hour on.
 */
export function fromDateTimeInputValue(value: string, unchangedFrom?: string | null): string | null {
  if (unchangedFrom && value === toDateTimeInputValue(unchangedFrom)) return new Date(unchangedFrom).toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number);
  return new Date(amsterdamInstant(year, month, day, hours, minutes)).toISOString();
}

/**
 * Whether a `datetime-local` value is a time Amsterdam's clocks skip (02:00–02:59 on the last Sunday of March): it
 * names no moment, and read as one it would quietly be an hour later. Forms refuse it, as the API does for sessions.
 */
export function isSkippedOnTheClock(value: string): boolean {
  const instant = fromDateTimeInputValue(value);
  return instant !== null && toDateTimeInputValue(instant) !== value;
}
