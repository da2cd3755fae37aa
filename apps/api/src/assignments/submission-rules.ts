import type { SubmissionStatus } from '@koers/shared/assignments';
import { type EditionStatus, FEEDBACK_OUTCOMES, type FeedbackOutcome, type Locale } from '@koers/shared/domain';

/** A submission's status in words, for the overview's download and the messages that name a verdict. */
export const SUBMISSION_STATUS_LABELS: Record<Locale, Record<SubmissionStatus, string>> = {
  nl: { not_submitted: 'niet ingeleverd', submitted: 'ingeleverd', late: 'te laat ingeleverd', revise: 'herkansen', approved: 'goedgekeurd' },
  en: { not_submitted: 'not handed in', submitted: 'handed in', late: 'handed in late', revise: 'revise', approved: 'approved' },
};

export interface Deadline {
  dueAt: Date;
  /** After this instant nothing is accepted; null: late work is always accepted. */
  cutoffAt: Date | null;
}

/** A person's extension replaces both the due instant and the cut-off of the assignment. */
export function effectiveDeadline(assignment: Deadline, extension: Deadline | null): Deadline {
  return extension ?? assignment;
}

export type HandInTiming = 'on_time' | 'late' | 'closed';

/** On time up to and including the due instant, late until the cut-off (inclusive), closed after it. */
export function handInTiming(deadline: Deadline, at: Date): HandInTiming {
  if (deadline.cutoffAt && at.getTime() > deadline.cutoffAt.getTime()) return 'closed';
  return at.getTime() > deadline.dueAt.getTime() ? 'late' : 'on_time';
}

/** The latest version of someone's work and the latest verdict on that version. */
export interface LatestWork {
  submissionId: string | null;
  late: boolean | null;
  outcome: FeedbackOutcome | null;
}

/** Feedback on an earlier version does not count: a new version is waiting for review. */
export function submissionStatus(work: LatestWork): SubmissionStatus {
  if (!work.submissionId) return 'not_submitted';
  if (work.outcome) return work.outcome;
  return work.late ? 'late' : 'submitted';
}

/**
 * The verdicts a reviewer may give on work whose latest verdict is `latest`. Once the edition is completed, work approved
 * stays approved: sending it back would take completion away. Late work may still be approved, and so complete it.
 */
export function verdictsOpen(editionStatus: EditionStatus, latest: FeedbackOutcome | undefined): readonly FeedbackOutcome[] {
  return editionStatus === 'completed' && latest === 'approved' ? ['approved'] : FEEDBACK_OUTCOMES;
}
