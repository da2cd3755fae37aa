import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { readConfig } from './app/config';
import { createApp } from './app/create-app';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo/demo-seed';

async function bootstrap() {
  const config = readConfig();
  const logger = new Logger('Koers');
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

  if (config.seedDemo && (await seedDemoData(app.get<DataSource>(getDataSourceToken())))) logger.log('Demo data seeded');
  await app.listen({ port: config.port, host: config.host });
  logger.log(`Koers is running on ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`);
  if (config.seedDemo) {
    logger.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')}`);
  }
}

bootstrap().catch((error) => {
  console.error(error);
  process.exit(1);
});
