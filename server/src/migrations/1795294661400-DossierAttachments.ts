import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossiers take files (attachments by kind: proposal letter, achievement report, minutes…): a
 * `dossier_id` foreign key on stored_file, ON DELETE CASCADE, and the owner check naming both
 * owner types.
 */
export class DossierAttachments1795294661400 implements MigrationInterface {
  name = 'DossierAttachments1795294661400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "ck_stored_file__owner"`);
    await runner.query(`ALTER TABLE "stored_file" ADD "dossier_id" uuid`);
    await runner.query(`CREATE INDEX "ix_stored_file__dossier" ON "stored_file"  ("dossier_id") `);
    await runner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "ck_stored_file__owner" CHECK (("owner_type" = 'CovenantAssessment' AND "covenant_assessment_id" = "owner_id" AND "dossier_id" IS NULL) OR ("owner_type" = 'Dossier' AND "dossier_id" = "owner_id" AND "covenant_assessment_id" IS NULL))`,
    );
    await runner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "fk_stored_file__dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM "stored_file" WHERE "owner_type" = 'Dossier'`);
    await runner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "fk_stored_file__dossier"`);
    await runner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "ck_stored_file__owner"`);
    await runner.query(`DROP INDEX "public"."ix_stored_file__dossier"`);
    await runner.query(`ALTER TABLE "stored_file" DROP COLUMN "dossier_id"`);
    await runner.query(`ALTER TABLE "stored_file" ADD CONSTRAINT "ck_stored_file__owner" CHECK ("owner_type" = 'CovenantAssessment' AND "covenant_assessment_id" = "owner_id")`);
  }
}
