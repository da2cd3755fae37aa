import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { type KoersConfig, readConfig } from '../app/config';
import { dataSourceOptions } from '../database/data-source-options';
import { openEmbeddedPostgres } from '../database/embedded-postgres';
import { backup, restore } from './backup';
import { checkConfig, type CommandResult, createAdmin, migrate } from './operator-commands';
import { unfinishedPaths } from './unfinished-paths';

const USAGE = [
  'Usage: koers <command>',
  '  check-config                    validate every setting and print the effective configuration (secrets masked)',
  '  create-admin <email> "<name>"   create or promote a programme-office account and print a link to choose a password',
  '  migrate                         run pending database migrations and exit',
  '  backup <file.tar.gz>            write the database, the uploaded files and the secret into one archive',
  '  restore <file.tar.gz>           restore such an archive into a new, empty installation (Koers stopped)',
];

/** Progress on a terminal, silence in a pipe or a cron job. */
const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`  ${line}\n`);
};

const COMMANDS: Record<string, (db: DataSource, config: KoersConfig, args: string[]) => Promise<CommandResult>> = {
  'create-admin': (db, config, [email, name]) => createAdmin(db, config, email, name, !process.env.KOERS_PUBLIC_URL),
  migrate: (db) => migrate(db),
  backup: (db, config, [file]) => backup(db, config, file, progress),
  restore: (db, config, [file]) => restore(db, config, file, progress),
};

/**
 * The operator command (`npm run koers -- <command>`, `koers <command>` in the Docker image). It works on the
 * database Koers uses: DATABASE_URL, or the embedded PostgreSQL of KOERS_DATA_DIR, whether or not Koers runs on it.
 */
async function main([command, ...args]: string[]): Promise<CommandResult> {
  if (command === 'check-config') return checkConfig(process.env);
  const run = command ? COMMANDS[command] : undefined;
  if (!run) return { lines: USAGE, exitCode: 1 };
  const config = readConfig();
  embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres(path.join(config.dataDir, 'postgres'), 'koers');
  const db = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url, { ...config, dbPoolSize: 2, dbPreparedStatements: false }));
  await db.initialize();
  try {
    return await run(db, config, args);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

/** The database this command started, if any: its package stops it on a signal and then ends the process. */
let embedded: Awaited<ReturnType<typeof openEmbeddedPostgres>> | undefined;

// Stopped midway (Ctrl-C, SIGTERM), a command leaves no half-written archive nor a staging copy of everyone's data. A
// database this command started stops through its package's own handler, which then ends the process; else this does.
// What the command was doing when it was stopped fails in its own way (its folder gone): that is no news to report.
let stoppedBy: NodeJS.Signals | null = null;
process.on('exit', unfinishedPaths.removeAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stoppedBy = signal;
    unfinishedPaths.removeAll();
    process.stderr.write(`koers: stopped by ${signal}; what it was writing is removed.\n`);
    if (!embedded) process.exit(128 + os.constants.signals[signal]);
  });
}

main(process.argv.slice(2)).then(
  ({ lines, exitCode }) => {
    if (stoppedBy) return;
    (exitCode === 0 ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
    process.exit(exitCode);
  },
  (error: Error) => {
    if (stoppedBy) return;
    process.stderr.write(`koers: ${error.message}\n`);
    process.exit(1);
  },
);
