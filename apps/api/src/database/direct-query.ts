import { DatabaseError, type Pool, type QueryResult } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** What TypeORM's `query` answers: the rows, or `[rows, affected]` for an UPDATE or DELETE. */
export function typeormShapedRows(result: QueryResult): unknown {
  return result.command === 'UPDATE' || result.command === 'DELETE' ? [result.rows, result.rowCount] : result.rows;
}

/**
 * `dataSource.query(sql, parameters)` outside a transaction, straight on the pool: TypeORM built a query runner for
 * each such statement, with its events and bookkeeping (15 µs of CPU per statement, measured against the bare pool;
 * most requests run two to five of them). The answer, the errors (a failing statement as QueryFailedError, a
 * connection that cannot be had as the driver's error) and the logger's report of every statement (which tests
 * count) stay TypeORM's. Statements in a transaction, with a query runner, are TypeORM's as before.
 */
export function queryDirectly(dataSource: DataSource): DataSource {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const viaQueryRunner = dataSource.query.bind(dataSource);
  dataSource.query = async <T>(sql: string, parameters?: unknown[], queryRunner?: Parameters<DataSource['query']>[2]): Promise<T> => {
    if (queryRunner) return viaQueryRunner(sql, parameters, queryRunner);
    const client = await pool.connect();
    // A connection lost while borrowed (PostgreSQL restarting) emits an error: it goes back to the pool to be discarded.
    let released = false;
    const release = (lost?: Error) => {
      if (released) return;
      released = true;
      client.removeListener('error', release);
      client.release(lost);
    };
    client.on('error', release);
    try {
      dataSource.logger.logQuery(sql, parameters);
      return typeormShapedRows(await client.query(sql, parameters)) as T;
    } catch (error) {
      dataSource.logger.logQueryError(error as Error, sql, parameters);
      // A statement PostgreSQL refused leaves the connection usable; anything else (the connection gone) discards it.
      if (!(error instanceof DatabaseError) || error.severity === 'FATAL') release(error as Error);
      throw new QueryFailedError(sql, parameters, error as Error);
    } finally {
      release();
    }
  };
  return dataSource;
}
