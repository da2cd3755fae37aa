import {
  addCalendarDays,
  amsterdamToInstant,
  type CalendarDate,
  type WallClockTime,
} from '../../calendar/amsterdam-time';

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
 * deadline follows its session when a holiday or the admin moves it; it is not itself
 * moved off weekends or holidays, since handing work in online needs no open day.
 */
export function assignmentDueAt(
  template: AssignmentDeadlineTemplate,
  sessions: readonly { slotId: string; date: CalendarDate }[],
): Date {
  const session = sessions.find(({ slotId }) => slotId === template.relativeToSlotId);
  if (!session) throw new UnknownDeadlineSlotError(template.relativeToSlotId);
  return amsterdamToInstant(addCalendarDays(session.date, template.offsetDays), template.dueTime);
}
