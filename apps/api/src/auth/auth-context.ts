import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Who is asking: resolved once per request by the AuthGuard and passed first to every service method. */
export interface AuthContext {
  personId: string;
  isAdmin: boolean;
  loginSessionId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export const PUBLIC_ROUTE = 'koers:public';

/** The route answers without a login (login itself, health, calendar feeds by secret token). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The authenticated person of this request. */
export const Auth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<FastifyRequest>().auth;
  if (!auth) throw new Error('Auth used on a public route');
  return auth;
});
