import type { AssignmentExtensionSummary, EditionAssignment, MyAssignmentState } from '@koers/shared/assignments';
import type { AssignmentRow, PersonalAssignmentRow } from './assignments.repository';
import { effectiveDeadline, submissionStatus, type Deadline } from './submission-rules';

export function personalDeadline(row: PersonalAssignmentRow): Deadline {
  const extension = row.extensionReason ? { dueAt: row.extensionDueAt as Date, cutoffAt: row.extensionCutoffAt } : null;
  return effectiveDeadline({ dueAt: row.dueAt, cutoffAt: row.cutoffAt }, extension);
}

export function myState(row: PersonalAssignmentRow): MyAssignmentState {
  const deadline = personalDeadline(row);
  return {
    status: submissionStatus(row),
    dueAt: deadline.dueAt.toISOString(),
    cutoffAt: deadline.cutoffAt?.toISOString() ?? null,
    lastSubmittedAt: row.lastSubmittedAt?.toISOString() ?? null,
    extension: row.extensionReason,
  };
}

export function toEditionAssignment(
  row: AssignmentRow,
  mine: MyAssignmentState | null,
  extensions: AssignmentExtensionSummary[] | null,
): EditionAssignment {
  return {
    id: row.id,
    editionId: row.editionId,
    title: row.title,
    instructions: row.instructions,
    sessionId: row.sessionId,
    sessionTitle: row.sessionTitle,
    dueAt: row.dueAt.toISOString(),
    cutoffAt: row.cutoffAt?.toISOString() ?? null,
    acceptsText: row.acceptsText,
    acceptsFiles: row.acceptsFiles,
    fromTemplate: row.fromTemplate,
    mine,
    extensions,
  };
}
