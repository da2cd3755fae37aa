import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { configWarnings, InvalidConfigError, readConfig } from './app/config';
import { createApp } from './app/create-app';
import { koersLogger } from './app/koers-logger';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo/demo-seed';
import { AdminAccountsRepository } from './operations/admin-accounts.repository';

async function bootstrap() {
  const config = readConfig();
  // JSON from the first line on, also for what is logged before the application exists.
  Logger.overrideLogger(koersLogger(config));
  const logger = new Logger('Koers');
  for (const warning of configWarnings()) logger.warn(warning);
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), { database: 'koers' });
  if (embedded) logger.log(`Embedded PostgreSQL started with its data in ${path.join(config.dataDir, 'postgres')}`);

  const app = await createApp({ ...config, databaseUrl: config.databaseUrl ?? embedded!.url });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, stopping`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const db = app.get<DataSource>(getDataSourceToken());
  if (config.seedDemo && (await seedDemoData(db))) logger.log('Demo data seeded');
  await app.listen({ port: config.port, host: config.host });
  logger.log(`Koers is running on ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`);
  if (config.seedDemo) {
    logger.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')}`);
  } else if (!(await new AdminAccountsRepository(db).anyAdmin())) {
    logger.warn('No programme-office account yet: create the first one with `npm run koers -- create-admin <email> "<name>"`.');
  }
}

bootstrap().catch((error) => {
  if (error instanceof InvalidConfigError) {
    // A JSON line like every other log line, naming each problem.
    const line = { level: 'error', time: new Date().toISOString(), pid: process.pid, message: 'Koers cannot start: invalid configuration', problems: error.problems };
    process.stderr.write(`${JSON.stringify(line)}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
