import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentTemplate1795294664000 implements MigrationInterface {
  name = 'DocumentTemplate1795294664000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "document_template" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "kind" character varying(30) NOT NULL, "body" text NOT NULL, CONSTRAINT "uq_document_template__kind" UNIQUE ("kind"), CONSTRAINT "PK_0e9c5bda0dd75f3bde7ae176c62" PRIMARY KEY ("id"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "document_template"`);
  }
}
