import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nomination dossiers and their lines (modules/dossier), the sequence their codes are drawn from,
 * and how many working days each level has to handle a dossier (`dossier_level_setting`, a
 * setting, no entity): the defaults are the procedure pages' (WORKFLOW.md §2: 10 working days at
 * district/bloc level, 25 for a provincial award from a complete dossier).
 */
export class Dossiers1795294661000 implements MigrationInterface {
  name = 'Dossiers1795294661000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "dossier" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" character varying(30) NOT NULL, "kind" character varying(20) NOT NULL, "year" integer NOT NULL, "origin_level" character varying(20) NOT NULL, "proposing_unit_id" uuid, "bloc_id" uuid, "movement_id" uuid, "covenant_id" uuid, "title" character varying(500) NOT NULL, "content" text, "proposal_number" character varying(50), "proposal_date" date, "proposal_signer" character varying(200), "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "current_level" character varying(20) NOT NULL, "receiver_level" character varying(20) NOT NULL, "receiver_unit_id" uuid, "holder_unit_id" uuid, "specialist_id" uuid, "due_on" date, "merged_into_id" uuid, CONSTRAINT "uq_dossier__code" UNIQUE ("code"), CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_5760e74f2b39cc4b531b0b25ff" ON "dossier"  ("proposing_unit_id")`);
    await runner.query(`CREATE INDEX "IDX_91dbe5e82d85ef78de1d486886" ON "dossier"  ("bloc_id")`);
    await runner.query(`CREATE INDEX "IDX_fd50799e05669fda1a73e1ec62" ON "dossier"  ("movement_id")`);
    await runner.query(`CREATE INDEX "IDX_14af036c7f57dc7c6670cf0e4d" ON "dossier"  ("covenant_id")`);
    await runner.query(`CREATE INDEX "IDX_c60507a9bd58cd53b5141d2e4b" ON "dossier"  ("receiver_unit_id")`);
    await runner.query(`CREATE INDEX "IDX_07ecb2d70fad26ef57a668597c" ON "dossier"  ("holder_unit_id")`);
    await runner.query(`CREATE INDEX "IDX_d62ab00caf70b77bdc620bdb99" ON "dossier"  ("specialist_id")`);
    await runner.query(`CREATE INDEX "IDX_0d6cead4fa1e4c2d141a155590" ON "dossier"  ("merged_into_id")`);
    await runner.query(`CREATE INDEX "ix_dossier__level_status" ON "dossier"  ("current_level", "status")`);
    await runner.query(`CREATE TABLE "dossier_line" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "dossier_id" uuid NOT NULL, "subject_kind" character varying(20) NOT NULL, "unit_id" uuid, "person_id" uuid, "household_id" uuid, "award_type_id" uuid NOT NULL, "achievement" text, "position" integer NOT NULL, "included" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_dossier_line_one_subject" CHECK (num_nonnulls("unit_id", "person_id", "household_id") = 1), CONSTRAINT "PK_cb93941abe7ebeb34ab7990e130" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_32a53ebb5bdcf4085d1a92f842" ON "dossier_line"  ("unit_id")`);
    await runner.query(`CREATE INDEX "IDX_cbdfdee8b974797c7a899e6701" ON "dossier_line"  ("person_id")`);
    await runner.query(`CREATE INDEX "IDX_eb836cb040374f2669a77be711" ON "dossier_line"  ("household_id")`);
    await runner.query(`CREATE INDEX "IDX_b68f92dc4e817a6d91a68ae92a" ON "dossier_line"  ("award_type_id")`);
    await runner.query(`CREATE INDEX "ix_dossier_line__dossier_position" ON "dossier_line"  ("dossier_id", "position")`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_5760e74f2b39cc4b531b0b25ff9" FOREIGN KEY ("proposing_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_91dbe5e82d85ef78de1d4868866" FOREIGN KEY ("bloc_id") REFERENCES "bloc"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_fd50799e05669fda1a73e1ec62a" FOREIGN KEY ("movement_id") REFERENCES "movement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_14af036c7f57dc7c6670cf0e4d2" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_c60507a9bd58cd53b5141d2e4b4" FOREIGN KEY ("receiver_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_07ecb2d70fad26ef57a668597c9" FOREIGN KEY ("holder_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_d62ab00caf70b77bdc620bdb995" FOREIGN KEY ("specialist_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier" ADD CONSTRAINT "FK_0d6cead4fa1e4c2d141a1555908" FOREIGN KEY ("merged_into_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_9c10f330753e9b551fc16a546b2" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_32a53ebb5bdcf4085d1a92f8428" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_cbdfdee8b974797c7a899e67018" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_eb836cb040374f2669a77be711e" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "dossier_line" ADD CONSTRAINT "FK_b68f92dc4e817a6d91a68ae92a9" FOREIGN KEY ("award_type_id") REFERENCES "award_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`CREATE SEQUENCE "dossier_code_seq"`);
    await runner.query(`CREATE TABLE "dossier_level_setting" ("level" character varying(20) PRIMARY KEY, "working_days" integer NOT NULL CHECK ("working_days" > 0))`);
    await runner.query(`INSERT INTO "dossier_level_setting" ("level", "working_days") VALUES ('BLOC', 10), ('SUPERIOR_AGENCY', 10), ('BOARD', 25), ('COUNCIL', 20), ('UNIT', 10)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "dossier_level_setting"`);
    await runner.query(`DROP SEQUENCE "dossier_code_seq"`);
    await runner.query(`DROP TABLE "dossier_line"`);
    await runner.query(`DROP TABLE "dossier"`);
  }
}
