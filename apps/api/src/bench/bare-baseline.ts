import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { readConfig } from '../app/config';
import { poolOptions } from '../database/data-source-options';
import { typeormShapedRows } from '../database/direct-query';
import { serveNodeFlags } from './koers-process';

/**
 * What the repositories and services need from a DataSource, served by a plain pg Pool: the baseline then runs
 * exactly the SQL Koers runs, through the same repository code, without NestJS, guards, pipes or filters.
 * Like TypeORM, an UPDATE or DELETE answers [rows, affected].
 */
export function poolAsDataSource(pool: Pool): DataSource {
  const runner = (client: Pick<Pool, 'query'>) => ({
    query: async (sql: string, params?: unknown[]) => typeormShapedRows(await client.query(sql, params)),
  });
  return {
    ...runner(pool),
    manager: runner(pool),
    transaction: async <T>(work: (manager: ReturnType<typeof runner>) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(runner(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  } as unknown as DataSource;
}

export interface BaselineRoute {
  method: 'GET' | 'PUT' | 'POST';
  url: string;
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** A bare Fastify server on pg: the floor Koers is measured against. */
export async function startBaseline(databaseUrl: string, routes: (db: DataSource) => BaselineRoute[]): Promise<{ url: string; close(): Promise<void> }> {
  // The same pool as Koers (size, prepared statements): the comparison is about the layers above the driver.
  const pool = new Pool({ connectionString: databaseUrl, ...poolOptions(readConfig()) });
  // pool.end() resolves before its connections have closed; a database stopped right after would end them with an
  // error event on the pool, which nothing handles any more. Closing waits for every connection to be gone.
  let connections = 0;
  pool.on('connect', () => connections++);
  pool.on('remove', () => connections--);
  const app: FastifyInstance = Fastify({ logger: false });
  for (const route of routes(poolAsDataSource(pool))) app.route(route);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      const allClosed = new Promise<void>((resolve) => {
        const check = () => connections === 0 && resolve();
        pool.on('remove', check);
        check();
      });
      await pool.end();
      await allClosed;
    },
  };
}

/**
 * The bare server in a process of its own with Koers' V8 flags, as Koers runs in its own: the load generator and the
 * bench driver then take nothing from its event loop, and neither server's garbage or compiled code is the other's.
 * `settings` are the environment Koers was started with (the database, and the data folder whose secret the calendar
 * feed's tokens use).
 */
export async function startBaselineProcess(settings: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const child = fork(path.join(__dirname, 'baseline-server.js'), [], {
    env: { ...process.env, ...settings },
    execArgv: serveNodeFlags(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code]) => Promise.reject(new Error(`The baseline exited with code ${code} before it listened`)));
  const [{ url }] = (await Promise.race([once(child, 'message'), exited])) as [{ url: string }];
  return {
    url,
    close: async () => {
      // Disconnecting tells the baseline to close its server and pool, then exit.
      const exit = once(child, 'exit');
      child.disconnect();
      await exit;
    },
  };
}
