import { TZDate, tz } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { nl } from 'date-fns/locale/nl';
import { amsterdamWallClockMs } from '@koers/shared/amsterdam-clock';
import { TIME_ZONE } from '@koers/shared/domain';

/** A day on the calendar, 'YYYY-MM-DD'. It has no time zone: 9 March is 9 March everywhere. */
export type CalendarDate = string;

/** A time on an Amsterdam clock, 'HH:mm'. */
export type WallClockTime = string;

/** 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/*
 * Calendar dates are computed on a UTC-pinned TZDate: UTC has no daylight saving,
 * so adding days never lands on 23:00 of the previous day.
 */
const calendarContext = tz('UTC');

function toCalendarDay(date: CalendarDate): TZDate {
  const match = CALENDAR_DATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utcMidnight = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC silently rolls 30 February over to 2 March; a real date keeps its parts.
    const isRealDate =
      utcMidnight.getUTCFullYear() === year && utcMidnight.getUTCMonth() === month - 1 && utcMidnight.getUTCDate() === day;
    if (isRealDate) return calendarContext(utcMidnight);
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

function fromCalendarDay(calendarDay: Date): CalendarDate {
  return format(calendarDay, 'yyyy-MM-dd');
}

function parseWallClockTime(time: WallClockTime): { hours: number; minutes: number } {
  const match = WALL_CLOCK_TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a wall-clock time (HH:mm): ${time}`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return fromCalendarDay(calendarContext(Date.UTC(year, month - 1, day)));
}

export function calendarYear(date: CalendarDate): number {
  return toCalendarDay(date).getFullYear();
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromCalendarDay(addDays(toCalendarDay(date), days));
}

export function addCalendarWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return fromCalendarDay(addWeeks(toCalendarDay(date), weeks));
}

export function isoWeekday(date: CalendarDate): IsoWeekday {
  return getISODay(toCalendarDay(date)) as IsoWeekday;
}

/** For messages to users, e.g. 'donderdag 6 mei 2027'. */
export function formatDutchCalendarDate(date: CalendarDate): string {
  return format(toCalendarDay(date), 'EEEE d MMMM yyyy', { locale: nl });
}

/**
 * The instant at which Amsterdam clocks show `time` on `date`.
 *
 * Clock changes follow TZDate: a time skipped in March (02:30 on the last Sunday)
 * becomes the same instant as 03:30 summer time, and a time that occurs twice in
 * October (02:30 on the last Sunday) resolves to the second, winter-time occurrence.
 */
export function amsterdamToInstant(date: CalendarDate, time: WallClockTime): Date {
  const calendarDay = toCalendarDay(date);
  const { hours, minutes } = parseWallClockTime(time);
  const wallClock = new TZDate(
    calendarDay.getFullYear(),
    calendarDay.getMonth(),
    calendarDay.getDate(),
    hours,
    minutes,
    TIME_ZONE,
  );
  return new Date(wallClock.getTime());
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The Amsterdam calendar day and clock time of an instant, from the EU clock-change rule (no `Intl` per call). */
export function instantToAmsterdam(instant: Date): { date: CalendarDate; time: WallClockTime } {
  const wall = new Date(amsterdamWallClockMs(instant.getTime()));
  return {
    date: `${String(wall.getUTCFullYear()).padStart(4, '0')}-${twoDigits(wall.getUTCMonth() + 1)}-${twoDigits(wall.getUTCDate())}`,
    time: `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`,
  };
}

/** ISO 8601 with the Amsterdam offset of that moment, e.g. '2027-03-09T09:30:00+01:00'. */
export function formatAmsterdamIso(instant: Date): string {
  return format(new TZDate(instant, TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ssXXX");
}
