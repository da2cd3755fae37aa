import {
  applyDecorators,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { RateLimiter, type RateLimitErrorClass } from './rate-limiter';
import type { RateLimitCheck, RateLimitRule } from './rate-limits';
import { TooManyRequestsError } from './rate-limits.errors';

/** Who a rule counts for, read from the request: the client's address, the person, a route parameter or a body field. */
export type SubjectPart = 'address' | 'person' | `param:${string}` | `body:${string}`;

interface RouteLimit {
  /** `onlyWhen`: the rule counts only the requests it holds for (a check-in only with a code that could be one). */
  rules: readonly { rule: RateLimitRule; subject: readonly SubjectPart[]; onlyWhen?: (request: FastifyRequest) => boolean }[];
  error: RateLimitErrorClass;
  /** The refusals whose try stays counted; every other answer, success included, gives it back (`RateLimitRefund`). */
  keepsTryOn?: (error: unknown) => boolean;
}

const ROUTE_LIMIT = 'koers:rate-limit';

/** What the guard counted for a request, for the refund to give back exactly that. */
const countedChecks = new WeakMap<FastifyRequest, RateLimitCheck[]>();

/**
 * Counts every request to the route against these rules before the handler (and its validation) runs:
 * `@RateLimit([{ rule: RATE_LIMITS.verifyAddress, subject: ['address'] }])`. Over a limit: 429 with Retry-After.
 * With `keepsTryOn`, only those refusals count: a limit on guessing counts wrong guesses, not a second right one.
 */
export const RateLimit = (rules: RouteLimit['rules'], error: RateLimitErrorClass = TooManyRequestsError, options: Pick<RouteLimit, 'keepsTryOn'> = {}) =>
  applyDecorators(
    SetMetadata(ROUTE_LIMIT, { rules, error, ...options } satisfies RouteLimit),
    UseGuards(RateLimitGuard),
    ...(options.keepsTryOn ? [UseInterceptors(RateLimitRefund)] : []),
  );

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
    if (checks.length > 0) {
      await this.limiter.consume(checks, limit.error);
      countedChecks.set(request, checks);
    }
    return true;
  }
}

/** Gives a route's counted try back once its answer is not one of the refusals the route's `keepsTryOn` names. */
@Injectable()
export class RateLimitRefund implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { keepsTryOn } = this.reflector.get<RouteLimit>(ROUTE_LIMIT, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const refund = async () => {
      const checks = countedChecks.get(request);
      if (checks) await this.limiter.refund(checks);
    };
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        await refund();
        return answer;
      }),
      catchError((error: unknown) =>
        from(
          (keepsTryOn!(error) ? Promise.resolve() : refund()).then(() => {
            throw error;
          }),
        ),
      ),
    );
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
