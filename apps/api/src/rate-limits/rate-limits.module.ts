import { Global, Module } from '@nestjs/common';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimiter } from './rate-limiter';
import { RateLimitsRepository } from './rate-limits.repository';

/** Global, so any controller can put `@RateLimit(...)` on a route and any service can inject the RateLimiter. */
@Global()
@Module({
  providers: [RateLimitsRepository, RateLimiter, RateLimitGuard],
  exports: [RateLimiter, RateLimitGuard],
})
export class RateLimitsModule {}
