import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the read path needs at scale: units in their default order (name, then id: the keyset
 * cursor's row comparison walks it), and a unit's commendations by year (which replaces the
 * index on unit_id alone, its prefix).
 */
export class ReadPathIndexes1795294660300 implements MigrationInterface {
  name = 'ReadPathIndexes1795294660300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "ix_unit__name_id" ON "unit" ("name", "id")`);
    await runner.query(`CREATE INDEX "ix_commendation__unit_year" ON "commendation" ("unit_id", "year")`);
    await runner.query(`DROP INDEX "IDX_1fa41f1466873db388de0b3acd"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "IDX_1fa41f1466873db388de0b3acd" ON "commendation" ("unit_id")`);
    await runner.query(`DROP INDEX "ix_commendation__unit_year"`);
    await runner.query(`DROP INDEX "ix_unit__name_id"`);
  }
}
