import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ballot sessions and who voted (entities), plus two tables no entity maps, written only by raw SQL
 * in ballot-cast.service.ts and so never in the change log: `ballot_tally`, one counter per
 * candidate (no id, no voter, no time; every ballot rewrites all of a session's rows), and
 * `ballot_choice`, each choice with its voter, for open (not secret) sessions only.
 */
export class BallotSessions1795294660500 implements MigrationInterface {
  name = 'BallotSessions1795294660500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "ballot_session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "covenant_id" uuid NOT NULL, "bloc_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "purpose" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "secret" boolean NOT NULL, "self_vote_allowed" boolean NOT NULL, "max_choices" integer, "threshold_percent" integer NOT NULL, "threshold_base" character varying(10) NOT NULL, "quorum_percent" integer NOT NULL, "candidate_unit_ids" uuid array NOT NULL, "closed_voter_count" integer, CONSTRAINT "PK_3dda731f76b8ddf4b9cd518d85b" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_8967066bcc3fa8d19b46da3a27" ON "ballot_session"  ("covenant_id") `);
    await runner.query(`CREATE TABLE "ballot_participation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "session_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "voter_user_id" uuid, "paper" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_ballot_participation__unit_id" UNIQUE ("session_id", "unit_id"), CONSTRAINT "PK_e06b5f3c1e21fd9f503e9b2caf4" PRIMARY KEY ("id"))`);
    await runner.query(`ALTER TABLE "ballot_session" ADD CONSTRAINT "FK_8967066bcc3fa8d19b46da3a27a" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "ballot_participation" ADD CONSTRAINT "FK_b3b4386893b56062a2cbb07b173" FOREIGN KEY ("session_id") REFERENCES "ballot_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "ballot_participation" ADD CONSTRAINT "FK_2c434eb060749f772a7ed48cc46" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(
      `CREATE TABLE "ballot_tally" ("session_id" uuid NOT NULL REFERENCES "ballot_session"("id") ON DELETE CASCADE, "candidate_unit_id" uuid NOT NULL, "agree" integer NOT NULL DEFAULT 0, PRIMARY KEY ("session_id", "candidate_unit_id"))`,
    );
    await runner.query(
      `CREATE TABLE "ballot_choice" ("participation_id" uuid NOT NULL REFERENCES "ballot_participation"("id") ON DELETE CASCADE, "candidate_unit_id" uuid NOT NULL, PRIMARY KEY ("participation_id", "candidate_unit_id"))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "ballot_choice"`);
    await runner.query(`DROP TABLE "ballot_tally"`);
    await runner.query(`ALTER TABLE "ballot_participation" DROP CONSTRAINT "FK_2c434eb060749f772a7ed48cc46"`);
    await runner.query(`ALTER TABLE "ballot_participation" DROP CONSTRAINT "FK_b3b4386893b56062a2cbb07b173"`);
    await runner.query(`ALTER TABLE "ballot_session" DROP CONSTRAINT "FK_8967066bcc3fa8d19b46da3a27a"`);
    await runner.query(`DROP TABLE "ballot_participation"`);
    await runner.query(`DROP INDEX "public"."IDX_8967066bcc3fa8d19b46da3a27"`);
    await runner.query(`DROP TABLE "ballot_session"`);
  }
}
