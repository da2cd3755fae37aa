import type { InnovationPhase } from './domain';

export interface ChallengeLogEntry {
  id: string;
  /** The day the entry is about, `YYYY-MM-DD`. */
  entryDate: string;
  text: string;
  authorName: string | null;
  createdAt: string;
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
}

/** `PUT /api/me/challenge`; `editionId` picks the edition when the person participates in several. */
export interface SaveChallengeRequest {
  editionId?: string;
  title: string;
  description: string;
  innovation: string;
  goal: string;
  phase: InnovationPhase;
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

export const CHALLENGE_LIMITS = { title: 200, text: 5000, logText: 2000 } as const;
