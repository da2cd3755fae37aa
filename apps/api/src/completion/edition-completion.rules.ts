/**
 * The completion rule edition `edition` (joined with its programme `programme`) is judged by, as SQL: the one kept on
 * the edition once it had completed and its programme's rule changed (ProgrammesRepository.update), else the
 * programme's. Raising the threshold for the next cohort takes no certificate away from an earlier one.
 */
export const editionThresholdPercent = (edition: string, programme: string) => `COALESCE(${edition}.completion_threshold_percent, ${programme}.attendance_threshold_percent)`;

export const editionRequiresAllApproved = (edition: string, programme: string) =>
  `COALESCE(${edition}.completion_requires_all_approved, ${programme}.require_all_assignments_approved)`;
