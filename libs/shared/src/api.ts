import type { RegionRef } from './regions';
import type { EditionRole } from './roles';

/** The one error body every API error answers with. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable machine-readable code, e.g. `validation_failed`, `login_rate_limited`. */
  error: string;
  /** Human-readable message in the requester's language (Dutch unless `Accept-Language` prefers English). */
  message: string;
  /** Per-field problems for validation errors. */
  fields?: { field: string; message: string }[];
  /** Data to recover from the error, e.g. the other version in a 409 edit conflict. */
  details?: Record<string, unknown>;
  requestId?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CsrfResponse {
  csrfToken: string;
}

export interface MeEnrolment {
  editionId: string;
  editionName: string;
  role: EditionRole;
  /**
   * True for an edition that is still a draft. Only roles that prepare a draft (`PREPARERS` in permissions.ts) get
   * their draft enrolments listed; everyone else's count from publication on.
   */
  draft?: boolean;
}

export interface MeResponse {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  locale: 'nl' | 'en';
  /** The person's roles in editions, as they meet them: the edition under way first, then those to come, then the rest. */
  enrolments: MeEnrolment[];
  /** The regions the person is regional programme manager of (absent or empty: none). */
  managedRegions?: RegionRef[];
  /** Whether the person goes to a board meeting of a published edition as a director's delegate (absent: no). */
  delegateAtBoardMeetings?: boolean;
  /**
   * What waits for the person, for the menu's marker and the notice above the pages: counted by `GET /api/me` (and
   * `PATCH /api/me`), so the first screen asks for nothing more. Absent from the answers of logging in and of choosing
   * a first password; the web app then asks for each count itself.
   */
  waiting?: MeWaiting;
}

export interface MeWaiting {
  /** Discussion threads with posts the person has not read (0 without a role that reads discussions). */
  unreadDiscussionThreads: number;
  /** Invitations waiting for the person's answer. */
  invitations: number;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirm {
  token: string;
  password: string;
}

/**
 * `POST /api/auth/password-link/check`: whether a password link still works (`first`: an invitation's), asked as its
 * page opens, so nobody types a new password twice for a link that was used or has expired. 204, or the refusal
 * choosing a password with it would get.
 */
export interface PasswordLinkCheck {
  token: string;
  first: boolean;
}

/** `POST /api/auth/password`: a logged-in person changes their password; the current one confirms it is them. */
export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

/** The mail worker of one instance: ticking, switched off by configuration, or stopped because the instance is stopping. */
export type MailWorkerState = 'running' | 'off' | 'stopped';

/** `GET /api/health/ready`: whether this instance should get traffic (503 while its database is down or it is stopping). */
export interface ReadinessResponse extends HealthResponse {
  mailWorker: MailWorkerState;
  /** The instance received a stop signal: it finishes what it has and takes no new traffic. */
  stopping: boolean;
}

/** Name of the header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Every export (attendance report, RSVPs, assignment overview, enrolments) comes in both formats, chosen by the
 * path's extension (`attendance.xlsx`): an Excel workbook with typed cells, or a CSV with `;` and a byte order mark.
 */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** ASVS 2.1.1: at least 12 characters (the demo's seeded passwords are older and stay). */
export const MIN_PASSWORD_LENGTH = 12;

/** One page of a list that can grow; every such list is paginated. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** The longest text a search box takes (part of a name or address); the box itself takes no more. */
export const MAX_SEARCH_LENGTH = 200;

export interface OrganisationSummary {
  id: string;
  name: string;
  /** The region as typed at enrolment (free text). */
  region: string | null;
  /** The regional network it belongs to (`@koers/shared/regions`), set by the programme office. */
  networkRegion: RegionRef | null;
  people: number;
}

/** `GET /api/auth/providers`: an OpenID Connect provider people may log in with; the login page shows its button. */
export interface AuthProvider {
  /** Its part of `/api/auth/oidc/:name/login`. */
  name: string;
  /** "Inloggen met <label>". */
  label: string;
}

/**
 * Why a single sign-on login was refused: the callback sends the browser to the login page with `?sso_error=<reason>`.
 * `unknown_account`: no Koers account has this address; `email_missing`: the provider sent no address (the optional
 * `email` claim is not configured); `email_unverified`: the provider does not vouch for the address; `domain_not_allowed`: the provider may not log in addresses of this domain; `cancelled`: the person stopped
 * at the provider; `unavailable`: Koers cannot reach the provider, or no longer has it in its settings (trying again
 * does not help: the programme office does); `failed`: anything else (an expired or forged attempt, a wrong state, an
 * ID token that does not verify).
 */
export const SINGLE_SIGN_ON_REFUSALS = ['unknown_account', 'email_missing', 'email_unverified', 'domain_not_allowed', 'cancelled', 'unavailable', 'failed'] as const;
export type SingleSignOnRefusal = (typeof SINGLE_SIGN_ON_REFUSALS)[number];

/** `POST /api/auth/logout`: the Koers session has ended; after single sign-on, where to end the provider's session too. */
export interface LogoutResponse {
  providerLogout: { label: string; url: string } | null;
}

/** `GET /api/auth/oidc/:name/login?next=`: where in the web app to land after logging in at the provider. */
export interface SingleSignOnStartQuery {
  next?: string;
}
