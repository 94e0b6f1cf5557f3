import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reason a user gave for a change (a workflow transition's "why"), carried by its event in the
 * append-only log: set once when the event is inserted, like every other column of it.
 */
export class ChangeReason1795294660240 implements MigrationInterface {
  name = 'ChangeReason1795294660240';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "change_event" ADD "reason" text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "change_event" DROP COLUMN "reason"`);
  }
}
