import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EligibilityRules1795294660600 implements MigrationInterface {
  name = 'EligibilityRules1795294660600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "discipline_record" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid, "person_id" uuid, "year" integer NOT NULL, "form" character varying(20) NOT NULL, "reason" text NOT NULL, "decided_on" date, CONSTRAINT "ck_discipline_record_one_subject" CHECK (num_nonnulls("unit_id", "person_id") = 1), CONSTRAINT "PK_ba79c4a9a7d48785dd7abb6b909" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_e9cbd403ae3d31edc075e0ff2f" ON "discipline_record"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_ab41c3b2e723f635e7b6beacc0" ON "discipline_record"  ("person_id") `);
    await runner.query(`CREATE INDEX "ix_discipline_record__year" ON "discipline_record"  ("year") `);
    await runner.query(`CREATE TABLE "eligibility_rule" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" character varying(40) NOT NULL, "revision" integer NOT NULL, "title_vi" text NOT NULL, "award_type_codes" character varying(60) array NOT NULL DEFAULT '{}', "subject_kinds" character varying(20) array NOT NULL DEFAULT '{}', "condition" jsonb NOT NULL, "facts" character varying(40) array NOT NULL DEFAULT '{}', "source_document" text NOT NULL, "article" character varying(200), "effective_from" date NOT NULL, "effective_to" date, "jurisdiction" character varying(100) NOT NULL DEFAULT 'NATIONAL', "mark" character varying(1) NOT NULL DEFAULT 'M', "note" text, CONSTRAINT "uq_eligibility_rule__code_revision" UNIQUE ("code", "revision"), CONSTRAINT "PK_ee2d907131672b975c28e5fcf45" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "ix_eligibility_rule__code_from" ON "eligibility_rule"  ("code", "effective_from") `);
    await runner.query(`CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid, "person_id" uuid, "title" text NOT NULL, "level" character varying(20) NOT NULL, "recognized_year" integer NOT NULL, "recognized_by" character varying(300), "used_for_id" uuid, CONSTRAINT "ck_initiative_one_subject" CHECK (num_nonnulls("unit_id", "person_id") = 1), CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_83eb0b017f9a737473b76da622" ON "initiative"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_1ea00984851df5fabfe18ff703" ON "initiative"  ("person_id") `);
    await runner.query(`CREATE INDEX "IDX_b496a9b0ec75e42974fffe42c6" ON "initiative"  ("used_for_id") `);
    await runner.query(`CREATE TABLE "performance_rating" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid, "person_id" uuid, "year" integer NOT NULL, "rating" character varying(20) NOT NULL, "note" text, CONSTRAINT "ck_performance_rating_one_subject" CHECK (num_nonnulls("unit_id", "person_id") = 1), CONSTRAINT "PK_426408be30c1c65849d2237c7c9" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_9b60c78e509c5700212d9f68d9" ON "performance_rating"  ("unit_id") `);
    await runner.query(`CREATE INDEX "IDX_6f4397b21db5b2d3428a266792" ON "performance_rating"  ("person_id") `);
    await runner.query(`CREATE UNIQUE INDEX "uq_performance_rating__unit_year" ON "performance_rating"  ("unit_id", "year") WHERE "unit_id" IS NOT NULL`);
    await runner.query(`CREATE UNIQUE INDEX "uq_performance_rating__person_year" ON "performance_rating"  ("person_id", "year") WHERE "person_id" IS NOT NULL`);
    await runner.query(`ALTER TABLE "discipline_record" ADD CONSTRAINT "FK_e9cbd403ae3d31edc075e0ff2fd" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "discipline_record" ADD CONSTRAINT "FK_ab41c3b2e723f635e7b6beacc0b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "initiative" ADD CONSTRAINT "FK_83eb0b017f9a737473b76da6224" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "initiative" ADD CONSTRAINT "FK_1ea00984851df5fabfe18ff7031" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "initiative" ADD CONSTRAINT "FK_b496a9b0ec75e42974fffe42c69" FOREIGN KEY ("used_for_id") REFERENCES "commendation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "performance_rating" ADD CONSTRAINT "FK_9b60c78e509c5700212d9f68d93" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "performance_rating" ADD CONSTRAINT "FK_6f4397b21db5b2d3428a2667926" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "performance_rating" DROP CONSTRAINT "FK_6f4397b21db5b2d3428a2667926"`);
    await runner.query(`ALTER TABLE "performance_rating" DROP CONSTRAINT "FK_9b60c78e509c5700212d9f68d93"`);
    await runner.query(`ALTER TABLE "initiative" DROP CONSTRAINT "FK_b496a9b0ec75e42974fffe42c69"`);
    await runner.query(`ALTER TABLE "initiative" DROP CONSTRAINT "FK_1ea00984851df5fabfe18ff7031"`);
    await runner.query(`ALTER TABLE "initiative" DROP CONSTRAINT "FK_83eb0b017f9a737473b76da6224"`);
    await runner.query(`ALTER TABLE "discipline_record" DROP CONSTRAINT "FK_ab41c3b2e723f635e7b6beacc0b"`);
    await runner.query(`ALTER TABLE "discipline_record" DROP CONSTRAINT "FK_e9cbd403ae3d31edc075e0ff2fd"`);
    await runner.query(`DROP INDEX "public"."uq_performance_rating__person_year"`);
    await runner.query(`DROP INDEX "public"."uq_performance_rating__unit_year"`);
    await runner.query(`DROP INDEX "public"."IDX_6f4397b21db5b2d3428a266792"`);
    await runner.query(`DROP INDEX "public"."IDX_9b60c78e509c5700212d9f68d9"`);
    await runner.query(`DROP TABLE "performance_rating"`);
    await runner.query(`DROP INDEX "public"."IDX_b496a9b0ec75e42974fffe42c6"`);
    await runner.query(`DROP INDEX "public"."IDX_1ea00984851df5fabfe18ff703"`);
    await runner.query(`DROP INDEX "public"."IDX_83eb0b017f9a737473b76da622"`);
    await runner.query(`DROP TABLE "initiative"`);
    await runner.query(`DROP INDEX "public"."ix_eligibility_rule__code_from"`);
    await runner.query(`DROP TABLE "eligibility_rule"`);
    await runner.query(`DROP INDEX "public"."ix_discipline_record__year"`);
    await runner.query(`DROP INDEX "public"."IDX_ab41c3b2e723f635e7b6beacc0"`);
    await runner.query(`DROP INDEX "public"."IDX_e9cbd403ae3d31edc075e0ff2f"`);
    await runner.query(`DROP TABLE "discipline_record"`);
  }
}
