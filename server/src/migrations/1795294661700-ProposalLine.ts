import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalLine1795294661700 implements MigrationInterface {
  name = 'ProposalLine1795294661700';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "commendation_proposal" ADD "dossier_line_id" uuid`);
    await runner.query(`CREATE INDEX "IDX_f6083f7bbb13e10e60d7f223aa" ON "commendation_proposal"  ("dossier_line_id") `);
    await runner.query(`ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_f6083f7bbb13e10e60d7f223aa5" FOREIGN KEY ("dossier_line_id") REFERENCES "dossier_line"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Proposals already taken into a dossier: the line made from each (same dossier, unit and award).
    await runner.query(`UPDATE "commendation_proposal" p SET "dossier_line_id" = l."id"
      FROM "dossier_line" l JOIN "award_type" a ON a."id" = l."award_type_id"
      WHERE p."dossier_id" = l."dossier_id" AND p."unit_id" = l."unit_id"
        AND a."code" = CASE p."award" WHEN 'EMULATION_FLAG' THEN 'CO_THI_DUA_UBND_TINH' ELSE 'BANG_KHEN_CHU_TICH_UBND_TINH' END`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_f6083f7bbb13e10e60d7f223aa5"`);
    await runner.query(`DROP INDEX "public"."IDX_f6083f7bbb13e10e60d7f223aa"`);
    await runner.query(`ALTER TABLE "commendation_proposal" DROP COLUMN "dossier_line_id"`);
  }
}
