import { createTestApp, type TestApp } from '../../test/test-app';
import { InvalidConfigError } from '../app/config';

describe('replicas on one database', () => {
  let first: TestApp;
  beforeAll(async () => {
    first = await createTestApp({ secret: 'the-secret-every-replica-shares-0123456789' });
  });
  afterAll(() => first.close());

  const replica = (overrides: Parameters<typeof createTestApp>[0]) => createTestApp(overrides, { databaseUrl: first.databaseUrl });
  const running = async () => (await first.db.query(`SELECT count(*)::int AS n FROM running_replica`))[0].n;

  it('starts one with the same secret and data folder beside it, and forgets it once it stops', async () => {
    const second = await replica({ secret: first.config.secret, dataDir: first.config.dataDir });
    expect(await running()).toBe(2);
    await second.close();
    expect(await running()).toBe(1);
  });

  it('refuses one with its own data folder, or another secret, saying which, while another runs', async () => {
    const ownFolder = replica({ secret: first.config.secret });
    await expect(ownFolder).rejects.toThrow(InvalidConfigError);
    await expect(ownFolder).rejects.toMatchObject({
      problems: [expect.stringMatching(/^KOERS_DATA_DIR \(.*\) is another folder than another Koers instance running on this database; .* share one folder/)],
    });
    await expect(replica({ secret: 'another-secret-for-this-one-replica-0123456789', dataDir: first.config.dataDir })).rejects.toMatchObject({
      problems: [expect.stringMatching(/^KOERS_SECRET \(or the secret file in KOERS_DATA_DIR\) is another than another Koers instance running/)],
    });
    expect(await running()).toBe(1);
  });

  it('takes a new secret or folder once the others stopped, or crashed two minutes ago', async () => {
    // A crashed instance says nothing: after two minutes without a confirmation it counts as gone.
    await first.db.query(`UPDATE running_replica SET confirmed_at = now() - interval '3 minutes'`);
    const rotated = await replica({ secret: 'a-rotated-secret-for-the-whole-installation-01' });
    await rotated.close();
    // With no other instance registered, a single one restarted with a new secret starts at once.
    await first.db.query(`DELETE FROM running_replica`);
    const restarted = await replica({ secret: 'a-restarted-single-instance-with-a-new-secret' });
    await restarted.close();
  });
});
