import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * What the repositories need from a DataSource, served by a plain pg Pool: the baseline then runs
 * exactly the SQL Koers runs, through the same repository code, without NestJS, guards or pipes.
 */
export function poolAsDataSource(pool: Pool): DataSource {
  return { query: (sql: string, params?: unknown[]) => pool.query(sql, params).then((result) => result.rows) } as unknown as DataSource;
}

export interface BaselineRoute {
  method: 'GET' | 'PUT' | 'POST';
  url: string;
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** A bare Fastify server on pg: the floor Koers is measured against. */
export async function startBaseline(databaseUrl: string, routes: (db: DataSource) => BaselineRoute[]): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: Number(process.env.KOERS_DB_POOL_SIZE ?? 10) });
  const app: FastifyInstance = Fastify({ logger: false });
  for (const route of routes(poolAsDataSource(pool))) app.route(route);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
