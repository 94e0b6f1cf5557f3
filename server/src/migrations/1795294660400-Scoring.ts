import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covenant scoring: per-covenant settings, targets per criterion × unit, per unit × criterion
 * assessments (self-score inputs and review score), violations; points and min score on criteria.
 */
export class Scoring1795294660400 implements MigrationInterface {
  name = 'Scoring1795294660400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "covenant_assessment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "not_assigned" boolean NOT NULL DEFAULT false, "actual_value" numeric(16,4), "met" boolean, "occurrences" integer, "bonus_count" integer, "penalty_count" integer, "evidence" text, "self_scored_by" character varying(300), "self_scored_at" TIMESTAMP(3) WITH TIME ZONE, "review_score" numeric(8,2), "review_comment" text, "reviewed_by" character varying(300), "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "uq_covenant_assessment__unit_id" UNIQUE ("criterion_id", "unit_id"), CONSTRAINT "PK_b9d0433d992c5d3e4feb87d68a8" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_cecf21b07371cbc6ca59ed2940" ON "covenant_assessment"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_2b5af990693f744251cc2118a0" ON "covenant_assessment"  ("covenant_id") `);
    await runner.query(`CREATE TABLE "covenant_scoring_settings" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "final_stage" character varying(20) NOT NULL DEFAULT 'REVIEW', "target_share" numeric(5,4) NOT NULL, "leader_tolerance" numeric(10,8) NOT NULL, "leader_not_twice_in_a_row" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_covenant_scoring_settings__covenant_id" UNIQUE ("covenant_id"), CONSTRAINT "PK_b8ae966cc665ac4c97698d518ac" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE "covenant_target" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "target" numeric(16,4), "note" text, CONSTRAINT "uq_covenant_target__unit_id" UNIQUE ("criterion_id", "unit_id"), CONSTRAINT "PK_7877a35a385b69b68572b839236" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_171d8937598c0a32720d8b745e" ON "covenant_target"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_53afcc285b41e74493d5e07054" ON "covenant_target"  ("covenant_id") `);
    await runner.query(`CREATE TABLE "covenant_violation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "reason" text NOT NULL, "serious" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_a6c77c6fea030f7c20dbb22e184" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_f22acf33d723de107d873cd8b0" ON "covenant_violation"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_0a5910c79d54a9ba6807c4b08f" ON "covenant_violation"  ("covenant_id", "unit_id") `);
    await runner.query(`ALTER TABLE "covenant_criterion" ADD "points_per_occurrence" numeric(8,2)`);
    await runner.query(`ALTER TABLE "covenant_criterion" ADD "penalty_points" numeric(8,2)`);
    await runner.query(`ALTER TABLE "covenant_criterion" ADD "min_score" numeric(8,2)`);
    await runner.query(`ALTER TABLE "covenant_assessment" ADD CONSTRAINT "FK_2b5af990693f744251cc2118a07" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_assessment" ADD CONSTRAINT "FK_e1aadeee87eaac777f123e895aa" FOREIGN KEY ("criterion_id") REFERENCES "covenant_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_assessment" ADD CONSTRAINT "FK_cecf21b07371cbc6ca59ed2940b" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_scoring_settings" ADD CONSTRAINT "FK_58862baf06f4d4a353776fb1eb2" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_target" ADD CONSTRAINT "FK_53afcc285b41e74493d5e070540" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_target" ADD CONSTRAINT "FK_abc1e415bd82d7039758f209a7a" FOREIGN KEY ("criterion_id") REFERENCES "covenant_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_target" ADD CONSTRAINT "FK_171d8937598c0a32720d8b745e1" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_violation" ADD CONSTRAINT "FK_c91abe61b98484d8ac4a01ddb40" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "covenant_violation" ADD CONSTRAINT "FK_f22acf33d723de107d873cd8b03" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "covenant_violation" DROP CONSTRAINT "FK_f22acf33d723de107d873cd8b03"`);
    await runner.query(`ALTER TABLE "covenant_violation" DROP CONSTRAINT "FK_c91abe61b98484d8ac4a01ddb40"`);
    await runner.query(`ALTER TABLE "covenant_target" DROP CONSTRAINT "FK_171d8937598c0a32720d8b745e1"`);
    await runner.query(`ALTER TABLE "covenant_target" DROP CONSTRAINT "FK_abc1e415bd82d7039758f209a7a"`);
    await runner.query(`ALTER TABLE "covenant_target" DROP CONSTRAINT "FK_53afcc285b41e74493d5e070540"`);
    await runner.query(`ALTER TABLE "covenant_scoring_settings" DROP CONSTRAINT "FK_58862baf06f4d4a353776fb1eb2"`);
    await runner.query(`ALTER TABLE "covenant_assessment" DROP CONSTRAINT "FK_cecf21b07371cbc6ca59ed2940b"`);
    await runner.query(`ALTER TABLE "covenant_assessment" DROP CONSTRAINT "FK_e1aadeee87eaac777f123e895aa"`);
    await runner.query(`ALTER TABLE "covenant_assessment" DROP CONSTRAINT "FK_2b5af990693f744251cc2118a07"`);
    await runner.query(`ALTER TABLE "covenant_criterion" DROP COLUMN "min_score"`);
    await runner.query(`ALTER TABLE "covenant_criterion" DROP COLUMN "penalty_points"`);
    await runner.query(`ALTER TABLE "covenant_criterion" DROP COLUMN "points_per_occurrence"`);
    await runner.query(`DROP INDEX "public"."IDX_0a5910c79d54a9ba6807c4b08f"`);
    await runner.query(`DROP INDEX "public"."IDX_f22acf33d723de107d873cd8b0"`);
    await runner.query(`DROP TABLE "covenant_violation"`);
    await runner.query(`DROP INDEX "public"."IDX_53afcc285b41e74493d5e07054"`);
    await runner.query(`DROP INDEX "public"."IDX_171d8937598c0a32720d8b745e"`);
    await runner.query(`DROP TABLE "covenant_target"`);
    await runner.query(`DROP TABLE "covenant_scoring_settings"`);
    await runner.query(`DROP INDEX "public"."IDX_2b5af990693f744251cc2118a0"`);
    await runner.query(`DROP INDEX "public"."IDX_cecf21b07371cbc6ca59ed2940"`);
    await runner.query(`DROP TABLE "covenant_assessment"`);
  }
}
