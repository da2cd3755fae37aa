/** The last Sunday of a month (0-based) at 01:00 UTC, when the EU changes its clocks. */
function clockChange(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
}

/**
 * Amsterdam's offset from UTC in minutes at an instant (milliseconds since the epoch): summer time (+120) from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, +60 otherwise (the EU rule since 1996).
 * Worked out here rather than asked of `Intl`: a browser's first `Intl.DateTimeFormat` takes 20–35 ms (four times
 * that on a phone), and on the server `formatToParts` was a tenth of the calendar feed's CPU. Tests check it against
 * the time zone database for every hour from 1997 to 2040.
 */
export function amsterdamOffsetMinutes(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return instant >= clockChange(year, 2) && instant < clockChange(year, 9) ? 120 : 60;
}

/** The instant moved by Amsterdam's offset: its UTC fields (`getUTCHours()` …) read Amsterdam wall-clock time. */
export const amsterdamWallClockMs = (instant: number): number => instant + amsterdamOffsetMinutes(instant) * 60_000;

/**
 * The instant (milliseconds since the epoch) at which Amsterdam clocks show this time of day (`month` 1–12). A time
 * skipped when the clocks go forward (02:30 on the last Sunday of March) is the instant 03:30 summer time is; one that
 * occurs twice when they go back (02:30 on the last Sunday of October) is its second, winter-time occurrence.
 */
export function amsterdamInstant(year: number, month: number, day: number, hours: number, minutes: number): number {
  const wallClock = Date.UTC(year, month - 1, day, hours, minutes);
  const asWinterTime = wallClock - 60 * 60_000;
  const asSummerTime = wallClock - 120 * 60_000;
  const isSummerTime = amsterdamOffsetMinutes(asWinterTime) !== 60 && amsterdamOffsetMinutes(asSummerTime) === 120;
  return isSummerTime ? asSummerTime : asWinterTime;
}

/**
 * A date whose local fields (`getHours()` …) are its UTC fields. Holding a calendar day at UTC midnight, or an instant
 * moved by Amsterdam's offset (`amsterdamWallClock`), date-fns formats it the same in any time zone of the device or
 * the process, without `Intl`.
 */
export class WallClockDate extends Date {
  override getFullYear() {
    return this.getUTCFullYear();
  }
  override getMonth() {
    return this.getUTCMonth();
  }
  override getDate() {
    return this.getUTCDate();
  }
  override getDay() {
    return this.getUTCDay();
  }
  override getHours() {
    return this.getUTCHours();
  }
  override getMinutes() {
    return this.getUTCMinutes();
  }
  override getSeconds() {
    return this.getUTCSeconds();
  }
  override getMilliseconds() {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset() {
    return 0;
  }
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (`YYYY-MM-DD`) as that day's UTC midnight, for formatting and day arithmetic; null for anything else, 30 February included. */
export function calendarDayDate(text: string): WallClockDate | null {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnight = new WallClockDate(Date.UTC(year, month - 1, day));
  // Date.UTC silently rolls 30 February over to 2 March; a real date keeps its parts.
  return midnight.getUTCFullYear() === year && midnight.getUTCMonth() === month - 1 && midnight.getUTCDate() === day ? midnight : null;
}

/** Amsterdam's wall clock at an instant, for formatting with date-fns. */
export const amsterdamWallClock = (instant: Date | number): WallClockDate => new WallClockDate(amsterdamWallClockMs(+instant));
