import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/** Counts the SQL statements run on behalf of one request (see `extensions.sqlStatements`). */
export interface QueryStats {
  statements: number;
}

export const queryStatsStorage = new AsyncLocalStorage<QueryStats>();

export class CountingLogger implements Logger {
  constructor(private readonly logErrors: boolean) {}
  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    const stats = queryStatsStorage.getStore();
    if (stats) stats.statements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.logErrors) console.error('SQL error:', error instanceof Error ? error.message : error, '\n', query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
