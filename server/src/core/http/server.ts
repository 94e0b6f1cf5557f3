import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { buildServices, type ServiceOptions } from '../../services.js';
import { authenticate, sessionCookie, unauthenticated } from './authenticate.js';
import { serveClient } from './client-app.js';
import type { Config } from '../config.js';
import { buildContext, type Context, type ServerContext } from '../context.js';
import { ANONYMOUS } from '../actor.js';
import { withChangeOrigin, type ChangeOrigin } from '../changes/origin.js';
import { queryStatsStorage, type QueryStats } from '../db/query-stats.js';
import { formatError } from '../graphql/format-error.js';
import { httpErrors, notFound } from './errors.js';
import { securityHeaders } from './security.js';
import { noSuggestionsForAnonymous } from '../graphql/suggestions.js';
import { createSchema } from '../graphql/schema.js';
import { queryLimits } from '../graphql/limits/limits.js';
import { limitsPlugin } from '../graphql/limits/limits.plugin.js';
import { LiveBus } from '../live/bus.js';
import { startSubscriptionServer } from '../live/ws.js';
import { fileRoutes } from '../../modules/file/index.js';
import { DEFAULT_JOB_TIMING, jobRoutes, JobRunner, listExportHandler } from '../../modules/job/index.js';
import { statisticsRoutes } from '../../modules/statistics/index.js';
import { documentRoutes } from '../../modules/document/index.js';

export interface HttpServer {
  server: http.Server;
  url: string;
  live: LiveBus;
  /** This instance's worker of the job queue. */
  jobs: JobRunner;
  stop(): Promise<void>;
}

type Settings = Pick<
  Config,
  | 'host'
  | 'port'
  | 'production'
  | 'development'
  | 'queryStats'
  | 'clientDir'
  | 'cookieSecure'
  | 'maxQueryCost'
  | 'maxQueryDepth'
  | 'maxQueryAliases'
  | 'publicLookupRateCapacity'
  | 'publicLookupRatePerSecond'
  | 'maxUploadBytes'
  | 'uploadKinds'
  | 'allowedOrigins'
>;

/** API at /graphql and the built web app at / on one port. `services` shortens timings in tests. */
export async function startHttpServer(config: Settings, db: DataSource, serviceOptions: ServiceOptions = {}): Promise<HttpServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config.production));
  const server = http.createServer(app);
  const services = buildServices(db, { files: { uploadKinds: config.uploadKinds }, ...serviceOptions });
  const limits = queryLimits(config);
  const schema = await createSchema();
  const live = new LiveBus(db);
  // Before the bus starts, so it listens on the presence channel from its first connection.
  const presence = services.presence.serve(live);
  await live.start();
  const shared: ServerContext = { db, services, limits, live };
  const subscriptions = startSubscriptionServer(server, schema, shared, config.allowedOrigins);
  const jobs = new JobRunner(
    db,
    (db.options as { url: string }).url,
    { LIST_EXPORT: listExportHandler(schema, shared) },
    { ...DEFAULT_JOB_TIMING, ...serviceOptions.jobs },
  );
  await jobs.start();
  services.jobs.useRunner(jobs);

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // Stack traces only in development (Apollo would otherwise decide from process.env alone).
    includeStacktraceInErrorResponses: config.development,
    // Introspection is gated per caller by limitsPlugin; automatic persisted queries are on by default.
    introspection: true,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set anywhere; the default cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(limits, config.production),
      ...(config.production ? [noSuggestionsForAnonymous()] : []),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const stats = queryStatsStorage.getStore();
              if (config.queryStats && stats && response.body.kind === 'single') {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.statements };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  const requestScope: express.RequestHandler = (req, res, next) => {
    const stats: QueryStats = { statements: 0 };
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    // The event log stamps changes with this origin; the actor is set once authenticated.
    const origin: ChangeOrigin = { actor: ANONYMOUS, requestId };
    res.locals.changeOrigin = origin;
    queryStatsStorage.run(stats, () => withChangeOrigin(origin, next));
  };
  app.use('/files', requestScope, fileRoutes({ db, services, cookieSecure: config.cookieSecure, maxUploadBytes: config.maxUploadBytes }));
  app.use('/jobs', requestScope, jobRoutes({ db, services, cookieSecure: config.cookieSecure }));
  app.use('/exports', requestScope, statisticsRoutes({ db, services, cookieSecure: config.cookieSecure }));
  app.use('/documents', requestScope, documentRoutes({ db, services, cookieSecure: config.cookieSecure }));
  app.use(
    '/graphql',
    requestScope,
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const cookie = sessionCookie(req, res, config.cookieSecure);
        const { actor, token } = await authenticate(services, db, req.headers.authorization, cookie).catch(unauthenticated);
        (res.locals.changeOrigin as ChangeOrigin).actor = actor;
        return buildContext(shared, { requestId: res.locals.requestId as string, actor, token, cookie, address: req.socket.remoteAddress ?? null });
      },
    }),
  );
  serveClient(app, config.clientDir);
  app.use(notFound);
  app.use(httpErrors(config.development));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    server,
    url: `http://${shownHost}:${port}`,
    live,
    jobs,
    async stop() {
      presence.stop();
      services.jobs.useRunner(null);
      await jobs.stop();
      await subscriptions.stop();
      await apollo.stop();
      await live.stop();
    },
  };
}
