import type { ScheduleEntry } from '@koers/shared/schedule';
import { RUNNING_ROLES } from '@koers/shared/schedule';
import { amsterdamDay } from '../../lib/dates';

export interface MonthGroup {
  /** `YYYY-MM` in Amsterdam. */
  month: string;
  entries: ScheduleEntry[];
}

/** Sessions by Amsterdam month, in the order they come (the API orders them by start). */
export function groupByMonth(entries: readonly ScheduleEntry[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const month = amsterdamDay(entry.startsAt).slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else groups.push({ month, entries: [entry] });
  }
  return groups;
}

export const hasEnded = (entry: ScheduleEntry, now: Date) => new Date(entry.endsAt) <= now;

/** Trainers, facilitators and speakers run a session; attendance is recorded for everyone else. */
export const runsSession = (entry: ScheduleEntry) => entry.roles.some((role) => (RUNNING_ROLES as readonly string[]).includes(role));

/**
 * The weeks (Monday first) of a `YYYY-MM` month as calendar days `YYYY-MM-DD`, with null for the days of the
 * neighbouring months that fill the first and last week. Plain calendar arithmetic: no time zone involved.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, monthNumber] = month.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7; // 0 = Monday
  const cells: (string | null)[] = [
    ...Array.from({ length: firstWeekday }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** `YYYY-MM` plus or minus some months. */
export function addMonths(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
