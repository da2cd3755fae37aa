import { amsterdamToInstant, calendarDayInWords, type CalendarDate, instantToAmsterdam, type WallClockTime } from '../../calendar/amsterdam-time';
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
  const [hours, minutes] = startTime.split(':').map(Number);
  // Ending at 00:00 is ending before the start on that day's clock, which nothing then takes.
  if (hours * 60 + minutes + longestMinutes < 24 * 60) return;
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
