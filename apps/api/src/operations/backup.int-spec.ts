import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import * as tar from 'tar';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { given } from '../../test/builders';
import { temporaryFolders } from '../../test/temporary-folders';
import { createTestApp, createTestDatabase, dropTestDatabase } from '../../test/test-app';
import { serverSecret } from '../app/config';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrationsLocked } from '../database/migrate';
import { FileStorage } from '../files/file-storage';
import { backup, restore } from './backup';

/** A database as the operator command opens it: its own small pool, no prepared statements. */
async function open(url: string): Promise<DataSource> {
  return new DataSource(dataSourceOptions(url, { dbPoolSize: 2, dbPreparedStatements: false, dbWaitSeconds: 10 })).initialize();
}

/** A session material whose bytes are `content`, as an upload leaves it: a row naming its storage key, the file under it. */
async function material(db: DataSource, dataDir: string, sessionId: string, content: string): Promise<string> {
  const storageKey = randomUUID();
  await mkdir(path.join(dataDir, 'files'), { recursive: true });
  await writeFile(path.join(dataDir, 'files', storageKey), content);
  await db.query(
    `INSERT INTO session_material (session_id, file_name, content_type, size_bytes, storage_key) VALUES ($1, 'plan.pdf', 'application/pdf', $2, $3)`,
    [sessionId, Buffer.byteLength(content), storageKey],
  );
  return storageKey;
}

const counts = async (db: DataSource) =>
  db.query(`SELECT 'person' AS t, count(*)::int AS n FROM person UNION ALL SELECT 'edition', count(*)::int FROM edition
            UNION ALL SELECT 'enrolment', count(*)::int FROM enrolment UNION ALL SELECT 'attendance', count(*)::int FROM attendance ORDER BY 1`);

