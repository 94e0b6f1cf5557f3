/**
 * Rewrites the Initial migration from the entities (before the first release only, while the
 * schema has no deployed databases). Later changes get their own migrations (generate-migration).
 * Uses DATABASE_URL's server (default: the local PostgreSQL) and a scratch database.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDataSource } from '../core/db/data-source.js';

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `thidua_regen_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(adminUrl);
url.pathname = `/${scratch}`;
const db = createDataSource({ url: url.toString(), logErrors: true, migrations: [] });
try {
  await db.initialize();
  const sql = await db.driver.createSchemaBuilder().log();
  const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const up = sql.upQueries.map((x) => `    await runner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await runner.query(${q(x.query)});`)
    .join('\n');
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/migrations/1795294660228-Initial.ts');
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n/** The schema of the first release, generated from the entities. */\nexport class Initial1795294660228 implements MigrationInterface {\n  name = 'Initial1795294660228';\n\n  async up(runner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(runner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`Rewrote ${file} (${sql.upQueries.length} statements).`);
} finally {
  await db.destroy();
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
}
