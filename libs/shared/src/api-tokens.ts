/**
 * Personal API tokens: a script (an HR export, a CRM sync) acts as the person who made the token, with exactly their
 * permissions, sending `Authorization: Bearer koers_pat_…` instead of a session cookie and CSRF token.
 */

/** `read`: only GET and HEAD; `write`: everything the person may do (except making tokens and changing the password). */
export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Every token starts with this, so it is recognisable in a script or a leaked log (and by secret scanners). */
export const API_TOKEN_PREFIX = 'koers_pat_';

/** A token lives at most this long; made without an expiry, it expires after this. */
export const API_TOKEN_MAX_DAYS = 365;

export const MAX_API_TOKEN_NAME_LENGTH = 100;

/** Tokens one person may hold at once, expired ones included until revoked: enough for every script, and a short list. */
export const MAX_API_TOKENS_PER_PERSON = 50;

/** `POST /api/me/tokens`; `expiresAt` (ISO 8601) in the future, at most API_TOKEN_MAX_DAYS ahead. */
export interface CreateApiTokenRequest {
  name: string;
  scope: ApiTokenScope;
  expiresAt?: string;
}

/** The answer to `POST /api/me/tokens`: the only time the token itself is shown; Koers keeps its hash. */
export interface CreatedApiToken {
  id: string;
  token: string;
}

/** A token as `GET /api/me/tokens` (and the programme office's `GET /api/admin/people/:id/tokens`) lists it, newest first. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  scope: ApiTokenScope;
  createdAt: string;
  /** Null until first used; updated at most once a minute. */
  lastUsedAt: string | null;
  expiresAt: string;
}
