import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * The client's address (behind a proxy as `KOERS_TRUST_PROXY` reads it), for a service that counts the request
 * against a limit only once it knows the request does what the limit guards (an invitation that sends a mail).
 */
export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<FastifyRequest>().ip);
