import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { databaseUrl } from '../../test-support/global-setup.js';
import { migrations } from '../../migrations/index.js';
import { createDataSource } from './data-source.js';

/** Migrations build the schema from an empty database, match the entities exactly, and undo cleanly. */
const name = `thidua_mig_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
let admin: pg.Client;
let db: DataSource;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  db = createDataSource({ url: databaseUrl(inject('pgAdminUrl'), name), poolSize: 2, logErrors: true });
  await db.initialize();
});

afterAll(async () => {
  await db.destroy();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const tables = async () =>
  (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
    (r: { table_name: string }) => r.table_name,
  );

describe('migrations', () => {
  it('run up from an empty database and leave nothing for the entities to add (no drift)', async () => {
    expect(await tables()).toEqual([]);
    const applied = await db.runMigrations({ transaction: 'all' });
    expect(applied).toHaveLength(migrations.length);
    const drift = await db.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
    expect(await tables()).toContain('commendation');
  });

  it('run down to an empty schema and up again', async () => {
    for (let i = 0; i < migrations.length; i += 1) await db.undoLastMigration({ transaction: 'all' });
    expect(await tables()).toEqual(['migrations']);
    await db.runMigrations({ transaction: 'all' });
    const drift = await db.driver.createSchemaBuilder().log();
    expect(drift.upQueries).toEqual([]);
  });
});
