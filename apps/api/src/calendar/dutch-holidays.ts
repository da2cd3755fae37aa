import { addCalendarDays, calendarDate, calendarYear, isoWeekday, type CalendarDate } from './amsterdam-time';

export interface PublicHoliday {
  date: CalendarDate;
  /** Dutch name, as shown to users. */
  name: string;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

function kingsDay(year: number): CalendarDate {
  const twentySeventh = calendarDate(year, 4, 27);
  const sunday = 7;
  return isoWeekday(twentySeventh) === sunday ? calendarDate(year, 4, 26) : twentySeventh;
}

/**
 * The public holidays on which Koers never schedules a session, in date order.
 * Koningsdag follows the rule in force since 2014. Bevrijdingsdag is a holiday every
 * year, but most collective labour agreements make it a day off only in lustrum years.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: calendarDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addCalendarDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addCalendarDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay(year), name: 'Koningsdag' },
    { date: addCalendarDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addCalendarDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addCalendarDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: calendarDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: calendarDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  if (year % 5 === 0) holidays.push({ date: calendarDate(year, 5, 5), name: 'Bevrijdingsdag' });
  // 'YYYY-MM-DD' strings sort chronologically.
  return holidays.sort((left, right) => left.date.localeCompare(right.date));
}

/**
 * The Dutch name of the public holiday on `date`, or null. Hemelvaartsdag can fall on
 * 5 May in a lustrum year; both names are then given.
 */
export function isDutchPublicHoliday(date: CalendarDate): string | null {
  return holidayNamesByDate(calendarYear(date)).get(date) ?? null;
}

// Schedule generation asks about every candidate day; each year is computed once.
const holidayNamesByYear = new Map<number, ReadonlyMap<CalendarDate, string>>();

function holidayNamesByDate(year: number): ReadonlyMap<CalendarDate, string> {
  let names = holidayNamesByYear.get(year);
  if (!names) {
    const byDate = new Map<CalendarDate, string>();
    for (const { date, name } of dutchPublicHolidays(year)) {
      const sameDay = byDate.get(date);
      byDate.set(date, sameDay ? `${sameDay} en ${name}` : name);
    }
    names = byDate;
    holidayNamesByYear.set(year, names);
  }
  return names;
}
