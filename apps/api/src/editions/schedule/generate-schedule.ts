import { addMinutes } from 'date-fns/addMinutes';
import type { SessionAudience, SessionKind, SessionMode } from '@koers/shared/domain';
import {
  addCalendarDays,
  addCalendarWeeks,
  amsterdamToInstant,
  isoWeekday,
  type CalendarDate,
  type WallClockTime,
} from '../../calendar/amsterdam-time';
import type { ClosedDayCalendar } from '../../calendar/closed-day-calendar';
import type { PlanWarning } from '../../calendar/schedule-warnings';

/** One session of a programme's curriculum template. */
export interface CurriculumSlot {
  slotId: string;
  kind: SessionKind;
  title: string;
  theme?: string;
  durationMinutes: number;
  mode: SessionMode;
  audience: SessionAudience;
  order: number;
}

export interface ScheduleRequest {
  slots: readonly CurriculumSlot[];
  startDate: CalendarDate;
  /** Weeks from one programme day to the next, 1 to 8. */
  cadenceWeeks: number;
  /** The weekday of the programme days, Monday (1) to Friday (5). */
  weekday: 1 | 2 | 3 | 4 | 5;
  /** Amsterdam wall-clock start of every session. */
  startTime: WallClockTime;
  /** The days no session may fall on: weekends, public holidays, and the edition's school holidays and closed days. */
  closedDays: ClosedDayCalendar;
}

/** Why the generator moved a session; `describeWarning` puts it into words in the reader's language. */
export type MovedSessionWarning = Extract<PlanWarning, { code: 'moved_off_holiday' | 'shifted_past_holiday' | 'moved_after_previous_session' }>;

export interface ScheduledSession {
  slotId: string;
  kind: SessionKind;
  title: string;
  date: CalendarDate;
  startsAt: Date;
  endsAt: Date;
  warnings: MovedSessionWarning[];
}

export class InvalidScheduleRequestError extends Error {
  override name = 'InvalidScheduleRequestError';
}

const MAX_CADENCE_WEEKS = 8;
const FRIDAY = 5;

interface Segment {
  programmeDay: CurriculumSlot;
  /** Network sessions and board meetings that follow this programme day in the template. */
  followers: CurriculumSlot[];
}

function validate(request: ScheduleRequest): void {
  const { cadenceWeeks, weekday, slots } = request;
  if (!Number.isInteger(cadenceWeeks) || cadenceWeeks < 1 || cadenceWeeks > MAX_CADENCE_WEEKS) {
    throw new InvalidScheduleRequestError(`cadenceWeeks must be a whole number from 1 to ${MAX_CADENCE_WEEKS}`);
  }
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > FRIDAY) {
    throw new InvalidScheduleRequestError('weekday must be Monday (1) to Friday (5)');
  }
  const invalidDuration = slots.find((slot) => !Number.isInteger(slot.durationMinutes) || slot.durationMinutes <= 0);
  if (invalidDuration) {
    throw new InvalidScheduleRequestError(`slot ${invalidDuration.slotId} needs a positive whole number of minutes`);
  }
}

/** Splits the template (in order) into programme days, each with the slots that follow it. */
function segmentsOf(slots: readonly CurriculumSlot[]): Segment[] {
  const inTemplateOrder = [...slots].sort((left, right) => left.order - right.order);
  const segments: Segment[] = [];
  for (const slot of inTemplateOrder) {
    if (slot.kind === 'programme_day') {
      segments.push({ programmeDay: slot, followers: [] });
    } else if (segments.length > 0) {
      segments[segments.length - 1].followers.push(slot);
    } else {
      // Slots before the first programme day would fall before the edition's start date.
      throw new InvalidScheduleRequestError('the curriculum must begin with a programme day');
    }
  }
  return segments;
}

function workingDaysBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = addCalendarDays(from, 1); day < to; day = addCalendarDays(day, 1)) {
    if (isoWeekday(day) <= FRIDAY) days.push(day);
  }
  return days;
}

