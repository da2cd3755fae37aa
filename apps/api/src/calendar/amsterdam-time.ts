import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { amsterdamInstant, amsterdamOffsetMinutes, amsterdamWallClock, amsterdamWallClockMs, calendarDayDate, type WallClockDate } from '@koers/shared/amsterdam-clock';
import type { Locale } from '@koers/shared/domain';

/** A day on the calendar, 'YYYY-MM-DD'. It has no time zone: 9 March is 9 March everywhere. */
export type CalendarDate = string;

/** A time on an Amsterdam clock, 'HH:mm'. */
export type WallClockTime = string;

/** 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A time of day on the clock, `HH:mm` from 00:00 to 23:59. */
export const WALL_CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A calendar day as UTC midnight: UTC has no daylight saving, so adding days never lands on 23:00 of the day before. */
function toCalendarDay(date: CalendarDate): WallClockDate {
  const day = calendarDayDate(date);
  if (!day) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return day;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The calendar day of a date's UTC fields. */
function fromUtcFields(day: Date): CalendarDate {
  return `${String(day.getUTCFullYear()).padStart(4, '0')}-${twoDigits(day.getUTCMonth() + 1)}-${twoDigits(day.getUTCDate())}`;
}

function parseWallClockTime(time: WallClockTime): { hours: number; minutes: number } {
  const match = WALL_CLOCK_TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a wall-clock time (HH:mm): ${time}`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return fromUtcFields(new Date(Date.UTC(year, month - 1, day)));
}

export function calendarYear(date: CalendarDate): number {
  return toCalendarDay(date).getUTCFullYear();
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const day = toCalendarDay(date);
  return fromUtcFields(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days)));
}

/** How many days `last` lies after `first`: 0 for the same day. */
export function calendarDaysBetween(first: CalendarDate, last: CalendarDate): number {
  return Math.round((toCalendarDay(last).getTime() - toCalendarDay(first).getTime()) / 86_400_000);
}

export function addCalendarWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addCalendarDays(date, weeks * 7);
}

export function isoWeekday(date: CalendarDate): IsoWeekday {
  return (toCalendarDay(date).getUTCDay() || 7) as IsoWeekday;
}

/**
 * A calendar day in words in the reader's language, the same whatever the process time zone: 'donderdag 6 mei 2027'
 * or 'Thursday 6 May 2027' for messages and mails; without the weekday, '6 mei 2027', as a certificate states a date.
 */
export function calendarDayInWords(
  date: CalendarDate,
  locale: Locale,
  { weekday = true, sentenceStart = false }: { weekday?: boolean; sentenceStart?: boolean } = {},
): string {
  const words = format(toCalendarDay(date), weekday ? 'EEEE d MMMM yyyy' : 'd MMMM yyyy', { locale: locale === 'en' ? enGB : nl });
  // Dutch writes a weekday in lower case, also in a date that begins a sentence: the sentence still begins with a capital.
  return sentenceStart ? words.charAt(0).toLocaleUpperCase(locale) + words.slice(1) : words;
}

/** A day and a time on an Amsterdam clock. */
export interface ClockReading {
  date: CalendarDate;
  time: WallClockTime;
}

/** Minutes on the clock from one reading to a later one: every day has 1,440, whatever the clocks did that night. */
export function clockMinutesBetween(from: ClockReading, to: ClockReading): number {
  const minutesOf = ({ time }: ClockReading) => {
    const { hours, minutes } = parseWallClockTime(time);
    return hours * 60 + minutes;
  };
  return calendarDaysBetween(from.date, to.date) * 1440 + minutesOf(to) - minutesOf(from);
}

/** What the clock reads `minutes` after `at`, counted as clockMinutesBetween counts them. */
export function addClockMinutes(at: ClockReading, minutes: number): ClockReading {
  const { hours, minutes: past } = parseWallClockTime(at.time);
  const reading = new Date(toCalendarDay(at.date).getTime() + (hours * 60 + past + minutes) * 60_000);
  return { date: fromUtcFields(reading), time: `${twoDigits(reading.getUTCHours())}:${twoDigits(reading.getUTCMinutes())}` };
}

/**
 * The instant at which Amsterdam clocks show `time` on `date`. A time skipped in March (02:30 on the last Sunday) is
 * the instant of 03:30 summer time; one that occurs twice in October (02:30 on the last Sunday), its second, winter-time
 * occurrence.
 */
export function amsterdamToInstant(date: CalendarDate, time: WallClockTime): Date {
  const calendarDay = toCalendarDay(date);
  const { hours, minutes } = parseWallClockTime(time);
  return new Date(amsterdamInstant(calendarDay.getUTCFullYear(), calendarDay.getUTCMonth() + 1, calendarDay.getUTCDate(), hours, minutes));
}

/** The Amsterdam calendar day and clock time of an instant, from the EU clock-change rule (no `Intl` per call). */
export function instantToAmsterdam(instant: Date): ClockReading {
  const wall = new Date(amsterdamWallClockMs(instant.getTime()));
  return { date: fromUtcFields(wall), time: `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}` };
}

/** ISO 8601 with the Amsterdam offset of that moment, e.g. '2027-03-09T09:30:00+01:00'. */
export function formatAmsterdamIso(instant: Date): string {
  return `${format(amsterdamWallClock(instant), "yyyy-MM-dd'T'HH:mm:ss")}+${twoDigits(amsterdamOffsetMinutes(instant.getTime()) / 60)}:00`;
}

/**
 * SQL: the instant `moment` moved along as far on Amsterdam's clock as `from` moved to `to` (each an SQL timestamptz
 * expression), so "Saturday 17:00" a week later is Saturday 17:00, also when the clocks changed in between.
 */
export const shiftedOnAmsterdamClock = (moment: string, from: string, to: string) =>
  `((${moment} AT TIME ZONE 'Europe/Amsterdam') + ((${to} AT TIME ZONE 'Europe/Amsterdam') - (${from} AT TIME ZONE 'Europe/Amsterdam'))) AT TIME ZONE 'Europe/Amsterdam'`;
