import { dataSourceOptions, SERVING_APPLICATION_NAME } from './data-source-options';

const pool = { dbPoolSize: 4, dbPreparedStatements: false, dbWaitSeconds: 5 };

describe('the database options', () => {
  it('name a serving instance koers and keep its idle connections, so koers restore sees it; tools are koers-tool', () => {
    const serving = dataSourceOptions('postgres://koers@db/koers', pool, { serving: true }) as { applicationName: string; extra: Record<string, unknown> };
    expect(serving.applicationName).toBe(SERVING_APPLICATION_NAME);
    expect(serving.extra).toMatchObject({ max: 4, idleTimeoutMillis: 0 });
    const tool = dataSourceOptions('postgres://koers@db/koers', pool) as { applicationName: string; extra: Record<string, unknown> };
    expect(tool.applicationName).toBe('koers-tool');
    expect(tool.extra).not.toHaveProperty('idleTimeoutMillis');
  });
});
