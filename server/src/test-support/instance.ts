import { loadConfig } from '../core/config.js';
import { createDataSource } from '../core/db/data-source.js';
import { startHttpServer } from '../core/http/server.js';
import type { ServiceOptions } from '../services.js';
import { gqlClient, type Gql, type TestApp } from './app.js';

export interface Instance {
  url: string;
  /** A client of this instance with the given headers (e.g. a session cookie). */
  client(headers: Record<string, string>): Gql;
  close(): Promise<void>;
}

/**
 * Another server instance on the test app's database, with its own connection pool, LISTEN
 * connection and timers, as a second machine behind a load balancer would be.
 */
export async function startInstance(app: TestApp, services: ServiceOptions = {}): Promise<Instance> {
  const db = createDataSource({ url: (app.db.options as { url: string }).url, logErrors: false, poolSize: 3 });
  await db.initialize();
  const { maxQueryCost, maxQueryDepth, maxQueryAliases } = loadConfig({});
  const http = await startHttpServer(
    { host: '127.0.0.1', port: 0, production: false, queryStats: false, clientDir: null, cookieSecure: false, maxQueryCost, maxQueryDepth, maxQueryAliases },
    db,
    services,
  ).catch(async (error: unknown) => {
    await db.destroy();
    throw error;
  });
  return {
    url: http.url,
    client: (base) => gqlClient(http.url, base),
    async close() {
      await http.stop();
      http.server.close();
      await db.destroy();
    },
  };
}
