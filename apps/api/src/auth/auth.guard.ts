import { CSRF_HEADER } from '@koers/shared/api';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { NotAuthenticatedError } from '../errors/koers-error';
import { PUBLIC_ROUTE } from './auth-context';
import { CrossSiteRequestError, CsrfInvalidError } from './auth.errors';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one access gate every route passes: refuses writes a browser sent from another site (public routes and login
 * included, against login CSRF), resolves the session cookie into an AuthContext, answers 401 without one, checks
 * the CSRF token on writes. What the person may do is checked by the services through AccessService, from the
 * permission table.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly authService: AuthService,
    @Inject(KOERS_CONFIG) config: KoersConfig,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!SAFE_METHODS.has(request.method) && isCrossSite(request, this.publicOrigin)) throw new CrossSiteRequestError();
    const token = request.cookies[SESSION_COOKIE];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets);
    // A public route answers without a login; a session that cannot be read (the database restarting) does not stop
    // it, so /api/health can say 503 itself.
    const session = token ? await this.authService.resolveSession(token).catch((error: unknown) => (isPublic ? null : Promise.reject(error))) : null;
    if (session) request.auth = { ...session };

    if (isPublic) return true;
    if (!session) throw new NotAuthenticatedError();
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) throw new CsrfInvalidError();
    return true;
  }
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
