import { CSRF_HEADER } from '@koers/shared/api';
import { API_TOKEN_PREFIX } from '@koers/shared/api-tokens';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { NotAuthenticatedError } from '../errors/koers-error';
import { loginSessionContext, PUBLIC_ROUTE } from './auth-context';
import { ApiTokensService } from './api-tokens.service';
import { ApiTokenInvalidError, CrossSiteRequestError, CsrfInvalidError, ReadOnlyApiTokenError } from './auth.errors';
import { AuthService } from './auth.service';
import { bearerCredentials } from '../app/bearer-credentials';
import { SESSION_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one access gate every route passes: refuses writes a browser sent from another site (public routes and login
 * included, against login CSRF), resolves the personal API token (`Authorization: Bearer koers_pat_…`) or else the
 * session cookie into an AuthContext, answers 401 without one, checks the CSRF token on writes with a cookie and the
 * token's scope on writes with a token. What the person may do is checked by the services through AccessService,
 * from the permission table.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly publicOrigin: string;
  private readonly isPublicByHandler = new WeakMap<object, { controller: object; isPublic: boolean }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authService: AuthService,
    private readonly apiTokens: ApiTokensService,
    @Inject(KOERS_CONFIG) config: KoersConfig,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  /**
   * Whether the route is `@Public()`, read from its metadata once per handler and controller: metadata does not change
   * after start, and reading it walked the controller's prototype chain on every request (1–1.5 µs in the profile).
   */
  private isPublic(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    const controller = context.getClass();
    const known = this.isPublicByHandler.get(handler);
    if (known?.controller === controller) return known.isPublic;
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, [handler, controller]) === true;
    this.isPublicByHandler.set(handler, { controller, isPublic });
    return isPublic;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!SAFE_METHODS.has(request.method) && isCrossSite(request, this.publicOrigin)) throw new CrossSiteRequestError();
    const isPublic = this.isPublic(context);
    // A public route answers without a login; a credential that cannot be read (the database restarting) does not
    // stop it, so /api/health can say 503 itself.
    const unlessPublic = (error: unknown) => (isPublic ? null : Promise.reject(error));

    const apiToken = bearerApiToken(request);
    if (apiToken !== null) {
      // The token alone decides, whatever cookie comes along. A browser never adds this header by itself, so a page
      // elsewhere cannot make one send it: no CSRF token is needed.
      const resolved = await this.apiTokens.resolve(apiToken).catch(unlessPublic);
      if (resolved) request.auth = { personId: resolved.personId, isAdmin: resolved.isAdmin, credential: { kind: 'api_token', apiTokenId: resolved.apiTokenId, scope: resolved.scope } };
      if (isPublic) return true;
      if (!resolved) throw new ApiTokenInvalidError();
      if (!SAFE_METHODS.has(request.method) && resolved.scope === 'read') throw new ReadOnlyApiTokenError();
      return true;
    }

    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await this.authService.resolveSession(token).catch(unlessPublic) : null;
    if (session) request.auth = loginSessionContext(session);

    if (isPublic) return true;
    if (!session) throw new NotAuthenticatedError();
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) throw new CsrfInvalidError();
    return true;
  }
}

/**
 * The personal API token a script sends as `Authorization: Bearer koers_pat_…`, or null. Other bearer values are not
 * ours to read (the Prometheus token at /metrics is checked there).
 */
function bearerApiToken(request: FastifyRequest): string | null {
  const credentials = bearerCredentials(request.headers.authorization);
  return credentials?.startsWith(API_TOKEN_PREFIX) ? credentials : null;
}

/**
 * Whether a browser says the request comes from a page on another site. Browsers send `Sec-Fetch-Site`; older ones
 * only `Origin`, which must then be Koers's own address (or the host the request was sent to, as behind a dev proxy).
 * Requests without either header (scripts, tests, curl) come from no page, so there is nothing to forge.
 */
function isCrossSite(request: FastifyRequest, publicOrigin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  if (origin === publicOrigin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
