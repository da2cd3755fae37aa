import type { Locale } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findFeedOwner(personId: string): Promise<{ id: string; locale: Locale; nonce: string } | null> {
    const rows = await this.db.query(
      `SELECT id, locale, calendar_feed_nonce AS nonce FROM person WHERE id = $1 AND calendar_feed_nonce IS NOT NULL AND erased_at IS NULL`,
      [personId],
    );
    return rows[0] ?? null;
  }

  /** The person's nonce, storing `candidate` when they have none yet (a parallel first request keeps the winner's). */
  async ensureNonce(personId: string, candidate: string): Promise<string> {
    const [row] = await this.db.query(
      `WITH updated AS (
         UPDATE person SET calendar_feed_nonce = COALESCE(calendar_feed_nonce, $2) WHERE id = $1 RETURNING calendar_feed_nonce
       ) SELECT calendar_feed_nonce AS nonce FROM updated`,
      [personId, candidate],
    );
    return row.nonce;
  }

  /** A new nonce, so the previous feed address stops working at once: no calendar follows the new one yet. */
  async replaceNonce(personId: string, nonce: string): Promise<void> {
    await this.db.query(`UPDATE person SET calendar_feed_nonce = $2, calendar_feed_fetched_at = NULL, calendar_feed_previous_fetch_at = NULL WHERE id = $1`, [
      personId,
      nonce,
    ]);
  }

  /** A calendar fetched the feed; written at most once an hour, as calendars poll it hourly or more, keeping the fetch before. */
  async noteFetched(personId: string): Promise<void> {
    await this.db.query(
      `UPDATE person SET calendar_feed_previous_fetch_at = calendar_feed_fetched_at, calendar_feed_fetched_at = now()
        WHERE id = $1 AND (calendar_feed_fetched_at IS NULL OR calendar_feed_fetched_at < now() - interval '1 hour')`,
      [personId],
    );
  }
}
