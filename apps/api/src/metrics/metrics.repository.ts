import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What the metrics read from PostgreSQL at each scrape: the mail queue, in one statement. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mailQueue(): Promise<{ pending: number; failed: number }> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM notification_delivery`,
    );
    return row;
  }
}
