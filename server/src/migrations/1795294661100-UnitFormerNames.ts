import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitFormerNames1795294661100 implements MigrationInterface {
  name = 'UnitFormerNames1795294661100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "unit_former_name" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "name" character varying(300) COLLATE "vi-VN-x-icu" NOT NULL, "used_from" date, "used_until" date, "note" text, CONSTRAINT "PK_2a243aaf6a7c90711a4f4b4ea69" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_8475f26040fb07835156e019a8" ON "unit_former_name"  ("unit_id") `);
    await runner.query(`ALTER TABLE "unit" ADD "former_names_text" text NOT NULL DEFAULT ''`);
    await runner.query(`ALTER TABLE "unit_former_name" ADD CONSTRAINT "FK_8475f26040fb07835156e019a87" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "unit_former_name" DROP CONSTRAINT "FK_8475f26040fb07835156e019a87"`);
    await runner.query(`ALTER TABLE "unit" DROP COLUMN "former_names_text"`);
    await runner.query(`DROP INDEX "public"."IDX_8475f26040fb07835156e019a8"`);
    await runner.query(`DROP TABLE "unit_former_name"`);
  }
}
