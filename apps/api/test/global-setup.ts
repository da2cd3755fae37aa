import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

export const TEMPLATE_DATABASE = 'koers_template';

/**
 * One embedded PostgreSQL for the whole run. It holds a migrated template database;
 * every test file clones it into a database of its own (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-test-'));
  const server = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: TEMPLATE_DATABASE, persistent: false });
  const template = new DataSource(dataSourceOptions(server.url));
  await template.initialize();
  await template.runMigrations();
  await template.destroy();
  process.env.KOERS_TEST_TEMPLATE_URL = server.url;
  Object.assign(globalThis, { koersTestServer: server, koersTestDir: dir });
}
