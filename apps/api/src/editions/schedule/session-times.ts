import {
  addClockMinutes,
  amsterdamToInstant,
  calendarDayInWords,
  type CalendarDate,
  type ClockReading,
  clockMinutesBetween,
  instantToAmsterdam,
  type WallClockTime,
} from '../../calendar/amsterdam-time';
import { ValidationFailedError } from '../../errors/koers-error';

/**
 * Refuses a time Amsterdam clocks skip on that day (02:00–02:59 on the last Sunday of March, when summer time begins),
 * on the field that holds it: stored as it was, a session typed for 02:30 would quietly begin at 03:30.
 */
export function assertTimesExist(date: CalendarDate, times: readonly { field: string; time: WallClockTime }[]): void {
  const skipped = times.filter(({ time }) => {
    const shown = instantToAmsterdam(amsterdamToInstant(date, time));
    return shown.date !== date || shown.time !== time;
  });
  if (skipped.length === 0) return;
  throw new ValidationFailedError(
    skipped.map(({ field, time }) => ({
      field,
      message: {
        nl: `${time} bestaat niet op ${calendarDayInWords(date, 'nl')}: de klok gaat die nacht van 02:00 naar 03:00. Kies een andere tijd.`,
        en: `${time} does not exist on ${calendarDayInWords(date, 'en')}: the clocks go from 02:00 to 03:00 that night. Choose another time.`,
      },
    })),
  );
}

/** Refuses a start time at which the longest session would end at or after midnight, on `startTime`. */
export function assertEndsBeforeMidnight(startTime: WallClockTime, longestMinutes: number): void {
  // Ending at 00:00 is ending before the start on that day's clock, which nothing then takes.
  const anyDay = '2000-01-01';
  if (addClockMinutes({ date: anyDay, time: startTime }, longestMinutes).date === anyDay) return;
  throw new ValidationFailedError([
    {
      field: 'startTime',
      message: {
        nl: `Met begintijd ${startTime} eindigt een bijeenkomst van ${longestMinutes} minuten om of na middernacht. Kies een eerdere begintijd.`,
        en: `With start time ${startTime}, a session of ${longestMinutes} minutes ends at or after midnight. Choose an earlier start time.`,
      },
    },
  ]);
}

/**
 * Where a session moved to `date` at `startTime` without a new end time ends: it keeps its length on the clock, so
 * a move to another day shows the times it had (also across a night the clocks change, when it then runs an hour more
 * or less). A new start that would run it to or past midnight is refused on `startTime`, as when planning; one that ran
 * past midnight already keeps doing so.
 */
export function keptEnd(session: { startsAt: Date; endsAt: Date }, date: CalendarDate, startTime: WallClockTime): ClockReading {
  const [start, end] = [instantToAmsterdam(session.startsAt), instantToAmsterdam(session.endsAt)];
  const lengthOnClock = clockMinutesBetween(start, end);
  if (start.date === end.date) assertEndsBeforeMidnight(startTime, lengthOnClock);
  return addClockMinutes({ date, time: startTime }, lengthOnClock);
}
