import type { HiddenPost } from './discussions';
import type { InnovationPhase } from './domain';

export interface ChallengeLogEntry {
  id: string;
  /** The day the entry is about, `YYYY-MM-DD`. */
  entryDate: string;
  text: string;
  authorName: string | null;
  createdAt: string;
  /**
   * Peer feedback on the entry, oldest first; null for a reader who may not read it (the participant's director and
   * internal team read the challenge, not the conversation of their network group about it).
   */
  comments: ChallengeLogComment[] | null;
}

/**
 * A comment on a log entry (peer feedback): written by a participant of the owner's network group, the owner, the
 * group's facilitators or the edition's trainers and programme office. Markdown.
 */
export interface ChallengeLogComment {
  id: string;
  logEntryId: string;
  /** Null once the author's account is gone; an erased author shows as "Verwijderde persoon" with the text removed. */
  authorPersonId: string | null;
  authorName: string | null;
  /** Markdown; empty when hidden (for all but its author and the moderators) or when its author was erased. */
  body: string;
  createdAt: string;
  /** Hidden by a trainer or facilitator, as discussion posts are: everyone sees that it was, its author also why. */
  hidden: HiddenPost | null;
  /** Written by the viewer. */
  own: boolean;
}

/** `POST /api/challenge-log-entries/:id/comments`. */
export interface AddChallengeCommentRequest {
  body: string;
}

/** A participant's implementation challenge in one edition, with its log (newest first). */
export interface ImplementationChallenge {
  enrolmentId: string;
  editionId: string;
  editionName: string;
  participantName: string;
  /** False until the participant (or the enrolment) gave it a title; the other fields are empty then. */
  described: boolean;
  title: string;
  description: string;
  innovation: string;
  goal: string;
  phase: InnovationPhase;
  updatedAt: string | null;
  log: ChallengeLogEntry[];
  /** The viewer may comment on the log entries now (not in an archived edition, nor for those who only read). */
  canComment: boolean;
  /** The viewer may hide comments (`POST /api/challenge-log-comments/:id/hide` with a reason). */
  canModerate: boolean;
}

/** `PUT /api/me/challenge`; `editionId` picks the edition when the person participates in several. */
export interface SaveChallengeRequest {
  editionId?: string;
  title: string;
  description: string;
  innovation: string;
  goal: string;
  phase: InnovationPhase;
  /**
   * The `updatedAt` the form was filled in from (null: not described yet). Sent, the save is refused with
   * `409 challenge_changed` once the challenge was saved since (another tab, another device), rather than silently
   * undoing that; `details.updatedAt` is the version to send to replace it knowingly. Left out, the save replaces whatever is there.
   */
  basedOn?: string | null;
}

/** `POST /api/me/challenge/log`. */
export interface AddChallengeLogRequest {
  editionId?: string;
  entryDate: string;
  text: string;
}

/** A row of `GET /api/editions/:editionId/challenges`, the trainers' overview. */
export interface ChallengeSummary {
  enrolmentId: string;
  personId: string;
  participantName: string;
  organisation: string | null;
  title: string | null;
  phase: InnovationPhase | null;
  updatedAt: string | null;
  lastLogDate: string | null;
}

export const CHALLENGE_LIMITS = { title: 200, text: 5000, logText: 2000, comment: 2000 } as const;

/** The web app's page of one's own challenge; the mail about peer feedback links to it. */
export const MY_CHALLENGE_PATH = '/mijn-vraagstuk';
/** That page showing the challenge in one edition (`?editie=`, where the web app's pages keep the chosen edition). */
export const myChallengePath = (editionId: string) => `${MY_CHALLENGE_PATH}?editie=${encodeURIComponent(editionId)}`;
