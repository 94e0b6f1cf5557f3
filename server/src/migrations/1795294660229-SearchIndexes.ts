import type { MigrationInterface, QueryRunner } from 'typeorm';

const searchable = ['unit', 'person', 'household', 'decision', 'bloc', 'movement', 'commendation', 'award_type'];

/** Trigram indexes so that `search:` (LIKE '%word%' on folded text) stays fast on large tables. */
export class SearchIndexes1795294660229 implements MigrationInterface {
  name = 'SearchIndexes1795294660229';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const table of searchable) {
      await runner.query(`CREATE INDEX "ix_${table}_search" ON "${table}" USING gin ("search_text" gin_trgm_ops)`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of searchable) await runner.query(`DROP INDEX "ix_${table}_search"`);
  }
}
