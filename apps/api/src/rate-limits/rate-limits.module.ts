import { Global, Module } from '@nestjs/common';
import { PostsLimit } from './posts-limit';
import { RateLimitGuard, RateLimitRefund } from './rate-limit.guard';
import { RateLimiter } from './rate-limiter';
import { RateLimitsRepository } from './rate-limits.repository';

/** Global, so any controller can put `@RateLimit(...)` on a route and any service can inject the RateLimiter or PostsLimit. */
@Global()
@Module({
  providers: [RateLimitsRepository, RateLimiter, PostsLimit, RateLimitGuard, RateLimitRefund],
  exports: [RateLimiter, PostsLimit, RateLimitGuard, RateLimitRefund],
})
export class RateLimitsModule {}