describe('backup and restore', () => {
  const opened: DataSource[] = [];
  const urls: string[] = [];
  const folder = temporaryFolders();
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.isInitialized && db.destroy()));
    await Promise.all(urls.map(dropTestDatabase));
  });
  const database = async (template?: 'template0') => {
    const url = await createTestDatabase(template);
    urls.push(url);
    const db = await open(url);
    opened.push(db);
    return db;
  };

  it('takes the database, the files and the secret, and restores them into an empty installation that reads the same', async () => {
    const source = await database();
    const g = given(source);
    const edition = await g.edition();
    const people = await Promise.all([g.person({ name: 'Şükrü Yılmaz' }), g.person({ name: 'Łukasz Wałęsa' })]);
    const session = await g.session(edition.id, { startsAt: new Date() });
    for (const person of people) {
      await g.enrolment(edition.id, person.id, 'participant');
      await g.attendance(session.id, person.id);
    }
    const dataDir = await folder('koers-backup-source-');
    const plan = await material(source, dataDir, session.id, '%PDF-1.7 plan');
    // A file no row names (an upload left behind) is not taken along.
    await writeFile(path.join(dataDir, 'files', randomUUID()), 'orphan');
    // One whose row was deleted after the snapshot is still in the trash, and the backup finds it there: here the
    // row still stands (as in a snapshot taken before its deletion) and the file has gone to the trash already.
    const removed = await material(source, dataDir, session.id, '%PDF-1.7 removed');
    await new FileStorage({ dataDir }).remove([removed]);
    const secret = serverSecret({ dataDir, secret: undefined });
    const archive = path.join(dataDir, 'koers.tar.gz');
    expect((await backup(source, { dataDir, secret: undefined }, archive, () => undefined)).exitCode).toBe(0);
    // Everyone's data and the secret: the archive is its owner's alone.
    expect((await stat(archive)).mode & 0o777).toBe(0o600);

    // A new installation: an empty database (as a Koers that started once leaves it: migrated, no data) and data folder.
    const target = await database('template0');
    await runMigrationsLocked(target);
    const targetDir = await folder('koers-backup-target-');
    const restored = await restore(target, { dataDir: targetDir, secret: undefined }, archive, () => undefined);
    expect(restored.exitCode).toBe(0);
    expect(await counts(target)).toEqual(await counts(source));
    expect(await target.query(`SELECT name FROM person WHERE id = ANY($1) ORDER BY name`, [people.map((p) => p.id)])).toEqual([
      { name: 'Łukasz Wałęsa' },
      { name: 'Şükrü Yılmaz' },
    ]);
    expect(await readFile(path.join(targetDir, 'files', plan), 'utf8')).toBe('%PDF-1.7 plan');
    expect(await readFile(path.join(targetDir, 'files', removed), 'utf8')).toBe('%PDF-1.7 removed');
    expect((await readdir(path.join(targetDir, 'files'))).sort()).toEqual([plan, removed].sort());
    expect(await readFile(path.join(targetDir, 'secret'), 'utf8')).toBe(secret);
    // New rows still get ids after the restored ones.
    await given(target).attendance((await given(target).session(edition.id, { startsAt: new Date() })).id, people[0].id);

    // Never over data: a second restore into the same installation is refused and changes nothing.
    const again = await restore(target, { dataDir: targetDir, secret: undefined }, archive, () => undefined);
    expect(again).toEqual({ lines: [expect.stringContaining('already holds data')], exitCode: 1 });
    // Written whole and then named: nothing half-written stays beside it.
    expect((await readdir(dataDir)).filter((name) => name.startsWith('koers.tar.gz'))).toEqual(['koers.tar.gz']);
  });

  it('refuses an archive cut off, lacking its secret or made with another secret before it writes anything, so the restore can be run again', async () => {
    const source = await database();
    await given(source).person({ name: 'Anouk de Jong' });
    const dataDir = await folder('koers-backup-source-');
    const plan = await material(source, dataDir, (await given(source).session((await given(source).edition()).id)).id, '%PDF-1.7 plan');
    const archive = path.join(dataDir, 'koers.tar.gz');
    // Into a folder that is not there (a cron line's first try), said in the operator's terms, not the staging file's.
    const nowhere = path.join(dataDir, 'backups', 'koers.tar.gz');
    expect(await backup(source, { dataDir, secret: 'the-secret-of-the-source-installation' }, nowhere, () => undefined)).toEqual({
      lines: [`The folder ${path.dirname(nowhere)} does not exist; create it first (mkdir -p ${path.dirname(nowhere)}) or name another.`],
      exitCode: 1,
    });
    expect((await backup(source, { dataDir, secret: 'the-secret-of-the-source-installation' }, archive, () => undefined)).exitCode).toBe(0);
    const whole = await readFile(archive);

    const target = await database('template0');
    await runMigrationsLocked(target);
    const targetDir = await folder('koers-backup-target-');
    const restoreFrom = async (file: string, secret?: string) => restore(target, { dataDir: targetDir, secret }, file, () => undefined);
    const untouched = async () => {
      expect(await target.query(`SELECT count(*)::int AS n FROM person`)).toEqual([{ n: 0 }]);
      expect(await readdir(targetDir)).toEqual([]);
    };

    const cutOff = path.join(dataDir, 'cut-off.tar.gz');
    await writeFile(cutOff, whole.subarray(0, whole.length - 100));
    expect(await restoreFrom(cutOff)).toEqual({ lines: [expect.stringMatching(/is damaged or incomplete/)], exitCode: 1 });
    await untouched();

    const unpacked = await folder('koers-backup-unpacked-');
    await tar.x({ file: archive, cwd: unpacked });
    const withoutSecret = path.join(dataDir, 'without-secret.tar.gz');
    await tar.c({ gzip: true, file: withoutSecret, cwd: unpacked }, ['manifest.json', 'database', 'files']);
    expect(await restoreFrom(withoutSecret)).toEqual({ lines: ['Not restored: ' + withoutSecret + ' is no complete Koers backup: it lacks its secret.'], exitCode: 1 });
    await untouched();

    // A person's name changed in its table file and the archive packed again: noticed by its checksum.
    const altered = await folder('koers-backup-altered-');
    await tar.x({ file: archive, cwd: altered });
    const people = path.join(altered, 'database', 'person.copy');
    await writeFile(people, (await readFile(people, 'utf8')).replace('Anouk de Jong', 'Anouk de Vries'));
    const alteredArchive = path.join(dataDir, 'altered.tar.gz');
    await tar.c({ gzip: true, file: alteredArchive, cwd: altered }, ['manifest.json', 'secret', 'database', 'files']);
    expect(await restoreFrom(alteredArchive)).toEqual({
      lines: [`Not restored: ${alteredArchive} was damaged or changed since it was made: database/person.copy differs from its checksum.`],
      exitCode: 1,
    });
    await untouched();

    const otherSecret = await restoreFrom(archive, 'a-new-secret-made-on-the-new-host');
    expect(otherSecret).toEqual({ lines: [expect.stringContaining('KOERS_SECRET differs from the secret in the backup')], exitCode: 1 });
    await untouched();

    // Not under a Koers that serves on the database: it would go on with its own secret.
    const serving = await createTestApp({}, { databaseUrl: urls[urls.length - 1] });
    try {
      expect(await restoreFrom(archive, 'the-secret-of-the-source-installation')).toEqual({ lines: [expect.stringContaining('a Koers is running on this database')], exitCode: 1 });
    } finally {
      await serving.close();
    }
    await untouched();

    // After all that, the installation takes the restore: the rows, the file and the secret.
    expect((await restoreFrom(archive, 'the-secret-of-the-source-installation')).exitCode).toBe(0);
    expect(await target.query(`SELECT name FROM person`)).toEqual([{ name: 'Anouk de Jong' }]);
    expect(await readFile(path.join(targetDir, 'files', plan), 'utf8')).toBe('%PDF-1.7 plan');
  });
});
