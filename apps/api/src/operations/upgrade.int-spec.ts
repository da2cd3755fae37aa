import path from 'node:path';
import { DataSource } from 'typeorm';
import { temporaryFolders } from '../../test/temporary-folders';
import { createTestApp, createTestDatabase, dropTestDatabase, type TestApp } from '../../test/test-app';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migrations';
import { DEMO_PASSWORD } from '../demo/demo-seed';
import { restore } from './backup';

/**
 * An installation of the previous release upgrades: its backup (kept as a fixture: release 0.1.0's schema with its
 * demo data, made with `koers backup`) restores into this release, which migrates it and serves it as before.
 */
describe('upgrading from the previous release', () => {
  let url: string;
  let t: TestApp | undefined;
  const folder = temporaryFolders();
  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(url);
  });

  it('restores a backup of release 0.1.0, migrates it to this release, and the programme office works on it', async () => {
    url = await createTestDatabase('template0');
    const db = await new DataSource(dataSourceOptions(url, { dbPoolSize: 2, dbPreparedStatements: false, dbWaitSeconds: 10 })).initialize();
    const dataDir = await folder('koers-upgrade-');
    try {
      const fixture = path.join(__dirname, '../../test/fixtures/release-0.1.0-demo.tar.gz');
      const result = await restore(db, { dataDir, secret: undefined }, fixture, () => undefined);
      expect(result).toEqual({ lines: [expect.stringMatching(/^Restored \d+ tables .*then ran \d+ newer migrations\.$/)], exitCode: 0 });
      expect((await db.query(`SELECT name FROM migrations ORDER BY id`)).map((row: { name: string }) => row.name)).toEqual(MIGRATIONS.map((m) => m.name));
    } finally {
      await db.destroy();
    }

    t = await createTestApp({ dataDir }, { databaseUrl: url });
    const admin = t.anonymous();
    const login = await admin.post('/api/auth/login', { email: 'admin@koers.demo', password: DEMO_PASSWORD });
    expect([login.status, login.body.isAdmin]).toEqual([200, true]);
    await admin.refreshCsrf();
    const editions = await admin.get('/api/editions');
    expect(editions.body.map((edition: { name: string }) => edition.name)).toEqual(expect.arrayContaining(['HIS-I 1.0', 'HIS-I 2.0']));
    const participant = await t.loginAs('deelnemer@koers.demo', DEMO_PASSWORD);
    expect((await participant.get('/api/me/schedule')).body.length).toBeGreaterThan(0);
  });
});
