import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';
import { schemaDrift } from './schema-drift';

/**
 * Writes a frozen migration for whatever the entities changed since the last migration:
 * `npm run migration:generate -w @koers/api -- AddSomething`. Runs against a throwaway embedded PostgreSQL.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: migration:generate <PascalCaseName>');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-migrate-'));
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), { database: 'koers', persistent: false });
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { up, down } = await schemaDrift(dataSource);
    if (up.length === 0) {
      console.warn('Entities and migrations agree; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const indent = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${indent(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${indent(down.reverse())}
  }
}
`;
    const file = path.join(__dirname, '../../src/database/migrations', `${timestamp}-${name}.ts`);
    await writeFile(file, source);
    console.warn(`Wrote ${file}; register it in src/database/migrations.ts (oldest first).`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
