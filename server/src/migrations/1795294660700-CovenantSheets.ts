import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-unit assessment sheets (covenant_sheet: stage, reviewer unit, who and when) and the scoring
 * deadlines per stage on the covenant's scoring settings.
 */
export class CovenantSheets1795294660700 implements MigrationInterface {
  name = 'CovenantSheets1795294660700';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "covenant_sheet" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "bloc_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "reviewer_unit_id" uuid, "submitted_by" character varying(300), "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "reviewed_by" character varying(300), "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, "finalized_by" character varying(300), "finalized_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "uq_covenant_sheet__unit_id" UNIQUE ("covenant_id", "unit_id"), CONSTRAINT "PK_59e589b5d6d430b745a754e0165" PRIMARY KEY ("id"))`,
    );
    await runner.query(`CREATE INDEX "IDX_4575799d0b66285d389e17ce22" ON "covenant_sheet"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_4419c0345631dca4d8c7d82fd6" ON "covenant_sheet"  ("reviewer_unit_id") `);
    await runner.query(`ALTER TABLE "covenant_scoring_settings" ADD "self_assessment_due_on" date`);
    await runner.query(`ALTER TABLE "covenant_scoring_settings" ADD "review_due_on" date`);
    await runner.query(
      `ALTER TABLE "covenant_sheet" ADD CONSTRAINT "FK_bf4c8bf6a3ab5224c4ff35fd6ca" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await runner.query(
      `ALTER TABLE "covenant_sheet" ADD CONSTRAINT "FK_4575799d0b66285d389e17ce221" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await runner.query(
      `ALTER TABLE "covenant_sheet" ADD CONSTRAINT "FK_4419c0345631dca4d8c7d82fd6e" FOREIGN KEY ("reviewer_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "covenant_sheet" DROP CONSTRAINT "FK_4419c0345631dca4d8c7d82fd6e"`);
    await runner.query(`ALTER TABLE "covenant_sheet" DROP CONSTRAINT "FK_4575799d0b66285d389e17ce221"`);
    await runner.query(`ALTER TABLE "covenant_sheet" DROP CONSTRAINT "FK_bf4c8bf6a3ab5224c4ff35fd6ca"`);
    await runner.query(`ALTER TABLE "covenant_scoring_settings" DROP COLUMN "review_due_on"`);
    await runner.query(`ALTER TABLE "covenant_scoring_settings" DROP COLUMN "self_assessment_due_on"`);
    await runner.query(`DROP INDEX "public"."IDX_4419c0345631dca4d8c7d82fd6"`);
    await runner.query(`DROP INDEX "public"."IDX_4575799d0b66285d389e17ce22"`);
    await runner.query(`DROP TABLE "covenant_sheet"`);
  }
}
