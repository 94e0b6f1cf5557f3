import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on records (units, people, blocs, movements, covenants, decisions) and the users they
 * @mention. A comment points at its record through one of six foreign keys (exactly one set),
 * each ON DELETE CASCADE, so a record's comments go with it; indexed with the creation time,
 * the order comments are read in.
 */
export class Comments1795294660233 implements MigrationInterface {
  name = 'Comments1795294660233';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid, "person_id" uuid, "bloc_id" uuid, "movement_id" uuid, "covenant_id" uuid, "decision_id" uuid, "author_kind" character varying(10) NOT NULL, "author_user_id" uuid, "author_token_id" uuid, "author_name" character varying(300) NOT NULL, "body" text NOT NULL, CONSTRAINT "ck_comment__body" CHECK (char_length("body") BETWEEN 1 AND 4000), CONSTRAINT "ck_comment__one_record" CHECK (num_nonnulls("unit_id", "person_id", "bloc_id", "movement_id", "covenant_id", "decision_id") = 1), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "ix_comment__unit" ON "comment" ("unit_id", "created_at")`);
    await runner.query(`CREATE INDEX "ix_comment__person" ON "comment" ("person_id", "created_at")`);
    await runner.query(`CREATE INDEX "ix_comment__bloc" ON "comment" ("bloc_id", "created_at")`);
    await runner.query(`CREATE INDEX "ix_comment__movement" ON "comment" ("movement_id", "created_at")`);
    await runner.query(`CREATE INDEX "ix_comment__covenant" ON "comment" ("covenant_id", "created_at")`);
    await runner.query(`CREATE INDEX "ix_comment__decision" ON "comment" ("decision_id", "created_at")`);
    await runner.query(`CREATE TABLE "comment_mention" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_4bc849f1fafd0765cbe3ce51634" PRIMARY KEY ("comment_id", "user_id"))`);
    await runner.query(`CREATE INDEX "IDX_06c3b713cd058e0824657560d3" ON "comment_mention" ("comment_id")`);
    await runner.query(`CREATE INDEX "IDX_a1527af102c162dfa8bcdfe4d5" ON "comment_mention" ("user_id")`);
    for (const record of ['unit', 'person', 'bloc', 'movement', 'covenant', 'decision']) {
      await runner.query(`ALTER TABLE "comment" ADD CONSTRAINT "fk_comment__${record}" FOREIGN KEY ("${record}_id") REFERENCES "${record}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }
    await runner.query(`ALTER TABLE "comment" ADD CONSTRAINT "fk_comment__author_user" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "comment" ADD CONSTRAINT "fk_comment__author_token" FOREIGN KEY ("author_token_id") REFERENCES "api_token"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "comment_mention" ADD CONSTRAINT "fk_comment_mention__comment" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await runner.query(`ALTER TABLE "comment_mention" ADD CONSTRAINT "fk_comment_mention__user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "comment_mention"`);
    await runner.query(`DROP TABLE "comment"`);
  }
}
