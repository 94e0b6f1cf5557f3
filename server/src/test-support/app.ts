import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../core/db/data-source.js';
import { startHttpServer, type HttpServer } from '../core/http/server.js';
import { databaseUrl } from './global-setup.js';

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { sqlStatements?: number; [key: string]: unknown };
}

export interface TestApp {
  url: string;
  db: DataSource;
  /** Sends one GraphQL request over HTTP, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** A fresh database (copied from the migrated template) and the real HTTP server on a free port. */
export async function createTestApp(): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const name = `thidua_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
  const db = createDataSource({ url: databaseUrl(adminUrl, name), logErrors: false, poolSize: 5 });
  await db.initialize();
  let http: HttpServer;
  try {
    http = await startHttpServer({ host: '127.0.0.1', port: 0, production: false, queryStats: true, clientDir: null }, db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    url: http.url,
    db,
    async gql(query, variables, headers) {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GqlResponse, 'status'>;
      return { status: response.status, ...body };
    },
    async close() {
      await http.stop();
      http.server.close();
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Fails the test with the response's errors when the request did not succeed. */
export function ok<T>(response: GqlResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data;
}
