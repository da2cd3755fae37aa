import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { readConfig } from '../app/config';
import { dataSourceOptions } from '../database/data-source-options';
import { openEmbeddedPostgres } from '../database/embedded-postgres';
import { type CommandResult, createAdmin, migrate } from './operator-commands';

const USAGE = [
  'Usage: koers <command>',
  '  create-admin <email> "<name>"   create or promote a programme-office account and print a link to choose a password',
  '  migrate                         run pending database migrations and exit',
];

/**
 * The operator command (`npm run koers -- <command>`, `koers <command>` in the Docker image). It works on the
 * database Koers uses: DATABASE_URL, or the embedded PostgreSQL of KOERS_DATA_DIR, whether or not Koers runs on it.
 */
async function main([command, ...args]: string[]): Promise<CommandResult> {
  if (command !== 'create-admin' && command !== 'migrate') return { lines: USAGE, exitCode: 1 };
  const config = readConfig();
  const embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres(path.join(config.dataDir, 'postgres'), 'koers');
  const db = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url, { extra: { max: 2 } }));
  await db.initialize();
  try {
    return command === 'migrate' ? await migrate(db) : await createAdmin(db, config, args[0], args[1]);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  ({ lines, exitCode }) => {
    (exitCode === 0 ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
    process.exit(exitCode);
  },
  (error: Error) => {
    process.stderr.write(`koers: ${error.message}\n`);
    process.exit(1);
  },
);
