import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Council1795294661600 implements MigrationInterface {
  name = 'Council1795294661600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "council_session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" character varying(300) NOT NULL, "year" integer NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "meeting_date" date, "venue" character varying(300), "secret" boolean NOT NULL, "quorum_percent" integer NOT NULL, "threshold_percent" integer NOT NULL, "threshold_base" character varying(10) NOT NULL, "members" jsonb NOT NULL DEFAULT '[]', "agenda" jsonb NOT NULL DEFAULT '[]', "minutes" jsonb, CONSTRAINT "PK_19712e98e59eaa09f5abcf77da4" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_9dcac22b4a734355bb65c347f7" ON "council_session"  ("year") `);
    await runner.query(`ALTER TABLE "dossier_line" ADD "council_result" character varying(10)`);
    await runner.query(`ALTER TABLE "dossier_line" ADD "council_session_id" uuid`);
    await runner.query(`CREATE INDEX "IDX_da18cabee51a9b18282c64122b" ON "dossier_line"  ("council_session_id") `);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_da18cabee51a9b18282c64122b6" FOREIGN KEY ("council_session_id") REFERENCES "council_session"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "dossier_line" DROP CONSTRAINT "FK_da18cabee51a9b18282c64122b6"`);
    await runner.query(`DROP INDEX "public"."IDX_da18cabee51a9b18282c64122b"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "council_session_id"`);
    await runner.query(`ALTER TABLE "dossier_line" DROP COLUMN "council_result"`);
    await runner.query(`DROP INDEX "public"."IDX_9dcac22b4a734355bb65c347f7"`);
    await runner.query(`DROP TABLE "council_session"`);
  }
}
