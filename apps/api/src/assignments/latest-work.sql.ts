/**
 * SQL joins for "the latest version of a person's work on an assignment, and the latest verdict on it":
 * the one definition behind every status (the participant's list, the overview, the review queue, completion).
 * Exposes `latest.id`, `latest.late`, `latest.submitted_at`, `latest.version` and `verdict.outcome`.
 */
export function latestWorkJoins(assignmentId: string, personId: string): string {
  return `
    LEFT JOIN LATERAL (
      SELECT s.id, s.late, s.submitted_at, s.version FROM submission s
       WHERE s.assignment_id = ${assignmentId} AND s.person_id = ${personId}
       ORDER BY s.version DESC LIMIT 1
    ) latest ON true
    LEFT JOIN LATERAL (
      SELECT f.outcome FROM feedback f WHERE f.submission_id = latest.id ORDER BY f.created_at DESC LIMIT 1
    ) verdict ON true`;
}
