import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateLayout1795294664100 implements MigrationInterface {
  name = 'CertificateLayout1795294664100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "certificate_layout" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "award_type_id" uuid NOT NULL, "page_width" numeric(6,1) NOT NULL, "page_height" numeric(6,1) NOT NULL, "fields" jsonb NOT NULL, CONSTRAINT "uq_certificate_layout__award_type" UNIQUE ("award_type_id"), CONSTRAINT "PK_ab5a12892ac38ef521c88319f91" PRIMARY KEY ("id"))`);
    await runner.query(`ALTER TABLE "certificate_layout" ADD CONSTRAINT "FK_bd3f49432596729828743bba473" FOREIGN KEY ("award_type_id") REFERENCES "award_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "certificate_layout" DROP CONSTRAINT "FK_bd3f49432596729828743bba473"`);
    await runner.query(`DROP TABLE "certificate_layout"`);
  }
}
