import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decision that revoked a commendation (optional, for revocations recorded before it was
 * kept): RESTRICT, so a decision that revoked something is not deleted from under it.
 */
export class RevocationDecision1795294660234 implements MigrationInterface {
  name = 'RevocationDecision1795294660234';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "commendation" ADD "revocation_decision_id" uuid`);
    await runner.query(`CREATE INDEX "ix_commendation__revocation_decision" ON "commendation" ("revocation_decision_id") `);
    await runner.query(`ALTER TABLE "commendation" ADD CONSTRAINT "fk_commendation__revocation_decision" FOREIGN KEY ("revocation_decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "commendation" DROP CONSTRAINT "fk_commendation__revocation_decision"`);
    await runner.query(`DROP INDEX "public"."ix_commendation__revocation_decision"`);
    await runner.query(`ALTER TABLE "commendation" DROP COLUMN "revocation_decision_id"`);
  }
}
