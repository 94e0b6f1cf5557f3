/**
 * Writes a migration with the SQL that brings a database at the latest migration up to the
 * entities. Usage: pnpm migration:generate <Name>. Uses DATABASE_URL's server (default: the local
 * PostgreSQL) and a scratch database it creates and drops.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDataSource } from '../core/db/data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: pnpm migration:generate <PascalCaseName>');
  process.exit(2);
}
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = 'thidua_migration_scratch';
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(adminUrl);
url.pathname = `/${scratch}`;
const db = createDataSource({ url: url.toString(), logErrors: true });
try {
  await db.initialize();
  await db.runMigrations();
  const sql = await db.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree; nothing to generate.');
  } else {
    const timestamp = Date.now();
    const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await runner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await runner.query(${q(x.query)});`)
      .join('\n');
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(runner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(runner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const index = path.join(path.dirname(file), 'index.ts');
    const lines = fs.readFileSync(index, 'utf8').split('\n');
    const importLine = `import { ${name}${timestamp} } from './${timestamp}-${name}.js';`;
    const at = lines.findIndex((l) => l.startsWith('/**'));
    lines.splice(at, 0, importLine);
    fs.writeFileSync(index, lines.join('\n').replace(/\];\n*$/, `  ${name}${timestamp},\n];\n`));
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${sql.upQueries.length} statements) and listed it in index.ts.`);
  }
} finally {
  await db.destroy();
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
  await admin.end();
}
