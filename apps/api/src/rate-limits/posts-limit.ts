import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type OnceCounted, RateLimiter } from './rate-limiter';
import { RATE_LIMITS } from './rate-limits';
import { TooManyRequestsError } from './rate-limits.errors';

/** How a post is found again when sent twice (the author's same post just made in the same place), and how it is added. */
export type OnePost<T> = OnceCounted<T>;

/**
 * Posts (threads, replies, comments, log entries, measurement actions) and the posts limit (RATE_LIMITS.posts): a
 * repeat of a post just made adds and counts nothing, a new one counts in the transaction that adds it.
 */
@Injectable()
export class PostsLimit {
  constructor(private readonly limiter: RateLimiter) {}

  /**
   * Under a lock on the author posting in `place`, so sixty at once make one: the repeat of a post just made (a
   * double click, a retry) is answered with that post; a new one is counted toward the author's limit (a 429 adds
   * nothing) and added.
   */
  postOnce<T>(manager: EntityManager, authorId: string, place: readonly [string, ...string[]], post: OnePost<T>): Promise<T> {
    return this.limiter.countOnce(manager, ['post', authorId, ...place], { rule: RATE_LIMITS.posts, subject: [authorId] }, TooManyRequestsError, post);
  }
}
