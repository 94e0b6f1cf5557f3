import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../core/db/data-source.js';
import { startHttpServer, type HttpServer } from '../core/http/server.js';
import type { ServiceOptions } from '../services.js';
import { loadConfig, type Config } from '../core/config.js';
import { SESSION_COOKIE } from '../core/http/authenticate.js';
import { sha256 } from '../core/auth/secrets.js';
import { randomSecret } from '../core/auth/password.js';
import { Session, User } from '../modules/user/entities.js';
import type { UserRole } from '@thidua/shared';
import { databaseUrl } from './global-setup.js';

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { sqlStatements?: number; [key: string]: unknown };
}

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GqlResponse<T>>;

export interface TestApp {
  url: string;
  db: DataSource;
  /** Sends one GraphQL request over HTTP, as a client would, logged in as an administrator. */
  gql: Gql;
  /** Sends requests with these headers only (e.g. none: anonymous; a Bearer token). */
  client(headers: Record<string, string>): Gql;
  /** A logged-in officer of this role (a fresh account), and a client with their session cookie. */
  loginAs(role: UserRole, scope?: { unitId?: string; blocId?: string }): Promise<{ user: User; gql: Gql; cookie: string }>;
  /** A second server instance on the same database (its own pool and LISTEN connection), as in a scaled deployment. */
  anotherInstance(services?: ServiceOptions): Promise<{ url: string; http: HttpServer; close(): Promise<void> }>;
  /** The first instance's HTTP server (its live bus, open sockets). */
  http: HttpServer;
  close(): Promise<void>;
}

let accounts = 0;

/** Creates an account and a session for it directly in the database; returns the cookie header. */
async function sessionFor(db: DataSource, role: UserRole, scope: { unitId?: string; blocId?: string } = {}) {
  accounts += 1;
  const user = await db.manager.save(
    db.manager.create(User, {
      username: `test_${role.toLowerCase()}_${accounts}_${process.pid}`,
      displayName: `Cán bộ thử ${accounts}`,
      role,
      passwordHash: 'scrypt$unusable',
      ...scope,
    }),
  );
  const secret = randomSecret();
  await db.manager.insert(Session, { secretHash: sha256(secret), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
  return { user, cookie: `${SESSION_COOKIE}=${secret}` };
}

/** Server settings a test may change, e.g. `{ production: true }` or a smaller `maxQueryCost`. */
export type TestSettings = Partial<
  Pick<
    Config,
    | 'production'
    | 'development'
    | 'maxQueryCost'
    | 'maxQueryDepth'
    | 'maxQueryAliases'
    | 'maxUploadBytes'
    | 'uploadKinds'
    | 'allowedOrigins'
    | 'publicLookupRateCapacity'
    | 'publicLookupRatePerSecond'
  >
>;

/** A fresh database (copied from the migrated template) and the real HTTP server on a free port. */
export async function createTestApp(settings: TestSettings = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const name = `thidua_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
  const db = createDataSource({ url: databaseUrl(adminUrl, name), logErrors: false, poolSize: 5 });
  await db.initialize();
  let http: HttpServer;
  const { maxQueryCost, maxQueryDepth, maxQueryAliases, maxUploadBytes, uploadKinds, publicLookupRateCapacity, publicLookupRatePerSecond } = loadConfig({});
  const serverSettings = {
    host: '127.0.0.1',
    port: 0,
    production: false,
    development: false,
    queryStats: true,
    clientDir: null,
    cookieSecure: false,
    maxQueryCost,
    maxQueryDepth,
    maxQueryAliases,
    publicLookupRateCapacity,
    publicLookupRatePerSecond,
    maxUploadBytes,
    uploadKinds,
    allowedOrigins: [] as string[],
    ...settings,
  };
  try {
    http = await startHttpServer(serverSettings, db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const client = (base: Record<string, string>) => gqlClient(http.url, base);
  const administrator = await sessionFor(db, 'ADMIN');
  return {
    url: http.url,
    db,
    gql: client({ cookie: administrator.cookie }),
    client,
    async loginAs(role, scope) {
      const { user, cookie } = await sessionFor(db, role, scope);
      return { user, cookie, gql: client({ cookie }) };
    },
    http,
    async anotherInstance(services) {
      const otherDb = createDataSource({ url: databaseUrl(adminUrl, name), logErrors: false, poolSize: 5 });
      await otherDb.initialize();
      const other = await startHttpServer(serverSettings, otherDb, services);
      return {
        url: other.url,
        http: other,
        async close() {
          await other.stop();
          other.server.close();
          await otherDb.destroy();
        },
      };
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

/** Sends GraphQL requests over HTTP to the server at `url`, with these headers. */
export function gqlClient(url: string, base: Record<string, string>): Gql {
  return async (query, variables, headers) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...base, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResponse, 'status'>;
    return { status: response.status, ...body } as never;
  };
}

/** Fails the test with the response's errors when the request did not succeed. */
export function ok<T>(response: GqlResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data;
}
