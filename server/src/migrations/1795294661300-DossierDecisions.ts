import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DossierDecisions1795294661300 implements MigrationInterface {
  name = 'DossierDecisions1795294661300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "dossier" ADD "decision_id" uuid`);
    await runner.query(`ALTER TABLE "dossier_line" ADD "appraisal_result" character varying(20)`);
    await runner.query(`ALTER TABLE "dossier_line" ADD "appraisal_note" text`);
    await runner.query(`ALTER TABLE "dossier_line" ADD "appraisal_override_reason" text`);
    await runner.query(`ALTER TABLE "dossier_line" ADD "appraisal_report" jsonb`);
    await runner.query(`ALTER TABLE "dossier_line" ADD "commendation_id" uuid`);
    await runner.query(`ALTER TABLE "commendation_proposal" ADD "dossier_id" uuid`);
    await runner.query(`CREATE INDEX "IDX_2969bf6ddb49879fa0c0d57877" ON "dossier"  ("decision_id") `);
    await runner.query(`CREATE INDEX "IDX_a21b2a72563bea4865f8412db2" ON "dossier_line"  ("commendation_id") `);
    await runner.query(`CREATE INDEX "IDX_4e23cee152989932e619fb2d05" ON "commendation_proposal"  ("dossier_id") `);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_2969bf6ddb49879fa0c0d578778" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_a21b2a72563bea4865f8412db24" FOREIGN KEY ("commendation_id") REFERENCES "commendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_4e23cee152989932e619fb2d058" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_4e23cee152989932e619fb2d058"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP CONSTRAINT "FK_a21b2a72563bea4865f8412db24"`);
    await runner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_2969bf6ddb49879fa0c0d578778"`);
    await runner.query(`DROP INDEX "public"."IDX_4e23cee152989932e619fb2d05"`);
    await runner.query(`DROP INDEX "public"."IDX_a21b2a72563bea4865f8412db2"`);
    await runner.query(`DROP INDEX "public"."IDX_2969bf6ddb49879fa0c0d57877"`);
    await runner.query(`ALTER TABLE "commendation_proposal" DROP COLUMN "dossier_id"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "commendation_id"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "appraisal_report"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "appraisal_override_reason"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "appraisal_note"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "appraisal_result"`);
    await runner.query(`ALTER TABLE "dossier" DROP COLUMN "decision_id"`);
  }
}
