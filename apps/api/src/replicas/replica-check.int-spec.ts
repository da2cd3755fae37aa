import { createTestApp, type TestApp } from '../../test/test-app';
import { InvalidConfigError } from '../app/config';

describe('replicas on one database', () => {
  let first: TestApp;
  beforeAll(async () => {
    first = await createTestApp({ secret: 'the-secret-every-replica-shares-0123456789' });
  });
  afterAll(() => first.close());

  const replica = (overrides: Parameters<typeof createTestApp>[0]) => createTestApp(overrides, { databaseUrl: first.databaseUrl });

  it('starts one with the same secret and data folder beside it', async () => {
    const second = await replica({ secret: first.config.secret, dataDir: first.config.dataDir });
    await second.close();
  });

  it('refuses one with its own data folder, or another secret, saying which, while another runs', async () => {
    const ownFolder = replica({ secret: first.config.secret });
    await expect(ownFolder).rejects.toThrow(InvalidConfigError);
    await expect(ownFolder).rejects.toMatchObject({ problems: [expect.stringMatching(/^KOERS_DATA_DIR \(.*\) is another folder than the Koers replicas running on this database; .* share one folder/)] });
    await expect(replica({ secret: 'another-secret-for-this-one-replica-0123456789', dataDir: first.config.dataDir })).rejects.toMatchObject({
      problems: [expect.stringMatching(/^KOERS_SECRET \(or the secret file in KOERS_DATA_DIR\) is another than the Koers replicas running/)],
    });
  });

  it('takes a new secret or folder once no replica has confirmed the old one for two minutes (all were stopped)', async () => {
    await first.db.query(`UPDATE replica_check SET confirmed_at = now() - interval '3 minutes'`);
    const moved = await replica({ secret: 'a-rotated-secret-for-the-whole-installation-01' });
    await moved.close();
  });
});