/**
 * Dates for `count` sessions between two programme days, spread evenly. They keep the
 * programme weekday, one per intermediate week, so participants keep a fixed day free;
 * only when there are more sessions than intermediate weeks (e.g. a weekly cadence)
 * are they spread over the working days in between instead.
 */
function datesBetweenProgrammeDays(
  previousProgrammeDay: CalendarDate,
  nextProgrammeDay: CalendarDate,
  cadenceWeeks: number,
  count: number,
): CalendarDate[] {
  const sameWeekday = Array.from({ length: cadenceWeeks - 1 }, (_, index) =>
    addCalendarWeeks(previousProgrammeDay, index + 1),
  );
  const candidates =
    count <= sameWeekday.length ? sameWeekday : workingDaysBetween(previousProgrammeDay, nextProgrammeDay);
  return Array.from({ length: count }, (_, index) => {
    const evenlySpread = Math.round(((index + 1) * (candidates.length + 1)) / (count + 1)) - 1;
    // More sessions than working days share days; the order rule then pushes them apart.
    return candidates[Math.min(Math.max(evenlySpread, 0), candidates.length - 1)];
  });
}

/**
 * A holiday too long to step over by a week: every day from the date to the same weekday a week later is closed (one
 * stretch, not two closed days that happen to fall a week apart, such as Christmas and New Year's Day).
 */
const isLongClosure = (date: CalendarDate, closedDays: ClosedDayCalendar) =>
  Array.from({ length: 8 }, (_, day) => addCalendarDays(date, day)).every((day) => closedDays.closureOn(day) !== null);

/** Longer than any holiday lasts: a weekday closed for longer is left to `openDateFor`, not shifted without end. */
const MAX_SHIFT_WEEKS = 26;

/**
 * The planned dates with the grid shifted past every long holiday that would swallow more than one session: the
 * first session it covers moves on by whole weeks to the first open day of its weekday, and every session after it
 * moves along, so the programme keeps its weekday and rhythm (summer would otherwise pile the sessions it swallowed
 * onto the days right after it). A holiday that swallows one session only, and every shorter closure, is left to
 * `openDateFor`, which moves that session alone.
 */
function shiftedPastLongHolidays(planned: readonly PlannedSession[], closedDays: ClosedDayCalendar): PlannedSession[] {
  let shiftWeeks = 0;
  return planned.map((session, index) => {
    const onGrid = addCalendarWeeks(session.plannedDate, shiftWeeks);
    if (!isLongClosure(onGrid, closedDays)) return { ...session, plannedDate: onGrid };
    let weeks = 1;
    while (weeks < MAX_SHIFT_WEEKS && closedDays.closureOn(addCalendarWeeks(onGrid, weeks)) !== null) weeks += 1;
    const next = planned[index + 1];
    const swallowsNext = next !== undefined && addCalendarWeeks(next.plannedDate, shiftWeeks) < addCalendarWeeks(onGrid, weeks);
    if (weeks === MAX_SHIFT_WEEKS || !swallowsNext) return { ...session, plannedDate: onGrid };
    shiftWeeks += weeks;
    const shiftedTo = addCalendarWeeks(onGrid, weeks);
    const shift: MovedSessionWarning = { code: 'shifted_past_holiday', originalDate: onGrid, shiftedTo, holidayName: closedDays.closureOn(onGrid)!, weeks };
    return { ...session, plannedDate: shiftedTo, shift };
  });
}

interface PlannedSession {
  slot: CurriculumSlot;
  plannedDate: CalendarDate;
  /** Set on the session a long holiday shifted the grid at. */
  shift?: MovedSessionWarning;
}

function firstOpenDayFrom(date: CalendarDate, closedDays: ClosedDayCalendar): CalendarDate {
  let candidate = date;
  while (closedDays.closureOn(candidate) !== null) candidate = addCalendarDays(candidate, 1);
  return candidate;
}

