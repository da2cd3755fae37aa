import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { type KoersConfig, readConfig } from '../src/app/config';
import { createApp } from '../src/app/create-app';
import { QueryCounter } from '../src/database/query-counter';
import { HttpClient } from './http-client';

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  queries: QueryCounter;
  config: KoersConfig & { databaseUrl: string };
  databaseUrl: string;
  /**
   * Every route the application registered, when booted with `collectRoutes`: method, URL pattern, and whether it is
   * hidden from the API documentation, as @fastify/static marks the files it serves.
   */
  routes: { method: string; url: string; hidden: boolean }[];
  /** A client without a session, optionally from a given IP address. */
  anonymous(remoteAddress?: string): HttpClient;
  /** A client logged in as this person (password via builders' default). */
  loginAs(email: string, password?: string): Promise<HttpClient>;
  close(): Promise<void>;
}

/**
 * Creates a fresh database cloned from the migrated template and boots the real application on it. With `databaseUrl`
 * it boots another instance on that database instead (a second replica, or the app after a restart); the database
 * then stays when this instance closes: it belongs to whoever created it.
 * The notification worker does not tick unless `workerIntervalSeconds` is given; tests drive it with `runOnce()`.
 * With `collectRoutes` it records every route as Fastify registers it, read from the application rather than a list.
 */
export async function createTestApp(
  overrides: Partial<KoersConfig> = {},
  options: { databaseUrl?: string; collectRoutes?: boolean } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-data-'));
  const config = {
    ...readConfig({}),
    dataDir,
    seedDemo: false,
    logLevel: 'error' as const,
    webDir: path.join(dataDir, 'no-web-app'),
    workerIntervalSeconds: 0,
    ...overrides,
    databaseUrl,
  };
  const queries = new QueryCounter();
  const app = await createApp(config, { queryCounter: queries });
  const routes: TestApp['routes'] = [];
  // Nest adds its controllers' routes during init(), so a hook added now sees every one of them.
  if (options.collectRoutes) {
    app.getHttpAdapter().getInstance().addHook('onRoute', ({ method, url, schema }) => {
      const hidden = (schema as { hide?: boolean } | undefined)?.hide === true;
      for (const one of [method].flat()) routes.push({ method: one, url, hidden });
    });
  }
  try {
    await app.init();
  } catch (error) {
    // Refused at start (a replica with another secret or folder): nothing of it stays open.
    await app.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get<DataSource>(getDataSourceToken());
  const testApp: TestApp = {
    app,
    db,
    queries,
    config,
    databaseUrl,
    routes,
    anonymous: (remoteAddress) => new HttpClient(app, remoteAddress),
    loginAs: async (email, password = TEST_PASSWORD) => {
      const client = new HttpClient(app);
      await client.login(email, password);
      return client;
    },
    close: async () => {
      await app.close();
      if (!options.databaseUrl) await dropTestDatabase(databaseUrl);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

export const TEST_PASSWORD = 'correct-horse-battery';

async function adminClient() {
  const client = new Client({ connectionString: templateUrl().replace(/\/[^/]+$/, '/postgres') });
  await client.connect();
  return client;
}

function templateUrl(): string {
  const url = process.env.KOERS_TEST_TEMPLATE_URL;
  if (!url) throw new Error('KOERS_TEST_TEMPLATE_URL is unset: integration specs run through the api-int jest project');
  return url;
}

/** A new database cloned from the migrated template, or from `template0` for a truly empty one. */
export async function createTestDatabase(template: 'koers_template' | 'template0' = 'koers_template'): Promise<string> {
  const name = `koers_test_${randomBytes(6).toString('hex')}`;
  const client = await adminClient();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    // PostgreSQL writes an instant inside JSON it builds in the session's time zone: in UTC, whatever the machine's
    // zone, an instant that skipped jsonInstant reads `+00:00`, which the check of every answer (http-client) finds.
    await client.query(`ALTER DATABASE ${name} SET timezone TO 'UTC'`);
  } finally {
    await client.end();
  }
  return templateUrl().replace(/\/[^/]+$/, `/${name}`);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = url.slice(url.lastIndexOf('/') + 1);
  const client = await adminClient();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
