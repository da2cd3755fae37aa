import { API_TOKEN_MAX_DAYS, API_TOKEN_PREFIX, MAX_API_TOKENS_PER_PERSON, type ApiTokenSummary, type CreateApiTokenRequest, type CreatedApiToken } from '@koers/shared/api-tokens';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { newSecretToken, sha256 } from '../app/tokens';
import { NotFoundError } from '../errors/koers-error';
import { PeopleRepository } from '../people/people.repository';
import { type AuthContext, requireLoginSession } from './auth-context';
import { ApiTokenExpiryInvalidError, ApiTokenLimitError } from './auth.errors';
import { ApiTokensRepository, type ResolvedApiToken } from './api-tokens.repository';

const DAY_MS = 24 * 3_600_000;

/**
 * Personal API tokens: everyone makes, lists and revokes their own; the programme office lists and revokes anyone's.
 * Only a login session makes a token, so a leaked token cannot make itself a successor.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly tokens: ApiTokensRepository,
    private readonly people: PeopleRepository,
    private readonly access: AccessService,
  ) {}

  /** The token of an `Authorization: Bearer` header, or null when it is unknown, revoked or expired. */
  resolve(token: string): Promise<ResolvedApiToken | null> {
    return this.tokens.resolve(sha256(token));
  }

  async create(auth: AuthContext, request: CreateApiTokenRequest): Promise<CreatedApiToken> {
    requireLoginSession(auth);
    const token = `${API_TOKEN_PREFIX}${newSecretToken()}`;
    const id = await this.tokens.create(
      { personId: auth.personId, name: request.name, scope: request.scope, tokenHash: sha256(token), expiresAt: expiryOf(request.expiresAt) },
      MAX_API_TOKENS_PER_PERSON,
    );
    if (!id) throw new ApiTokenLimitError();
    return { id, token };
  }

  listMine(auth: AuthContext): Promise<ApiTokenSummary[]> {
    return this.tokens.list(auth.personId);
  }

  /** A token may revoke itself (a script that knows it leaked); its owner's other tokens need the login session. */
  async revokeMine(auth: AuthContext, tokenId: string): Promise<void> {
    requireSessionUnlessItself(auth, tokenId);
    if (!(await this.tokens.revoke(auth.personId, tokenId))) throw new NotFoundError();
  }

  async listOf(auth: AuthContext, personId: string): Promise<ApiTokenSummary[]> {
    this.access.requireProgrammeOffice(auth, 'people.apiTokens');
    const tokens = await this.tokens.list(personId);
    if (tokens.length === 0 && !(await this.people.exists(personId))) throw new NotFoundError();
    return tokens;
  }

  async revokeOf(auth: AuthContext, personId: string, tokenId: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'people.apiTokens');
    requireSessionUnlessItself(auth, tokenId);
    if (!(await this.tokens.revoke(personId, tokenId))) throw new NotFoundError();
  }
}

/** The chosen expiry, in the future and at most API_TOKEN_MAX_DAYS ahead; without one, the longest. */
function expiryOf(expiresAt: string | undefined): Date {
  const now = Date.now();
  if (expiresAt === undefined) return new Date(now + API_TOKEN_MAX_DAYS * DAY_MS);
  const chosen = new Date(expiresAt);
  if (!(chosen.getTime() > now && chosen.getTime() <= now + API_TOKEN_MAX_DAYS * DAY_MS)) throw new ApiTokenExpiryInvalidError();
  return chosen;
}

/** Revoking another token than the one the request carries takes a login: a leaked token must not cut off the others. */
function requireSessionUnlessItself(auth: AuthContext, tokenId: string): void {
  if (auth.credential.kind === 'api_token' && auth.credential.apiTokenId !== tokenId) requireLoginSession(auth);
}
