import type { Page } from './api';
import type { Locale, SessionKind, SessionMode } from './domain';

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

/**
 * Where an application stands: unconfirmed until the applicant follows the link in the mail (7 days), then confirmed;
 * the programme office accepts it (enrolling the applicant and their director), puts it on the waiting list or
 * declines it; the applicant may withdraw it through the link in their mails.
 */
export const APPLICATION_STATUSES = ['unconfirmed', 'confirmed', 'accepted', 'waitlisted', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The director's answer to the request to commit to the edition's board meetings. */
export const DIRECTOR_COMMITMENTS = ['pending', 'committed', 'declined'] as const;
export type DirectorCommitment = (typeof DIRECTOR_COMMITMENTS)[number];

/** Server-rendered pages outside /api that the mails link to (their forms post back to the same address). */
/** A programme's public page, server-rendered outside the web app. */
export const publicProgrammePath = (slug: string) => `/programmas/${encodeURIComponent(slug)}`;

export const APPLICATION_CONFIRM_PATH = '/aanmelding-bevestigen';
export const DIRECTOR_COMMITMENT_PATH = '/directeur-toezegging';
export const APPLICATION_WITHDRAW_PATH = '/aanmelding-intrekken';

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
  /** The applicant withdrew: the answer was not recorded, there being nothing left to commit to. */
  applicationWithdrawn: boolean;
  /** The programme office declined the application: the answer was not recorded either. */
  applicationDeclined: boolean;
}

/** `GET /api/editions/:id/applications?status=&region=&organisation=&directorCommitment=&page=&pageSize=` */
export interface ApplicationsQuery {
  status?: ApplicationStatus;
  /** Exact region, case-insensitive. */
  region?: string;
  /** Part of the organisation's name, case-insensitive. */
  organisation?: string;
  directorCommitment?: DirectorCommitment;
  page?: number;
  pageSize?: number;
}

/** One application in the programme office's list. */
export interface ApplicationListItem {
  id: string;
  name: string;
  email: string;
  organisation: string;
  jobTitle: string;
  region: string;
  status: ApplicationStatus;
  directorName: string;
  directorCommitment: DirectorCommitment;
  /** 1-based place in line for a place while `waitlisted` (after those on the enrolments' own waiting list), else null. */
  waitlistPosition: number | null;
  createdAt: string;
  confirmedAt: string | null;
}

/** How full the edition is, as selection decides on it. */
export interface EditionPlaces {
  editionId: string;
  editionName: string;
  capacity: number;
  /** Active participants. */
  placesTaken: number;
  /** Applications on the waiting list. */
  waitlisted: number;
  /** People enrolled on the edition's own waiting list: a place that comes free goes to them first. */
  enrolmentsWaitlisted: number;
}

/**
 * The waiting list is for a full edition: while places are free an application is accepted, or left undecided, since
 * a waiting list beside free places is moved up (accepted) at once.
 */
export const takesWaitlist = (places: Pick<EditionPlaces, 'capacity' | 'placesTaken'>): boolean => places.placesTaken >= places.capacity;

/** `GET /api/editions/:id/applications`: a page of applications, and how full the edition is. */
export interface ApplicationsPage extends Page<ApplicationListItem> {
  places: EditionPlaces;
}

/** `GET /api/applications/:id` and the answer to every decision: the application in full. */
export interface ApplicationDetail extends ApplicationListItem {
  editionId: string;
  challenge: string;
  directorEmail: string;
  /** The director's reason when declining. */
  directorReason: string | null;
  directorAnsweredAt: string | null;
  /** The programme office's message to the applicant when declining. */
  declineMessage: string | null;
  /** When it was last accepted, waitlisted, declined or withdrawn. */
  statusChangedAt: string | null;
  /** The applicant's language: the mails are written in it. */
  locale: Locale;
  /**
   * The applicant is a trainer, facilitator or internal-team member of the edition, so cannot be accepted or waitlisted
   * (`staff_in_edition`, `internal_team_in_edition`).
   */
  applicantHasOtherRole: boolean;
  places: EditionPlaces;
}

/** `POST /api/applications/:id/accept` */
export interface AcceptApplicationRequest {
  /** Accept although the edition is full; without it a full edition answers `409 edition_full`. */
  confirmOverCapacity?: boolean;
}

/** `POST /api/applications/:id/decline` */
export interface DeclineApplicationRequest {
  /** Said to the applicant in the mail (optional). */
  message?: string;
}

/** `POST /api/public/applications/withdraw` `{token}` (the link in the applicant's mails). */
export interface ApplicationWithdrawRequest {
  token: string;
}

export interface ApplicationWithdrawal {
  editionName: string;
  status: ApplicationStatus;
}
