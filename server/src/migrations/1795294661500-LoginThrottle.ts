import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per account and per address, shared by every instance (core/auth/login-throttle.ts); no entity. */
export class LoginThrottle1795294661500 implements MigrationInterface {
  name = 'LoginThrottle1795294661500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(400) NOT NULL, "failures" integer NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_login_throttle" PRIMARY KEY ("key"))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "login_throttle"`);
  }
}
