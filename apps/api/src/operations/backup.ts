import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { DataSource } from 'typeorm';
import { type KoersConfig, serverSecret } from '../app/config';
import { runMigrationsLocked } from '../database/migrate';
import { MIGRATIONS } from '../database/migrations';
import { BackupRepository } from './backup.repository';
import type { CommandResult } from './operator-commands';

/** What a backup holds, written into it as manifest.json. */
interface BackupManifest {
  format: 1;
  createdAt: string;
  /** The migrations the database had: a restore builds exactly that schema, loads the rows, then migrates on. */
  migrations: string[];
  /** Tables in an order their foreign keys accept; each is database/<table>.copy (COPY text format). */
  tables: string[];
}

type Progress = (line: string) => void;
type Config = Pick<KoersConfig, 'dataDir' | 'secret'>;

const filesDir = (config: Config) => path.join(config.dataDir, 'files');

/**
 * One archive (tar.gz) of everything an installation needs: every table as of one moment (a read-only snapshot, so
 * Koers may keep running), the uploaded files and the server secret (without it check-in codes and calendar feed
 * addresses would change).
 */
export async function backup(db: DataSource, config: Config, file: string | undefined, progress: Progress): Promise<CommandResult> {
  if (!file) return { lines: ['Usage: koers backup <file.tar.gz>'], exitCode: 1 };
  const repository = new BackupRepository(db);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'koers-backup-'));
  try {
    await mkdir(path.join(staging, 'database'));
    const snapshot = await repository.openSnapshot();
    let manifest: BackupManifest;
    try {
      const tables = await repository.tablesInDependencyOrder(snapshot);
      manifest = { format: 1, createdAt: new Date().toISOString(), migrations: await repository.appliedMigrations(snapshot), tables };
      for (const table of tables) {
        progress(`database: ${table}`);
        await repository.copyOut(snapshot, table, createWriteStream(path.join(staging, 'database', `${table}.copy`)));
      }
      await snapshot.query('COMMIT');
    } finally {
      await snapshot.release();
    }
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await writeFile(path.join(staging, 'secret'), serverSecret(config), { mode: 0o600 });
    const entries = ['manifest.json', 'secret', 'database'];
    if (existsSync(filesDir(config))) {
      await symlink(filesDir(config), path.join(staging, 'files'));
      entries.push('files');
      progress('files');
    }
    // Everyone's personal data and the server secret: readable by the owner alone, whatever the umask, also when an
    // older archive of that name is overwritten (a mode applies only to a file being created).
    await tar.c({ gzip: true, file: path.resolve(file), mode: 0o600, cwd: staging, follow: true, portable: true }, entries);
    await chmod(path.resolve(file), 0o600);
    return { lines: [`Backup written to ${path.resolve(file)}: ${manifest.tables.length} tables, the files and the secret.`], exitCode: 0 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Restores a backup into an empty installation (Koers stopped): the schema the backup was made with, its rows, then
 * the migrations that came after it, so a backup of an older release restores into this one. Files and the secret
 * go to KOERS_DATA_DIR.
 */
export async function restore(db: DataSource, config: Config, file: string | undefined, progress: Progress): Promise<CommandResult> {
  if (!file) return { lines: ['Usage: koers restore <file.tar.gz>'], exitCode: 1 };
  const repository = new BackupRepository(db);
  if (!(await repository.holdsNoData())) return refused('the database already holds data; restore only into a new, empty installation');
  if (existsSync(filesDir(config)) && (await readdir(filesDir(config))).length > 0) return refused(`${filesDir(config)} is not empty`);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'koers-restore-'));
  try {
    await tar.x({ file: path.resolve(file), cwd: staging });
    const manifest = JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8')) as BackupManifest;
    const known = MIGRATIONS.map((migration) => migration.name);
    if (manifest.format !== 1 || manifest.migrations.some((name, index) => known[index] !== name)) {
      return refused('the backup was made by a newer or different release of Koers');
    }

    await repository.dropEmptySchema();
    const atBackup = new DataSource({ ...db.options, migrations: MIGRATIONS.slice(0, manifest.migrations.length) });
    await atBackup.initialize();
    try {
      await runMigrationsLocked(atBackup);
    } finally {
      await atBackup.destroy();
    }
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      // Migrations may seed rows (the shipped school-holiday tables); the backup's own rows take their place.
      await repository.emptyTables(runner, manifest.tables);
      for (const table of manifest.tables) {
        progress(`database: ${table}`);
        await repository.copyIn(runner, table, createReadStream(path.join(staging, 'database', `${table}.copy`)));
      }
      await repository.resetSequences(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    const upgraded = await runMigrationsLocked(db);

    if (existsSync(path.join(staging, 'files'))) {
      progress('files');
      await cp(path.join(staging, 'files'), filesDir(config), { recursive: true });
    }
    const secret = (await readFile(path.join(staging, 'secret'), 'utf8')).trim();
    const lines = [`Restored ${manifest.tables.length} tables from ${path.resolve(file)} (made ${manifest.createdAt})${upgraded ? `, then ran ${upgraded} newer migrations` : ''}.`];
    if (config.secret && config.secret !== secret) {
      lines.push('KOERS_SECRET differs from the secret in the backup: set it to the backup\'s value (in its "secret" file) to keep check-in codes and calendar addresses.');
    } else if (!config.secret) {
      await mkdir(config.dataDir, { recursive: true });
      await writeFile(path.join(config.dataDir, 'secret'), secret, { mode: 0o600 });
    }
    return { lines, exitCode: 0 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const refused = (why: string): CommandResult => ({ lines: [`Not restored: ${why}.`], exitCode: 1 });
