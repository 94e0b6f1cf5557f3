import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files kept in the database (attachments, evidence): one row per file with its bytes (bytea),
 * the record it belongs to (owner type and id, and a cascading foreign key per owner type), its
 * checked type, size and SHA-256. The bytes are stored out of line without compression: most
 * accepted kinds (PDF, images, Office files, ZIP) are compressed already.
 */
export class StoredFiles1795294660900 implements MigrationInterface {
  name = 'StoredFiles1795294660900';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "owner_type" character varying(60) NOT NULL, "owner_id" uuid NOT NULL, "covenant_assessment_id" uuid, "purpose" character varying(30) NOT NULL, "name" character varying(255) NOT NULL, "content_type" character varying(120) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" character varying(300) NOT NULL, CONSTRAINT "ck_stored_file__size" CHECK ("size" >= 0 AND "size" = octet_length("content")), CONSTRAINT "ck_stored_file__owner" CHECK ("owner_type" = 'CovenantAssessment' AND "covenant_assessment_id" = "owner_id"), CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "ix_stored_file__covenant_assessment" ON "stored_file"  ("covenant_assessment_id") `);
    await runner.query(`CREATE INDEX "ix_stored_file__owner" ON "stored_file"  ("owner_type", "owner_id", "purpose", "created_at") `);
    await runner.query(`ALTER TABLE "stored_file" ADD CONSTRAINT "fk_stored_file__covenant_assessment" FOREIGN KEY ("covenant_assessment_id") REFERENCES "covenant_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "stored_file" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "fk_stored_file__covenant_assessment"`);
    await runner.query(`DROP INDEX "public"."ix_stored_file__owner"`);
    await runner.query(`DROP INDEX "public"."ix_stored_file__covenant_assessment"`);
    await runner.query(`DROP TABLE "stored_file"`);
  }
}
