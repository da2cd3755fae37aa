import type { DataSource } from 'typeorm';

/** The SQL TypeORM would run to bring the migrated schema in line with the entities; empty when they agree. */
export async function schemaDrift(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query),
  };
}
