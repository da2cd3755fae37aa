import type { FeedbackOutcome } from './domain';

/**
 * Where a participant stands on one assignment, from their latest version and the feedback on it:
 * nothing handed in yet, handed in (on time or late), sent back for revision, or approved.
 */
export const SUBMISSION_STATUSES = ['not_submitted', 'submitted', 'late', 'revise', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Largest text a participant can hand in, in characters. */
export const MAX_SUBMISSION_TEXT_LENGTH = 50_000;
/** Files per hand-in (the multipart limit of the API). */
export const MAX_FILES_PER_SUBMISSION = 10;
export const MAX_FEEDBACK_COMMENT_LENGTH = 10_000;

/**
 * Why someone has a later deadline of their own: a trainer granted it, or they joined the edition when the work was
 * due (or nearly so) and were given LATE_ENROLMENT_DAYS for it.
 */
export const EXTENSION_REASONS = ['granted', 'late_enrolment'] as const;
export type ExtensionReason = (typeof EXTENSION_REASONS)[number];

/**
 * Whoever becomes a participant of an edition after its first day (enrolled while it runs, or off the waiting list)
 * has at least this many days for every assignment, counted from the day they join, at the assignment's own time of day.
 */
export const LATE_ENROLMENT_DAYS = 14;

/** The viewer's own deadline and status, on assignments of an edition where they are a participant. */
export interface MyAssignmentState {
  status: SubmissionStatus;
  /** The due instant for this person: their extension when they have one. */
  dueAt: string;
  cutoffAt: string | null;
  lastSubmittedAt: string | null;
  /** Why `dueAt` is their own (null: the assignment's deadline). */
  extension: ExtensionReason | null;
}

export interface AssignmentExtensionSummary {
  personId: string;
  personName: string;
  dueAt: string;
  cutoffAt: string | null;
  reason: ExtensionReason;
}

export interface EditionAssignment {
  id: string;
  editionId: string;
  title: string;
  /** Markdown. */
  instructions: string;
  sessionId: string | null;
  sessionTitle: string | null;
  dueAt: string;
  cutoffAt: string | null;
  acceptsText: boolean;
  acceptsFiles: boolean;
  /** Generated from the programme's template when the edition was opened. */
  fromTemplate: boolean;
  /** Present when the viewer is a participant of the edition. */
  mine: MyAssignmentState | null;
  /** Present for trainers, facilitators and admins. */
  extensions: AssignmentExtensionSummary[] | null;
}

/** `GET /api/editions/:id/assignments` */
export interface EditionAssignmentsResponse {
  editionId: string;
  editionName: string;
  /** The viewer may see every assignment's extensions, grant extensions, review and see the overview. */
  canManage: boolean;
  /** The viewer may also add, edit and remove assignments: false once the edition is completed (its assignments are fixed). */
  canChange: boolean;
  assignments: EditionAssignment[];
}

/** `POST /api/editions/:id/assignments`, `PUT /api/assignments/:id` */
export interface AssignmentRequest {
  title: string;
  instructions?: string;
  sessionId?: string | null;
  /** ISO 8601 instant. */
  dueAt: string;
  cutoffAt?: string | null;
  acceptsText: boolean;
  acceptsFiles: boolean;
  /**
   * A new deadline on a Dutch public holiday (where the deadlines Koers plans never fall) is taken only when its
   * Amsterdam date is confirmed here, else 409 `closed_days_unconfirmed` with `details.dates`.
   */
  confirmedClosedDates?: string[];
}

/** `PUT /api/assignments/:id/extensions/:personId` */
export interface AssignmentExtensionRequest {
  dueAt: string;
  cutoffAt?: string | null;
}

export interface SubmissionFileSummary {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** `GET` this path to download the file. */
  downloadUrl: string;
}

export interface FeedbackSummary {
  id: string;
  comment: string;
  outcome: FeedbackOutcome;
  reviewerName: string | null;
  createdAt: string;
}

export interface SubmissionVersion {
  id: string;
  version: number;
  text: string;
  submittedAt: string;
  late: boolean;
  files: SubmissionFileSummary[];
  feedback: FeedbackSummary[];
}

/** `GET /api/assignments/:id/my-submission` */
export interface MySubmissionResponse {
  assignment: EditionAssignment;
  editionName: string;
  status: SubmissionStatus;
  /** False after the cut-off, and once the work is approved. */
  canSubmit: boolean;
  /** Newest first. */
  versions: SubmissionVersion[];
}

/** `POST /api/assignments/:id/submissions` (multipart: `text`, `files[]`) → 201 */
export interface SubmissionCreatedResponse {
  submissionId: string;
  version: number;
  late: boolean;
}

/** One row of `GET /api/review-queue`: the latest version of someone's work that has no feedback yet. */
export interface ReviewQueueItem {
  submissionId: string;
  assignmentId: string;
  assignmentTitle: string;
  editionId: string;
  editionName: string;
  participantName: string;
  version: number;
  submittedAt: string;
  late: boolean;
}

/** `GET /api/submissions/:id`: a submission with every version of that person's work on the assignment. */
export interface SubmissionDetailResponse {
  submissionId: string;
  assignment: { id: string; title: string; instructions: string; dueAt: string; editionId: string; editionName: string };
  participant: { id: string; name: string };
  status: SubmissionStatus;
  /** Feedback can be given on the latest version only. */
  latestSubmissionId: string;
  /** Newest first. */
  versions: SubmissionVersion[];
  canReview: boolean;
  /** The verdicts the caller may give on the latest version now (none without `canReview`; approved work in a completed edition stays approved). */
  verdictsOpen: readonly FeedbackOutcome[];
}

/** `POST /api/submissions/:id/feedback` */
export interface FeedbackRequest {
  comment: string;
  outcome: FeedbackOutcome;
  /**
   * The latest feedback on this version the reviewer saw (`GET /api/submissions/:id`); null or absent when they saw
   * none. A verdict given meanwhile by someone else answers `409 feedback_given_meanwhile` instead of standing beside
   * it; the same verdict again is the one already given.
   */
  replacesFeedbackId?: string | null;
}

export interface OverviewAssignment {
  id: string;
  title: string;
  dueAt: string;
}

export interface OverviewRow {
  personId: string;
  name: string;
  organisationName: string | null;
  /** One per assignment, in the order of `assignments`. */
  statuses: { assignmentId: string; status: SubmissionStatus; submissionId: string | null }[];
  completed: boolean;
}

/** `GET /api/editions/:id/assignment-overview` (and `.csv`) */
export interface AssignmentOverviewResponse {
  editionId: string;
  editionName: string;
  assignments: OverviewAssignment[];
  rows: OverviewRow[];
}
