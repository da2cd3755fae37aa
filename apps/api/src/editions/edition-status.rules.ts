import type { EditionStatus } from '@koers/shared/domain';
import { nextEditionStatus } from '@koers/shared/editions';
import { CompletionFixedError, EditionArchivedError } from '../access/access.errors';
import { EditionCompletedError, IllegalStatusTransitionError } from './editions.errors';

/** Every write to an edition, its sessions or its enrolments checks this first: archived editions are read-only. */
export function assertEditionWritable(status: EditionStatus): void {
  if (status === 'archived') throw new EditionArchivedError();
}

/**
 * A completed edition is over: no session is added to it that ends after now, as none did when it was completed
 * (`edition_sessions_ahead`). Putting a held session's time, venue or link right stays the programme office's choice,
 * as in any edition that is not archived; what changes who completed it does not (assertHeldSessionsFixed, and
 * `fixedOnceCompleted` in the permission table).
 */
export function assertNothingAheadOfCompletion(status: EditionStatus, endsAt: Date): void {
  if (status === 'completed' && endsAt > new Date()) throw new EditionCompletedError();
}

/**
 * A completed edition's sessions were held: adding one, cancelling one or giving a cancelled one a time again would
 * change which programme days count, and with them who completed it (for every kind of session alike, board meetings
 * included: one rule the office can predict). Putting a held session's time or venue right does not.
 */
export function assertHeldSessionsFixed(status: EditionStatus): void {
  if (status === 'completed') throw new CompletionFixedError();
}

/** An edition moves forward one step at a time: draft → open → running → completed → archived. */
export function assertStatusTransition(from: EditionStatus, to: EditionStatus): void {
  assertEditionWritable(from);
  if (nextEditionStatus(from) !== to) throw new IllegalStatusTransitionError();
}

/** Once open for enrolment the schedule is public: a new date then marks a session as moved and people are told. */
export const isPublished = (status: EditionStatus) => status !== 'draft';
