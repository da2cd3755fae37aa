import { createHash } from 'node:crypto';
import { constants, createReadStream, createWriteStream, existsSync } from 'node:fs';
import { access, chmod, cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { DataSource } from 'typeorm';
import { type KoersConfig, serverSecret } from '../app/config';
import { runMigrationsLocked } from '../database/migrate';
import { MIGRATIONS } from '../database/migrations';
import { FileStorage } from '../files/file-storage';
import { BackupRepository } from './backup.repository';
import type { CommandResult } from './operator-commands';
import { unfinishedPaths } from './unfinished-paths';

/** What a backup holds, written into it as manifest.json. */
interface BackupManifest {
  format: 1;
  createdAt: string;
  /** The migrations the database had: a restore builds exactly that schema, loads the rows, then migrates on. */
  migrations: string[];
  /** Tables in an order their foreign keys accept; each is database/<table>.copy (COPY text format). */
  tables: string[];
  /**
   * The SHA-256 of each table's file and of the secret, by their path in the archive, so a restore notices an archive
   * damaged since, or changed by hand without its manifest (not one changed on purpose along with it: they travel
   * together). Absent in archives of releases before it was kept.
   */
  checksums?: Record<string, string>;
}

type Progress = (line: string) => void;
type Config = Pick<KoersConfig, 'dataDir' | 'secret'>;

const filesDir = (config: Config) => path.join(config.dataDir, 'files');

/** Why the archive cannot be written in `folder`, in the operator's terms (not the staging file's), or null. */
async function unwritableFolder(folder: string): Promise<string | null> {
  try {
    if (!(await stat(folder)).isDirectory()) return `${folder} is not a folder; name the archive inside one.`;
    await access(folder, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `The folder ${folder} does not exist; create it first (mkdir -p ${folder}) or name another.`;
    if (code === 'EACCES' || code === 'EPERM') return `This user cannot write in ${folder}; choose a folder it can write in.`;
    if (code === 'EROFS') return `${folder} is on a read-only file system; choose a folder that can be written.`;
    throw error;
  }
}

/**
 * One archive (tar.gz) of everything an installation needs: every table as of one moment (a read-only snapshot, so
 * Koers may keep running), the uploaded files those rows name and the server secret (without it check-in codes and
 * calendar feed addresses would change).
 */
export async function backup(db: DataSource, config: Config, file: string | undefined, progress: Progress): Promise<CommandResult> {
  if (!file) return { lines: ['Usage: koers backup <file.tar.gz>'], exitCode: 1 };
  const repository = new BackupRepository(db);
  const archive = path.resolve(file);
  const unwritable = await unwritableFolder(path.dirname(archive));
  if (unwritable) return { lines: [unwritable], exitCode: 1 };
  // Written beside its place and renamed when whole, so an archive stopped midway never takes the name of a good one.
  const partial = `${archive}.partial-${process.pid}`;
  const staging = await stagingFolder('koers-backup-');
  const files = new FileStorage(config);
  const linked = files.backupFolder();
  unfinishedPaths.add(partial);
  unfinishedPaths.add(linked);
  try {
    await mkdir(path.join(staging, 'database'), { mode: 0o700 });
    const snapshot = await repository.openSnapshot();
    let manifest: BackupManifest;
    let storageKeys: string[];
    try {
      const tables = await repository.tablesInDependencyOrder(snapshot);
      manifest = { format: 1, createdAt: new Date().toISOString(), migrations: await repository.appliedMigrations(snapshot), tables };
      for (const table of tables) {
        progress(`database: ${table}`);
        await repository.copyOut(snapshot, table, createWriteStream(path.join(staging, tableFile(table)), { mode: 0o600 }));
      }
      storageKeys = await repository.storageKeys(snapshot);
      await snapshot.query('COMMIT');
    } finally {
      await snapshot.release();
    }
    // Exactly the files the rows name, as they were: one removed since the snapshot is still in the trash.
    progress('files');
    const missing = await files.linkForBackup(storageKeys, linked);
    await symlink(linked, path.join(staging, 'files'));
    await writeFile(path.join(staging, 'secret'), serverSecret(config), { mode: 0o600 });
    manifest.checksums = await checksumsOf(staging, ['secret', ...manifest.tables.map(tableFile)]);
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    // Everyone's personal data and the server secret: readable by the owner alone, whatever the umask.
    await tar.c({ gzip: true, file: partial, mode: 0o600, cwd: staging, follow: true, portable: true }, ['manifest.json', 'secret', 'database', 'files']);
    await chmod(partial, 0o600);
    await rename(partial, archive);
    const lines = [`Backup written to ${archive}: ${manifest.tables.length} tables, ${storageKeys.length - missing.length} files and the secret.`];
    if (missing.length > 0) lines.push(`${missing.length} files the rows name were missing already (lost outside Koers): ${missing.join(', ')}`);
    return { lines, exitCode: 0 };
  } finally {
    await removeUnfinished(partial, staging, linked);
  }
}

/**
 * Restores a backup into an empty installation (Koers stopped): the schema the backup was made with, its rows, then
 * the migrations that came after it, so a backup of an older release restores into this one. Files and the secret
 * go to KOERS_DATA_DIR. An archive that is cut off, damaged or lacks a part is refused before anything is written.
 */
export async function restore(db: DataSource, config: Config, file: string | undefined, progress: Progress): Promise<CommandResult> {
  if (!file) return { lines: ['Usage: koers restore <file.tar.gz>'], exitCode: 1 };
  const repository = new BackupRepository(db);
  // A Koers serving on it would go on with the secret it read at its start, and with rows changed under it.
  if ((await repository.servingConnections()) > 0) return refused('a Koers is running on this database; stop it first, and start it again after the restore');
  if (!(await repository.holdsNoData())) return refused('the database already holds data; restore only into a new, empty installation');
  if (existsSync(filesDir(config)) && (await readdir(filesDir(config))).length > 0) return refused(`${filesDir(config)} is not empty`);
  const staging = await stagingFolder('koers-restore-');
  try {
    const archive = await unpack(path.resolve(file), staging);
    if (typeof archive === 'string') return refused(archive);
    const { manifest, secret } = archive;
    const known = MIGRATIONS.map((migration) => migration.name);
    if (manifest.format !== 1 || manifest.migrations.some((name, index) => known[index] !== name)) {
      return refused('the backup was made by a newer or different release of Koers');
    }
    if (config.secret && config.secret !== secret) {
      return refused(
        'KOERS_SECRET differs from the secret in the backup, so check-in codes, calendar addresses and webhook signatures would change. ' +
          `Set KOERS_SECRET to the backup's own (tar -xzOf ${file} secret), or leave it unset to keep the backup's in KOERS_DATA_DIR`,
      );
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
    const placed: string[] = [];
    try {
      // Migrations may seed rows (the shipped school-holiday tables); the backup's own rows take their place.
      await repository.emptyTables(runner, manifest.tables);
      for (const table of manifest.tables) {
        progress(`database: ${table}`);
        await repository.copyIn(runner, table, createReadStream(path.join(staging, tableFile(table))));
      }
      await repository.resetSequences(runner);
      // The files and the secret are in place before the rows commit: a restore stopped at any moment has either
      // restored everything or left a database that takes the restore again, never rows without their files or secret.
      // Stopped before the commit (Ctrl-C), they go again with the rows, so the restore can be run again.
      const place = (placedPath: string) => {
        placed.push(placedPath);
        unfinishedPaths.add(placedPath);
      };
      if (existsSync(path.join(staging, 'files'))) {
        progress('files');
        place(filesDir(config));
        await cp(path.join(staging, 'files'), filesDir(config), { recursive: true });
      }
      if (!config.secret) {
        await mkdir(config.dataDir, { recursive: true });
        place(path.join(config.dataDir, 'secret'));
        await writeFile(path.join(config.dataDir, 'secret'), secret, { mode: 0o600 });
      }
      await runner.commitTransaction();
      for (const placedPath of placed) unfinishedPaths.done(placedPath);
    } catch (error) {
      await runner.rollbackTransaction();
      await removeUnfinished(...placed);
      throw error;
    } finally {
      await runner.release();
    }
    const upgraded = await runMigrationsLocked(db);
    return {
      lines: [`Restored ${manifest.tables.length} tables from ${path.resolve(file)} (made ${manifest.createdAt})${upgraded ? `, then ran ${upgraded} newer migrations` : ''}.`],
      exitCode: 0,
    };
  } finally {
    await removeUnfinished(staging);
  }
}

/**
 * The archive unpacked into `staging` and checked whole before anything is restored: its manifest, a file for every
 * table it names and its secret; a sentence saying what is wrong with it otherwise (cut off, damaged, not Koers').
 */
async function unpack(archive: string, staging: string): Promise<{ manifest: BackupManifest; secret: string } | string> {
  try {
    await tar.x({ file: archive, cwd: staging, strict: true });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(archive);
    return missing ? `${archive} does not exist` : `${archive} is damaged or incomplete (${(error as Error).message}); take another backup`;
  }
  const read = (name: string) => readFile(path.join(staging, name), 'utf8').catch(() => null);
  const [manifestText, secret] = [await read('manifest.json'), (await read('secret'))?.trim()];
  if (!manifestText || !secret) return `${archive} is no complete Koers backup: it lacks its ${manifestText ? 'secret' : 'manifest.json'}`;
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(manifestText) as BackupManifest;
  } catch {
    return `${archive} is no complete Koers backup: its manifest.json cannot be read`;
  }
  const absent = manifest.tables.filter((table) => !existsSync(path.join(staging, tableFile(table))));
  if (absent.length > 0) return `${archive} is no complete Koers backup: it lacks the rows of ${absent.join(', ')}`;
  const expected = Object.entries(manifest.checksums ?? {});
  const found = await checksumsOf(staging, expected.map(([name]) => name));
  const altered = expected.filter(([name, checksum]) => found[name] !== checksum).map(([name]) => name);
  if (altered.length > 0) return `${archive} was damaged or changed since it was made: ${altered.join(', ')} ${altered.length === 1 ? 'differs' : 'differ'} from its checksum`;
  return { manifest, secret };
}

const tableFile = (table: string) => path.join('database', `${table}.copy`);

/** The SHA-256 of each of these files in `folder`, by their path; a file that is not there has none. */
async function checksumsOf(folder: string, names: readonly string[]): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  for (const name of names) {
    const hash = createHash('sha256');
    try {
      for await (const chunk of createReadStream(path.join(folder, name))) hash.update(chunk as Buffer);
    } catch {
      continue;
    }
    checksums[name] = hash.digest('hex');
  }
  return checksums;
}

/** A folder in the system's temporary folder for the command's own copy of everyone's data, its owner's alone. */
async function stagingFolder(prefix: string): Promise<string> {
  const staging = await mkdtemp(path.join(os.tmpdir(), prefix));
  unfinishedPaths.add(staging);
  return staging;
}

async function removeUnfinished(...paths: string[]): Promise<void> {
  // A tar stream that failed may still be closing a file in the folder for a moment.
  await Promise.all(paths.map((unfinished) => rm(unfinished, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })));
  for (const unfinished of paths) unfinishedPaths.done(unfinished);
}

const refused = (why: string): CommandResult => ({ lines: [`Not restored: ${why}.`], exitCode: 1 });
