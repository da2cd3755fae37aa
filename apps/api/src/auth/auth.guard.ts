import { CSRF_HEADER } from '@koers/shared/api';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { NotAuthenticatedError } from '../errors/koers-error';
import { PUBLIC_ROUTE } from './auth-context';
import { CsrfInvalidError } from './auth.errors';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one access gate every route passes: resolves the session cookie into an AuthContext,
 * answers 401 without one and checks the CSRF token on writes. What the person may do is checked by the services
 * through AccessService, from the permission table.
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
    return true;
  }
}
