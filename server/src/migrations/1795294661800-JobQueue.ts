import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg-boss's own schema (its tables, functions and version), as the pinned pg-boss writes it, inside
 * this migration's transaction (its BEGIN/COMMIT are taken out), and the one queue of thidua's jobs.
 * Later pg-boss versions migrate their schema themselves when the server starts.
 */
const PG_BOSS_SCHEMA = PgBoss.getConstructionPlans('pgboss')
  .replace(/^\s*BEGIN;\s*$/m, '')
  .replace(/^\s*COMMIT;\s*$/m, '');

export class JobQueue1795294661800 implements MigrationInterface {
  name = 'JobQueue1795294661800';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "background_job" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(40) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'QUEUED', "title" text NOT NULL, "input" jsonb NOT NULL, "done" integer NOT NULL DEFAULT '0', "total" integer, "message" text, "error_code" character varying(40), "result_name" text, "result_type" character varying(120), "result_size" integer, "attempts" integer NOT NULL DEFAULT '0', "actor_kind" character varying(10) NOT NULL, "created_by_id" uuid NOT NULL, "actor_name" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP(3) WITH TIME ZONE, "finished_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fed82f6367edf1165d86b784041" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_180ea65c4efd19733e59988413" ON "background_job"  ("created_by_id", "created_at") `);
    await runner.query(`CREATE TABLE "background_job_result" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "job_id" uuid NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_74bc73e51ee30ae5c9a6e900405" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_b0ab124da530d6fc0f2481695a" ON "background_job_result"  ("job_id") `);
    await runner.query(`ALTER TABLE "background_job_result" ADD CONSTRAINT "FK_b0ab124da530d6fc0f2481695af" FOREIGN KEY ("job_id") REFERENCES "background_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(PG_BOSS_SCHEMA);
    await runner.query(`SELECT pgboss.create_queue('thidua-jobs', '{"policy":"standard"}'::json)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP SCHEMA pgboss CASCADE`);
    await runner.query(`ALTER TABLE "background_job_result" DROP CONSTRAINT "FK_b0ab124da530d6fc0f2481695af"`);
    await runner.query(`DROP INDEX "public"."IDX_b0ab124da530d6fc0f2481695a"`);
    await runner.query(`DROP TABLE "background_job_result"`);
    await runner.query(`DROP INDEX "public"."IDX_180ea65c4efd19733e59988413"`);
    await runner.query(`DROP TABLE "background_job"`);
  }
}
