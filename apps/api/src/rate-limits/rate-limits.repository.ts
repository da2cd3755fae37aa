import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface CounterHit {
  key: string;
  limit: number;
  windowMinutes: number;
}

@Injectable()
export class RateLimitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts one hit on every counter, atomically and all or nothing: `INSERT ... ON CONFLICT DO UPDATE` takes each
   * counter's row lock (in key order, so two requests cannot deadlock), and when any counter would pass its limit the
   * transaction is rolled back, so a refused request counts nowhere. Answers null when counted, else the seconds
   * until the longest-blocking counter starts again (from the clock: a request that waited for the row lock started
   * its transaction before the window did). Given the caller's transaction, the hits are counted in it, and the caller
   * rolls them back with its own work when the answer is not null (`RateLimiter.consume` throws then).
   */
  async hit(counters: readonly CounterHit[], manager?: EntityManager): Promise<number | null> {
    if (manager) return this.countHits(counters, manager);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const retryAfter = await this.countHits(counters, runner.manager);
      await (retryAfter === null ? runner.commitTransaction() : runner.rollbackTransaction());
      return retryAfter;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async countHits(counters: readonly CounterHit[], manager: EntityManager): Promise<number | null> {
    const sorted = [...counters].sort((a, b) => a.key.localeCompare(b.key));
    const rows: { over: boolean; retryAfter: number }[] = await manager.query(
      `INSERT INTO rate_limit_counter (key, hits, resets_at)
       SELECT c.key, 1, now() + make_interval(mins => c.window_minutes)
         FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS c(key, window_minutes, position)
        ORDER BY c.position
       ON CONFLICT (key) DO UPDATE
          SET hits = CASE WHEN rate_limit_counter.resets_at <= now() THEN 1 ELSE rate_limit_counter.hits + 1 END,
              resets_at = CASE WHEN rate_limit_counter.resets_at <= now() THEN excluded.resets_at ELSE rate_limit_counter.resets_at END
       RETURNING key, hits > ($3::jsonb ->> key)::int AS over, ceil(extract(epoch FROM resets_at - clock_timestamp()))::int AS "retryAfter"`,
      [sorted.map((c) => c.key), sorted.map((c) => c.windowMinutes), JSON.stringify(Object.fromEntries(sorted.map((c) => [c.key, c.limit])))],
    );
    const over = rows.filter((row) => row.over);
    return over.length === 0 ? null : Math.max(1, ...over.map((row) => row.retryAfter));
  }

  /** Whether any counter has reached its limit, without counting: null when none has, else the seconds until it starts again. */
  async reached(counters: readonly CounterHit[]): Promise<number | null> {
    const [row] = await this.db.query(
      `SELECT max(ceil(extract(epoch FROM c.resets_at - clock_timestamp())))::int AS "retryAfter"
         FROM rate_limit_counter c JOIN unnest($1::text[], $2::int[]) AS l(key, hit_limit) ON l.key = c.key
        WHERE c.resets_at > now() AND c.hits >= l.hit_limit`,
      [counters.map((c) => c.key), counters.map((c) => c.limit)],
    );
    return row.retryAfter === null ? null : Math.max(1, row.retryAfter);
  }

  /** Takes back one hit from each counter (a request that turned out fine should not count). */
  async refund(keys: readonly string[]): Promise<void> {
    await this.db.query(`UPDATE rate_limit_counter SET hits = greatest(hits - 1, 0) WHERE key = ANY($1::text[])`, [keys]);
  }

  /** Clears these counters and every counter under them (`key:...`). */
  async clear(prefixes: readonly string[]): Promise<void> {
    await this.db.query(
      `DELETE FROM rate_limit_counter WHERE key = ANY($1::text[]) OR key LIKE ANY(SELECT p || ':%' FROM unnest($1::text[]) AS p)`,
      [prefixes],
    );
  }

  /** Forgets counters whose window has ended: they would start from zero anyway. */
  async purgeExpired(): Promise<number> {
    const [, affected] = await this.db.query(`DELETE FROM rate_limit_counter WHERE resets_at <= now()`);
    return affected ?? 0;
  }
}
