import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log is append-only in the database itself: any UPDATE, DELETE or TRUNCATE of
 * change_event is refused, whatever the client (the API has no way to do it either).
 */
export class ChangeLog1795294660230 implements MigrationInterface {
  name = 'ChangeLog1795294660230';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION change_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'change_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege', HINT = 'Events are never changed or deleted.';
      END
      $$`);
    await runner.query(`CREATE TRIGGER change_event_no_update_delete BEFORE UPDATE OR DELETE ON change_event FOR EACH ROW EXECUTE FUNCTION change_event_append_only()`);
    await runner.query(`CREATE TRIGGER change_event_no_truncate BEFORE TRUNCATE ON change_event FOR EACH STATEMENT EXECUTE FUNCTION change_event_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER change_event_no_truncate ON change_event`);
    await runner.query(`DROP TRIGGER change_event_no_update_delete ON change_event`);
    await runner.query(`DROP FUNCTION change_event_append_only()`);
  }
}
