import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { lockKey } from '../database/lock-row';
import { counterKey, type RateLimitCheck } from './rate-limits';
import { RateLimitsRepository } from './rate-limits.repository';

/** How often an instance forgets counters whose window has ended. */
const PURGE_EVERY_MS = 10 * 60_000;

/** How a submission is found again when sent twice, and how it is made. */
export interface OnceCounted<T> {
  /** The same submission just made (app/repeated-submit.ts), or null. */
  repeated: () => Promise<T | null>;
  add: () => Promise<T>;
}

/** A 429 declared with `defineRateLimitError`, made with the seconds to wait. */
export type RateLimitErrorClass = new (retryAfterSeconds: number) => Error;

/**
 * Counts requests against the limits in RATE_LIMITS, in PostgreSQL: before the work they guard is done, or, given the
 * work's transaction, with it (an invitation counts only once it is made, and a refused one is rolled back).
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimiter');
  /** The first request after start purges, then one every PURGE_EVERY_MS. */
  private lastPurge = 0;

  constructor(private readonly counters: RateLimitsRepository) {}

  /**
   * Counts the request against every check, or throws `error` (a 429 with Retry-After) and counts it nowhere. Given a
   * transaction, it counts in it: the work it guards and its count then stand or fall together (and a transaction
   * holding a connection needs no second one from the pool).
   */
  async consume(checks: readonly RateLimitCheck[], error: RateLimitErrorClass, manager?: EntityManager): Promise<void> {
    this.purgeNowAndThen();
    const retryAfter = await this.counters.hit(
      checks.map(({ rule, subject }) => ({ key: counterKey(rule, subject), limit: rule.limit, windowMinutes: rule.windowMinutes })),
      manager,
    );
    if (retryAfter !== null) throw new error(retryAfter);
  }

  /**
   * Under a lock on `lock` in the caller's transaction, so sixty at once make one: the repeat of a submission just made
   * (a double click, a retry) is answered with it and counts nothing; a new one is counted against `check` (a 429 adds
   * nothing) and added.
   */
  async countOnce<T>(manager: EntityManager, lock: readonly [string, ...string[]], check: RateLimitCheck, error: RateLimitErrorClass, work: OnceCounted<T>): Promise<T> {
    await lockKey(manager, ...lock);
    const repeated = await work.repeated();
    if (repeated !== null) return repeated;
    await this.consume([check], error, manager);
    return work.add();
  }

  /** Throws `error` (a 429 with Retry-After) when any check has reached its limit already; counts nothing. */
  async assertNotReached(checks: readonly RateLimitCheck[], error: RateLimitErrorClass): Promise<void> {
    const retryAfter = await this.counters.reached(checks.map(({ rule, subject }) => ({ key: counterKey(rule, subject), limit: rule.limit, windowMinutes: rule.windowMinutes })));
    if (retryAfter !== null) throw new error(retryAfter);
  }

  /** Takes back the hit of a request that turned out fine. */
  refund(checks: readonly RateLimitCheck[]): Promise<void> {
    return this.counters.refund(checks.map(({ rule, subject }) => counterKey(rule, subject)));
  }

  /** Clears the counters of these subjects, including every longer subject that starts with one (an account at any address). */
  clear(checks: readonly RateLimitCheck[]): Promise<void> {
    return this.counters.clear(checks.map(({ rule, subject }) => counterKey(rule, subject)));
  }

  private purgeNowAndThen(): void {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    this.counters.purgeExpired().catch((error: unknown) => this.logger.warn({ msg: 'Purging rate-limit counters failed', error: String(error) }));
  }
}
