import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts SQL statements, so tests can prove an endpoint runs a fixed number of queries however much data there is. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  readonly statements: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    this.count += 1;
    this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
