import { isSkippedOnTheClock } from '../../../lib/dates';
import type { Translate } from '../../../lib/i18n';

/** A deadline and optional cut-off as typed (`datetime-local` values) and as read (instants, null when unreadable). */
export interface TypedDeadline {
  dueValue: string;
  dueAt: string | null;
  cutoffValue: string;
  cutoffAt: string | null;
}

/**
 * What is wrong with a deadline and its cut-off, each at its own field, as the assignment form and the extension form
 * say it: no deadline, a time the clocks skip (02:00–02:59 on the last Sunday of March), a cut-off before the deadline.
 */
export function deadlineProblems({ dueValue, dueAt, cutoffValue, cutoffAt }: TypedDeadline, t: Translate): { dueAt?: string; cutoffAt?: string } {
  return {
    dueAt: !dueAt ? t('assignments.form.dueRequired') : isSkippedOnTheClock(dueValue) ? t('errors.skippedOnTheClock') : undefined,
    cutoffAt: isSkippedOnTheClock(cutoffValue)
      ? t('errors.skippedOnTheClock')
      : cutoffValue && (!cutoffAt || (dueAt && cutoffAt < dueAt))
        ? t('assignments.form.cutoffBeforeDue')
        : undefined,
  };
}
