import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public lookup: a decision's publication (published on, by whom), and the leaky buckets of
 * anonymous client addresses (core/graphql/limits/address-rate-limit.ts; no entity).
 */
export class PublicLookup1795294662000 implements MigrationInterface {
  name = 'PublicLookup1795294662000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "decision" ADD "published_on" date`);
    await runner.query(`ALTER TABLE "decision" ADD "published_by" character varying(200)`);
    await runner.query(`ALTER TABLE "decision" ADD CONSTRAINT "ck_decision_published" CHECK (("published_on" IS NULL) = ("published_by" IS NULL))`);
    await runner.query(
      `CREATE TABLE "anonymous_rate_bucket" ("address" character varying(100) NOT NULL, "bucket_level" double precision NOT NULL, "bucket_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_anonymous_rate_bucket" PRIMARY KEY ("address"))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "anonymous_rate_bucket"`);
    await runner.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision_published"`);
    await runner.query(`ALTER TABLE "decision" DROP COLUMN "published_by"`);
    await runner.query(`ALTER TABLE "decision" DROP COLUMN "published_on"`);
  }
}
