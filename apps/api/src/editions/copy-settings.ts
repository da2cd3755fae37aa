import type { SchoolHolidayRegion } from '@koers/shared/domain';
import { DEFAULT_SCHEDULE, type EditionCopySettings, MAX_CADENCE_WEEKS, type ProgrammeWeekday, type StaffPlan } from '@koers/shared/editions';
import { instantToAmsterdam, isoWeekday } from '../calendar/amsterdam-time';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** `HIS-I 2.0` → `HIS-I 3.0`, `Cohort 7` → `Cohort 8`; a name without a number gets one. */
export function nextEditionName(name: string): string {
  const match = /^(.*?)(\d+)((?:\.\d+)?)$/.exec(name);
  if (!match) return `${name} 2`;
  const [, prefix, major, minor] = match;
  return `${prefix}${Number(major) + 1}${minor ? '.0' : ''}`;
}

/** The first name after `name` that no edition has: from `HIS-I 1.0`, with 2.0 and 3.0 taken, `HIS-I 4.0`. */
export function freeEditionName(name: string, taken: ReadonlySet<string>): string {
  let candidate = nextEditionName(name);
  while (taken.has(candidate)) candidate = nextEditionName(candidate);
  return candidate;
}

/** A programme day as the curriculum planned it: when it starts, and which of the edition's programme days it is (1, 2, …). */
export interface PlannedProgrammeDay {
  startsAt: string;
  dayNumber: number;
}

/**
 * The settings of a new edition like an earlier one: its programme, capacity, venue, link, school-holiday region and
 * staff, and the rhythm of its first two (unmoved) programme days: their weekday, start time and the weeks between
 * one programme day and the next (days 1 and 3, when day 2 was moved, are twice that apart).
 */
export function copySettings(
  source: {
    programmeId: string;
    name: string;
    capacity: number;
    defaultLocation: string | null;
    defaultOnlineUrl: string | null;
    schoolHolidayRegion: SchoolHolidayRegion | null;
    programmeDays: PlannedProgrammeDay[];
    /** Names of editions that begin as this one's does, which the suggested name must not be. */
    takenNames: string[];
  },
  staff: (StaffPlan & { name: string })[],
): EditionCopySettings {
  const [first, second] = source.programmeDays;
  const start = first ? instantToAmsterdam(new Date(first.startsAt)) : null;
  const weekday = start ? isoWeekday(start.date) : DEFAULT_SCHEDULE.weekday;
  const weeksApart =
    first && second
      ? Math.round((new Date(second.startsAt).getTime() - new Date(first.startsAt).getTime()) / WEEK_MS / Math.max(second.dayNumber - first.dayNumber, 1))
      : DEFAULT_SCHEDULE.cadenceWeeks;
  return {
    programmeId: source.programmeId,
    suggestedName: freeEditionName(source.name, new Set(source.takenNames)),
    capacity: source.capacity,
    defaultLocation: source.defaultLocation,
    defaultOnlineUrl: source.defaultOnlineUrl,
    cadenceWeeks: Math.min(Math.max(weeksApart, 1), MAX_CADENCE_WEEKS),
    weekday: weekday <= 5 ? (weekday as ProgrammeWeekday) : DEFAULT_SCHEDULE.weekday,
    startTime: start?.time ?? DEFAULT_SCHEDULE.startTime,
    schoolHolidayRegion: source.schoolHolidayRegion,
    staff,
  };
}
