import { createHash } from 'node:crypto';
import { ShapedRowsClient } from './row-shapes';

/**
 * Distinct statements one connection keeps prepared. Koers has far fewer hot statements than this; SQL beyond it
 * (rare, or with a varying number of placeholders) simply runs unprepared.
 */
export const MAX_PREPARED_PER_CONNECTION = 250;

/** SQLSTATE of "cached plan must not change result type": a table behind a `SELECT *` changed under a running instance. */
const FEATURE_NOT_SUPPORTED = '0A000';

/**
 * A pg client that runs every statement with parameters as a named prepared statement: PostgreSQL then parses it
 * and expands its views once per connection and, once it settles on a generic plan, plans it once too. On the
 * national data set planning took longer than execution for most hot queries (the schedule, the session lookup,
 * the access checks). Its rows are built as `ShapedRowsClient` builds them. Pass it as the pool's `Client`.
 *
 * A statement whose result type a migration changed fails once on that connection and from then on runs unprepared.
 */
export class PreparingClient extends ShapedRowsClient {
  /** Statement text to its name, for the texts this connection prepares. */
  private readonly prepared = new Map<string, string>();
  /** Texts this connection no longer prepares. */
  private readonly unprepared = new Set<string>();

  protected override statementName(text: string, values: unknown[] | undefined): string | undefined {
    if (!values?.length || this.unprepared.has(text)) return undefined;
    const known = this.prepared.get(text);
    if (known) return known;
    if (this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return undefined;
    const name = `koers_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
    this.prepared.set(text, name);
    return name;
  }

  protected override statementFailed(text: string, error: Error & { code?: string }): void {
    if (error.code === FEATURE_NOT_SUPPORTED && this.prepared.has(text)) this.unprepared.add(text);
  }
}
