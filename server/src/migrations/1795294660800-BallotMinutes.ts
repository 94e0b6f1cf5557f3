import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BallotMinutes1795294660800 implements MigrationInterface {
  name = 'BallotMinutes1795294660800';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "commendation_proposal" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "bloc_id" uuid NOT NULL, "session_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "year" integer NOT NULL, "award" character varying(30) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PROPOSED', "votes" integer NOT NULL, "percent" numeric(5,2) NOT NULL, CONSTRAINT "uq_commendation_proposal__session_unit" UNIQUE ("session_id", "unit_id"), CONSTRAINT "PK_382b90c1bc0326385f11e01eaa8" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_6ccbc9a7ee2e5075fed427b84d" ON "commendation_proposal"  ("covenant_id") `);
    await runner.query(`CREATE INDEX "IDX_e401564005c8fa965f8631b64c" ON "commendation_proposal"  ("unit_id") `);
    await runner.query(`ALTER TABLE "ballot_session" ADD "meeting_date" date`);
    await runner.query(`ALTER TABLE "ballot_session" ADD "venue" character varying(300)`);
    await runner.query(`ALTER TABLE "ballot_session" ADD "chair" character varying(300)`);
    await runner.query(`ALTER TABLE "ballot_session" ADD "secretary" character varying(300)`);
    await runner.query(`ALTER TABLE "ballot_session" ADD "board_guest" character varying(300)`);
    await runner.query(`ALTER TABLE "ballot_session" ADD "minutes" jsonb`);
    await runner.query(`ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_6ccbc9a7ee2e5075fed427b84da" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_c7167283d0f35ffec3a91b7b42c" FOREIGN KEY ("session_id") REFERENCES "ballot_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_e401564005c8fa965f8631b64ca" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_e401564005c8fa965f8631b64ca"`);
    await runner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_c7167283d0f35ffec3a91b7b42c"`);
    await runner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_6ccbc9a7ee2e5075fed427b84da"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP COLUMN "minutes"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP COLUMN "board_guest"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP COLUMN "secretary"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP COLUMN "chair"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP COLUMN "venue"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP COLUMN "meeting_date"`);
    await runner.query(`DROP INDEX "public"."IDX_e401564005c8fa965f8631b64c"`);
    await runner.query(`DROP INDEX "public"."IDX_6ccbc9a7ee2e5075fed427b84d"`);
    await runner.query(`DROP TABLE "commendation_proposal"`);
  }
}
