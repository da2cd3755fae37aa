import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RateLimiter } from './rate-limiter';
import { RATE_LIMITS } from './rate-limits';
import { TooManyRequestsError } from './rate-limits.errors';

/**
 * The posts limit (RATE_LIMITS.posts) as the services that write posts count it: in the transaction that adds the
 * post, once it is known not to repeat one just made (a double click, a retry), since a repeat adds nothing.
 */
@Injectable()
export class PostsLimit {
  constructor(private readonly limiter: RateLimiter) {}

  /** Counts a new post by this person, or throws a 429 and the transaction adds nothing. */
  count(personId: string, manager: EntityManager): Promise<void> {
    return this.limiter.consume([{ rule: RATE_LIMITS.posts, subject: [personId] }], TooManyRequestsError, manager);
  }
}
