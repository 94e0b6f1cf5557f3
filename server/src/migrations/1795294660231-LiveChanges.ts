import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live collaboration: each event records the version its record reached (so an update based on
 * an older version can find what changed since), and readers of `changes(since:)` page by seq.
 */
export class LiveChanges1795294660231 implements MigrationInterface {
  name = 'LiveChanges1795294660231';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE change_event ADD COLUMN entity_version integer`);
    await runner.query(`CREATE INDEX ix_change_event__entity_version ON change_event (entity_id, entity_version)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_change_event__entity_version`);
    await runner.query(`ALTER TABLE change_event DROP COLUMN entity_version`);
  }
}
