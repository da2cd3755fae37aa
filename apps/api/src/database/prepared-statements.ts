import { createHash } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';

/**
 * Distinct statements one connection keeps prepared. Koers has far fewer hot statements than this; SQL beyond it
 * (rare, or with a varying number of placeholders) simply runs unprepared.
 */
export const MAX_PREPARED_PER_CONNECTION = 250;

/** SQLSTATE of "cached plan must not change result type": a table behind a `SELECT *` changed under a running instance. */
const FEATURE_NOT_SUPPORTED = '0A000';

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;
type Callback = (error: { code?: string } | null, result?: unknown) => void;

/**
 * A pg client that runs every statement with parameters as a named prepared statement: PostgreSQL then parses it
 * and expands its views once per connection and, once it settles on a generic plan, plans it once too. On the
 * national data set planning took longer than execution for most hot queries (the schedule, the session lookup,
 * the access checks). Pass it as the pool's `Client`.
 *
 * A statement whose result type a migration changed fails once on that connection and from then on runs unprepared.
 */
export class PreparingClient extends Client {
  /** Statement text to its name, for the texts this connection prepares. */
  private readonly prepared = new Map<string, string>();
  /** Texts this connection no longer prepares. */
  private readonly unprepared = new Set<string>();

  constructor(config?: string | ClientConfig) {
    super(config);
    const query = (Client.prototype.query as Query).bind(this);
    const preparing: Query = (config, values, callback) => {
      const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 ? this.nameFor(config) : null;
      if (!name) return query(config, values, callback);
      const text = config as string;
      const retireOn = (error: { code?: string } | null) => {
        if (error?.code === FEATURE_NOT_SUPPORTED) this.unprepared.add(text);
      };
      if (typeof callback === 'function') {
        return query({ text, values, name }, ((error, result) => {
          retireOn(error);
          (callback as Callback)(error, result);
        }) satisfies Callback);
      }
      return (query({ text, values, name }) as Promise<unknown>).catch((error) => {
        retireOn(error);
        throw error;
      });
    };
    this.query = preparing as unknown as Client['query'];
  }

  private nameFor(text: string): string | null {
    if (this.unprepared.has(text)) return null;
    const known = this.prepared.get(text);
    if (known) return known;
    if (this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return null;
    const name = `koers_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
    this.prepared.set(text, name);
    return name;
  }
}
