import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The covenant's review stage is REVIEW (the bloc's review, or members cross-reviewing), formerly CROSS_REVIEW: rows and their history follow. */
export class CovenantReviewStage1795294661200 implements MigrationInterface {
  name = 'CovenantReviewStage1795294661200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE "covenant" SET "status" = 'REVIEW' WHERE "status" = 'CROSS_REVIEW'`);
    await runner.query(
      `UPDATE "change_event" SET "changes" = replace("changes"::text, '"CROSS_REVIEW"', '"REVIEW"')::jsonb WHERE "entity_type" = 'Covenant' AND "changes"::text LIKE '%"CROSS_REVIEW"%'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE "covenant" SET "status" = 'CROSS_REVIEW' WHERE "status" = 'REVIEW'`);
    await runner.query(
      `UPDATE "change_event" SET "changes" = replace("changes"::text, '"REVIEW"', '"CROSS_REVIEW"')::jsonb WHERE "entity_type" = 'Covenant' AND "changes"::text LIKE '%"REVIEW"%'`,
    );
  }
}
