export interface CompletionFacts {
  /** Held programme days that count for the participant, and how many of those they attended. */
  counted: number;
  attended: number;
  thresholdPercent: number;
  approved: number;
  total: number;
  requireAllApproved: boolean;
  /** Programme days of the edition not yet held: nobody completes before the last one. */
  programmeDaysRemaining: number;
}

export interface CompletionVerdict {
  attendanceMet: boolean;
  assignmentsMet: boolean;
  completed: boolean;
}

/** The completion rule: at least the threshold of programme days attended, every assignment approved, the last day held. */
export function completionVerdict(facts: CompletionFacts): CompletionVerdict {
  // Whole numbers only: 80% of 5 days is exactly 4, with no floating-point rounding at the boundary.
  const attendanceMet = facts.counted > 0 && facts.attended * 100 >= facts.thresholdPercent * facts.counted;
  const assignmentsMet = !facts.requireAllApproved || facts.approved === facts.total;
  return { attendanceMet, assignmentsMet, completed: attendanceMet && assignmentsMet && facts.programmeDaysRemaining === 0 };
}
