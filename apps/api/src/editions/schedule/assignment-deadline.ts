import {
  addCalendarDays,
  amsterdamToInstant,
  type CalendarDate,
  type WallClockTime,
} from '../../calendar/amsterdam-time';
import { ClosedDayCalendar } from '../../calendar/closed-day-calendar';

/** When an assignment is due, relative to a session of the curriculum. */
export interface AssignmentDeadlineTemplate {
  relativeToSlotId: string;
  /** Calendar days after the session's date; negative = before it. */
  offsetDays: number;
  /** Amsterdam wall-clock time on the due date. */
  dueTime: WallClockTime;
}

export class UnknownDeadlineSlotError extends Error {
  override name = 'UnknownDeadlineSlotError';

  constructor(readonly slotId: string) {
    super(`No session for curriculum slot ${slotId}`);
  }
}

/**
 * The instant an assignment is due. It counts from the session's actual date, so a
 * deadline follows its session when a holiday or the admin moves it. A deadline that would
 * fall on a weekend or public holiday moves to the working day before, so nobody is asked
 * to work on 1 January or Boxing Day and the deadline stays before its session.
 */
export function assignmentDueAt(
  template: AssignmentDeadlineTemplate,
  sessions: readonly { slotId: string; date: CalendarDate }[],
): Date {
  const session = sessions.find(({ slotId }) => slotId === template.relativeToSlotId);
  if (!session) throw new UnknownDeadlineSlotError(template.relativeToSlotId);
  let dueDate = addCalendarDays(session.date, template.offsetDays);
  while (ClosedDayCalendar.workingDays.closureOn(dueDate) !== null) dueDate = addCalendarDays(dueDate, -1);
  return amsterdamToInstant(dueDate, template.dueTime);
}
