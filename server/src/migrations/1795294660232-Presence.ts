import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Presence: who views which record and edits which field, one row per caller, browser tab and
 * record, kept alive by heartbeats and swept once expired. No entity maps it (it is not a domain
 * record and is never logged); the presence module reads and writes it in SQL. UNLOGGED: its rows
 * live seconds, so a crash that empties it loses nothing a heartbeat does not restore.
 */
export class Presence1795294660232 implements MigrationInterface {
  name = 'Presence1795294660232';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE UNLOGGED TABLE presence (
        actor_id uuid NOT NULL,
        client_id varchar(64) NOT NULL,
        record_id uuid NOT NULL,
        actor_kind varchar(10) NOT NULL,
        field varchar(100),
        since timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_presence PRIMARY KEY (actor_id, client_id, record_id),
        CONSTRAINT ck_presence__actor_kind CHECK (actor_kind IN ('USER', 'TOKEN'))
      )`);
    await runner.query(`CREATE INDEX ix_presence__record_id ON presence (record_id)`);
    await runner.query(`CREATE INDEX ix_presence__expires_at ON presence (expires_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE presence`);
  }
}
