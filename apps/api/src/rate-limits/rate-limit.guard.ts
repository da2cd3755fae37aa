import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RateLimiter, type RateLimitErrorClass } from './rate-limiter';
import type { RateLimitRule } from './rate-limits';
import { TooManyRequestsError } from './rate-limits.errors';

/** Who a rule counts for, read from the request: the client's address, the person, a route parameter or a body field. */
export type SubjectPart = 'address' | 'person' | `param:${string}` | `body:${string}`;

interface RouteLimit {
  /** `onlyWhen`: the rule counts only the requests it holds for (a check-in only with a code that could be one). */
  rules: readonly { rule: RateLimitRule; subject: readonly SubjectPart[]; onlyWhen?: (request: FastifyRequest) => boolean }[];
  error: RateLimitErrorClass;
}

const ROUTE_LIMIT = 'koers:rate-limit';

/**
 * Counts every request to the route against these rules before the handler (and its validation) runs:
 * `@RateLimit([{ rule: RATE_LIMITS.verifyAddress, subject: ['address'] }])`. Over a limit: 429 with Retry-After.
 */
export const RateLimit = (rules: RouteLimit['rules'], error: RateLimitErrorClass = TooManyRequestsError) =>
  applyDecorators(SetMetadata(ROUTE_LIMIT, { rules, error } satisfies RouteLimit), UseGuards(RateLimitGuard));

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.reflector.get<RouteLimit | undefined>(ROUTE_LIMIT, context.getHandler());
    if (!limit) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    // A rule for a field the request does not fill with text (left out, a number) counts nothing: validation refuses
    // the request next, and such requests from everyone would otherwise share one counter and lock each other out.
    const checks = limit.rules
      .filter(({ onlyWhen }) => !onlyWhen || onlyWhen(request))
      .map(({ rule, subject }) => ({ rule, subject: subject.map((part) => subjectPart(request, part)) }))
      .filter((check): check is { rule: typeof check.rule; subject: string[] } => check.subject.every((part) => part !== null));
    if (checks.length > 0) await this.limiter.consume(checks, limit.error);
    return true;
  }
}

/** The part's value, or null for a route parameter or body field that holds no text. */
function subjectPart(request: FastifyRequest, part: SubjectPart): string | null {
  if (part === 'address') return request.ip;
  if (part === 'person') return request.auth?.personId ?? '';
  const [source, name] = part.split(':') as ['param' | 'body', string];
  const value = (source === 'param' ? (request.params as Record<string, unknown> | undefined) : (request.body as Record<string, unknown> | undefined))?.[name];
  // Emails are compared as the DTOs normalise them, so `A@x.nl ` and `a@x.nl` share a counter.
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return text === '' ? null : text;
}
