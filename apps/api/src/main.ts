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
import { Draining } from './health/draining';
import { AdminAccountsRepository } from './operations/admin-accounts.repository';

/** What stops Koers: docker stop and orchestrators send SIGTERM, Ctrl-C sends SIGINT, a closed terminal SIGHUP. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

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
  const draining = app.get(Draining);
  // The embedded database's package stops PostgreSQL and exits on these signals the moment they come, under requests
  // still being answered; Koers stops it itself, once its server has closed.
  for (const signal of STOP_SIGNALS) process.removeAllListeners(signal);
  let endDrain: (() => void) | undefined;
  let closing = false;
  const stopDatabaseAndExit = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  const stop = async (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} received again while requests were still being answered: stopping without them`);
      return stopDatabaseAndExit(1);
    }
    if (endDrain) {
      logger.log(`${signal} received again, closing now`);
      return endDrain();
    }
    // Still answering every request, but not ready: a load balancer sends new traffic elsewhere meanwhile.
    draining.begin();
    logger.log(`${signal} received: not ready for new traffic, closing in ${config.shutdownDrainSeconds} s (${signal} again closes sooner)`);
    await new Promise<void>((resolve) => {
      endDrain = resolve;
      setTimeout(resolve, config.shutdownDrainSeconds * 1000);
    });
    closing = true;
    // Requests in flight are answered before the server closes, and the database stops after it, also when closing fails.
    let code = 0;
    try {
      await app.close();
    } catch (error) {
      logger.error({ msg: 'Closing failed', error: String(error) });
      code = 1;
    }
    await stopDatabaseAndExit(code);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => void stop(signal));

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
