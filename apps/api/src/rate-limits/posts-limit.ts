import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { lockKey } from '../database/lock-row';
import { RateLimiter } from './rate-limiter';
import { RATE_LIMITS } from './rate-limits';
import { TooManyRequestsError } from './rate-limits.errors';

/** How a post is found again when sent twice, and how it is added. */
export interface OnePost<T> {
  /** The author's same post just made in the same place (app/repeated-submit.ts), or null. */
  repeated: () => Promise<T | null>;
  add: () => Promise<T>;
}

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
  async postOnce<T>(manager: EntityManager, authorId: string, place: readonly [string, ...string[]], post: OnePost<T>): Promise<T> {
    await lockKey(manager, 'post', authorId, ...place);
    const repeated = await post.repeated();
    if (repeated !== null) return repeated;
    await this.limiter.consume([{ rule: RATE_LIMITS.posts, subject: [authorId] }], TooManyRequestsError, manager);
    return post.add();
  }
}
