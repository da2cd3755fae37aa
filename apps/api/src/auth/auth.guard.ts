import { CSRF_HEADER } from '@koers/shared/api';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError, NotAuthenticatedError } from '../errors/koers-error';
import { ADMIN_ROUTE, PUBLIC_ROUTE } from './auth-context';
import { CsrfInvalidError } from './auth.errors';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one access gate every route passes: resolves the session cookie into an AuthContext,
 * answers 401 without one, checks the CSRF token on writes, and enforces @AdminOnly.
 * Edition-scoped rules are checked by the services through AccessService.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authService: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await this.authService.resolveSession(token) : null;
    if (session) request.auth = { ...session };

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!session) throw new NotAuthenticatedError();
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) throw new CsrfInvalidError();
    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ROUTE, targets) && !session.isAdmin) throw new ForbiddenError();
    return true;
  }
}
