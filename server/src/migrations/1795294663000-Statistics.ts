import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Statistics1795294663000 implements MigrationInterface {
  name = 'Statistics1795294663000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "tdkt_organization" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" character varying(300) COLLATE "vi-VN-x-icu" NOT NULL, "kind" character varying(30) NOT NULL, "unit_id" uuid, "note" text, CONSTRAINT "PK_e82204adf5874f1445e780907a6" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_be942ee8f93d372e95eae45cb5" ON "tdkt_organization"  ("unit_id") `);
    await runner.query(`CREATE TABLE "tdkt_officer" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "full_name" character varying(200) COLLATE "vi-VN-x-icu" NOT NULL, "organization_id" uuid NOT NULL, "gender" character varying(10), "birth_year" integer, "training_level" character varying(20), "tdkt_start_year" integer, "note" text, CONSTRAINT "PK_07fb930dd321b85734106ad10b0" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_1cc472258014950fc24c9e822e" ON "tdkt_officer"  ("organization_id") `);
    await runner.query(`ALTER TABLE "commendation" ADD "recipient_category" character varying(30)`);
    await runner.query(`ALTER TABLE "tdkt_organization" ADD CONSTRAINT "FK_be942ee8f93d372e95eae45cb52" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "tdkt_officer" ADD CONSTRAINT "FK_1cc472258014950fc24c9e822e0" FOREIGN KEY ("organization_id") REFERENCES "tdkt_organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "tdkt_officer" DROP CONSTRAINT "FK_1cc472258014950fc24c9e822e0"`);
    await runner.query(`ALTER TABLE "tdkt_organization" DROP CONSTRAINT "FK_be942ee8f93d372e95eae45cb52"`);
    await runner.query(`ALTER TABLE "commendation" DROP COLUMN "recipient_category"`);
    await runner.query(`DROP INDEX "public"."IDX_1cc472258014950fc24c9e822e"`);
    await runner.query(`DROP TABLE "tdkt_officer"`);
    await runner.query(`DROP INDEX "public"."IDX_be942ee8f93d372e95eae45cb5"`);
    await runner.query(`DROP TABLE "tdkt_organization"`);
  }
}
