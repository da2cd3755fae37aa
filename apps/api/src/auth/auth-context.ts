import type { ApiTokenScope } from '@koers/shared/api-tokens';
import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { defineError } from '../errors/koers-error';

/** How the request proved who it is: the session cookie of a login, or a personal API token (`Authorization: Bearer`). */
export type Credential = { kind: 'session'; loginSessionId: string; csrfToken: string } | { kind: 'api_token'; apiTokenId: string; scope: ApiTokenScope };

/** Who is asking: resolved once per request by the AuthGuard and passed first to every service method. */
export interface AuthContext {
  personId: string;
  isAdmin: boolean;
  credential: Credential;
}

/** The context of a request made with a login session's cookie. */
export const loginSessionContext = (session: { personId: string; isAdmin: boolean; loginSessionId: string; csrfToken: string }): AuthContext => ({
  personId: session.personId,
  isAdmin: session.isAdmin,
  credential: { kind: 'session', loginSessionId: session.loginSessionId, csrfToken: session.csrfToken },
});

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export const PUBLIC_ROUTE = 'koers:public';

/** The route answers without a login (login itself, health, calendar feeds by secret token). */
export const Public = () =>
  // In the OpenAPI document: no credentials needed (an empty requirement), where every other route needs one of the two.
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiSecurity({}));

/** The authenticated person of this request. */
export const Auth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<FastifyRequest>().auth;
  if (!auth) throw new Error('Auth used on a public route');
  return auth;
});

export class LoginSessionRequiredError extends defineError(403, 'login_session_required', {
  nl: 'Dit kan alleen als je met je wachtwoord bent ingelogd, niet met een API-sleutel.',
  en: 'This can only be done when logged in with your password, not with an API token.',
}) {}

/**
 * What only the person themselves may do, logged in: making API tokens, changing the password or an email address.
 * A leaked token must not be able to make itself permanent or take the account over. Answers the login session.
 */
export function requireLoginSession(auth: AuthContext): Extract<Credential, { kind: 'session' }> {
  if (auth.credential.kind !== 'session') throw new LoginSessionRequiredError();
  return auth.credential;
}
