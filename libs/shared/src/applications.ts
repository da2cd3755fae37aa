import type { SessionKind, SessionMode } from './domain';

/** A session of an edition as the public programme page lists it: when, what kind, where (no addresses or links). */
export interface PublicSession {
  kind: SessionKind;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
}

/** An edition open for applications, as anyone may see it. */
export interface PublicEdition {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  capacity: number;
  /** Capacity minus the active participants enrolled; never below 0. */
  placesLeft: number;
  /** The last day (Amsterdam) to apply, `YYYY-MM-DD`; null: until the edition starts. */
  applicationDeadline: string | null;
  /** Euro cents per participant; null: not stated. */
  priceCents: number | null;
  /** The schedule's sessions in order; cancelled ones left out. */
  sessions: PublicSession[];
}

/** `GET /api/public/programmes/:slug`: a programme's public page. */
export interface PublicProgramme {
  slug: string;
  code: string;
  name: string;
  description: string;
  audience: string;
  editions: PublicEdition[];
  /**
   * A signed moment of issue, sent back with an application from this page: one that arrives sooner than a person
   * fills in the form, or with a forged value, is dropped (see ApplicationRequest).
   */
  formIssuedAt: string;
}

/** Where an application stands: unconfirmed until the applicant follows the link in the mail (7 days), then confirmed. */
export const APPLICATION_STATUSES = ['unconfirmed', 'confirmed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The director's answer to the request to commit to the edition's board meetings. */
export const DIRECTOR_COMMITMENTS = ['pending', 'committed', 'declined'] as const;
export type DirectorCommitment = (typeof DIRECTOR_COMMITMENTS)[number];

/** Server-rendered pages outside /api that the mails link to (their forms post back to the same address). */
/** A programme's public page, server-rendered outside the web app. */
export const publicProgrammePath = (slug: string) => `/programmas/${encodeURIComponent(slug)}`;

export const APPLICATION_CONFIRM_PATH = '/aanmelding-bevestigen';
export const DIRECTOR_COMMITMENT_PATH = '/directeur-toezegging';

/** `POST /api/public/editions/:id/applications`: always `202` with no body, whatever happened to it. */
export interface ApplicationRequest {
  name: string;
  email: string;
  organisation: string;
  jobTitle: string;
  region: string;
  /** The implementation challenge the applicant brings, in a few sentences. */
  challenge: string;
  directorName: string;
  directorEmail: string;
  /** `formIssuedAt` from the programme page the form came from: applications sent too soon after it are dropped. */
  formIssuedAt: string;
  /** The honeypot: hidden from people, so anything in it marks a robot (answered `202`, nothing stored). */
  website?: string;
}

/** `POST /api/public/applications/confirm` */
export interface ApplicationConfirmRequest {
  token: string;
}

/** What a confirmation link's holder learns: the edition applied for, and that the director has been asked. */
export interface ApplicationConfirmation {
  editionName: string;
  status: ApplicationStatus;
}

/** `POST /api/public/director-commitments` */
export interface DirectorCommitmentRequest {
  token: string;
  commit: boolean;
  /** Why not, when declining (optional). */
  reason?: string;
}

export interface DirectorCommitmentAnswer {
  editionName: string;
  applicantName: string;
  directorCommitment: DirectorCommitment;
}
