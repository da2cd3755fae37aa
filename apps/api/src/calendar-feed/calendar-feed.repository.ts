import type { Locale } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findPersonByTokenHash(tokenHash: string): Promise<{ id: string; locale: Locale } | null> {
    const rows = await this.db.query(`SELECT id, locale FROM person WHERE calendar_token_hash = $1 AND erased_at IS NULL`, [tokenHash]);
    return rows[0] ?? null;
  }

  /** Stores the hash only when the person has none yet; false when they had one (or a parallel request won). */
  async setTokenHashIfUnset(personId: string, tokenHash: string): Promise<boolean> {
    const [, affected] = await this.db.query(`UPDATE person SET calendar_token_hash = $2 WHERE id = $1 AND calendar_token_hash IS NULL`, [
      personId,
      tokenHash,
    ]);
    return affected > 0;
  }

  /** Replaces the hash, so the previous feed address stops working at once. */
  async replaceTokenHash(personId: string, tokenHash: string): Promise<void> {
    await this.db.query(`UPDATE person SET calendar_token_hash = $2 WHERE id = $1`, [personId, tokenHash]);
  }
}
