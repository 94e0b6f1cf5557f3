import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ensureAwardCatalogue } from '../modules/award-type/index.js';
import { ensureRuleCatalogue } from '../modules/eligibility/index.js';
import { seedOnFirstStart } from '../seed/index.js';
import { ensureFirstAdmin } from '../modules/user/index.js';
import type { Config } from './config.js';
import { createDataSource } from './db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { startHttpServer, type HttpServer } from './http/server.js';

export interface RunningApp {
  url: string;
  db: DataSource;
  http: HttpServer;
  stop(): Promise<void>;
}

/** Creates the `thidua` database on the embedded cluster if it is not there yet. */
async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts everything: database (embedded when no URL), migrations, demo data, HTTP. */
export async function startApp(config: Config, log: (line: string) => void = console.log): Promise<RunningApp> {
  let embedded: EmbeddedDatabase | null = null;
  let db: DataSource | null = null;
  try {
    let url = config.databaseUrl;
    if (!url) {
      log(`Khởi động PostgreSQL nhúng trong ${config.dataDir} …`);
      embedded = await startEmbeddedPostgres({ baseDir: config.dataDir, port: config.embeddedPgPort, log });
      url = await ensureDatabase(embedded.url, 'thidua');
    }
    db = createDataSource({ url, logErrors: !config.production });
    await db.initialize();
    const applied = await db.runMigrations({ transaction: 'all' });
    if (applied.length) log(`Đã áp dụng ${applied.length} migration.`);
    await ensureAwardCatalogue(db.manager);
    await ensureRuleCatalogue(db.manager);
    await ensureFirstAdmin(db, config.adminPassword, log);
    if (config.seedDemo && (await seedOnFirstStart(db))) log('Đã nạp dữ liệu mẫu từ các bài báo nguồn.');
    const http = await startHttpServer(config, db);
    const started = db;
    return {
      url: http.url,
      db: started,
      http,
      async stop() {
        await http.stop();
        await started.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    if (db?.isInitialized) await db.destroy();
    await embedded?.stop();
    throw error;
  }
}