/**
 * Where a session planned on a closed day goes: the same weekday a week later keeps participants' fixed day,
 * so it wins when that day is open and still falls before the next session's planned date (the order stays);
 * otherwise the first open day after it (or after the previous session, which it may not overtake).
 */
function openDateFor(
  plannedDate: CalendarDate,
  earliest: CalendarDate,
  nextPlannedDate: CalendarDate | undefined,
  closedDays: ClosedDayCalendar,
): CalendarDate {
  if (earliest === plannedDate && closedDays.closureOn(plannedDate) !== null) {
    const nextWeek = addCalendarWeeks(plannedDate, 1);
    const keepsOrder = nextPlannedDate === undefined || nextWeek < nextPlannedDate;
    if (keepsOrder && closedDays.closureOn(nextWeek) === null) return nextWeek;
  }
  return firstOpenDayFrom(earliest, closedDays);
}

function warningsFor(
  plannedDate: CalendarDate,
  date: CalendarDate,
  closedDays: ClosedDayCalendar,
): MovedSessionWarning[] {
  const closure = closedDays.closureOn(plannedDate);
  if (closure !== null) {
    const sameWeekdayNextWeek = date === addCalendarWeeks(plannedDate, 1);
    return [
      {
        code: 'moved_off_holiday',
        originalDate: plannedDate,
        holidayName: closure,
        sameWeekdayNextWeek,
      },
    ];
  }
  if (date !== plannedDate) {
    return [
      {
        code: 'moved_after_previous_session',
        originalDate: plannedDate,
      },
    ];
  }
  return [];
}

/**
 * The sessions of a new edition, in chronological order (which is also template order).
 *
 * Programme days sit on a fixed grid: the first `weekday` on or after `startDate`, then
 * every `cadenceWeeks` weeks. The slots after a programme day are spread between it and
 * the next grid date (after the last programme day, one cadence further). A date on a
 * closed day (weekend, public holiday, school holiday of the region, or the office's closed day) moves to the same weekday a week
 * later when that keeps the order, else to the next open day; no session may fall on or before the one before it in
 * the template. A holiday longer than a week (the summer) shifts the grid instead: the sessions from the first one it
 * covers move on by whole weeks together (`shiftedPastLongHolidays`).
 */
export function generateSchedule(request: ScheduleRequest): ScheduledSession[] {
  validate(request);
  const { startDate, cadenceWeeks, weekday, startTime, closedDays } = request;
  const firstProgrammeDay = addCalendarDays(startDate, (weekday - isoWeekday(startDate) + 7) % 7);
  const programmeDayOnGrid = (index: number) => addCalendarWeeks(firstProgrammeDay, index * cadenceWeeks);

  const gridPlan = segmentsOf(request.slots).flatMap(({ programmeDay, followers }, index): PlannedSession[] => {
    const followerDates = datesBetweenProgrammeDays(
      programmeDayOnGrid(index),
      programmeDayOnGrid(index + 1),
      cadenceWeeks,
      followers.length,
    );
    return [
      { slot: programmeDay, plannedDate: programmeDayOnGrid(index) },
      ...followers.map((slot, followerIndex) => ({ slot, plannedDate: followerDates[followerIndex] })),
    ];
  });

  const planned = shiftedPastLongHolidays(gridPlan, closedDays);
  const sessions: ScheduledSession[] = [];
  for (const [index, { slot, plannedDate, shift }] of planned.entries()) {
    const previousDate = sessions.at(-1)?.date;
    const earliest =
      previousDate !== undefined && plannedDate <= previousDate ? addCalendarDays(previousDate, 1) : plannedDate;
    const date = openDateFor(plannedDate, earliest, planned[index + 1]?.plannedDate, closedDays);
    const startsAt = amsterdamToInstant(date, startTime);
    sessions.push({
      slotId: slot.slotId,
      kind: slot.kind,
      title: slot.title,
      date,
      startsAt,
      endsAt: addMinutes(startsAt, slot.durationMinutes),
      warnings: [...(shift ? [shift] : []), ...warningsFor(plannedDate, date, closedDays)],
    });
  }
  return sessions;
}
