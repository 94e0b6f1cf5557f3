import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { GraphQLError, parse, validate, getOperationAST, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { sha256 } from '../auth/secrets.js';
import { UnauthenticatedError } from '../auth/policy.js';
import { buildContext, type ServerContext } from '../context.js';
import { authenticate, readCookie, SESSION_COOKIE } from '../http/authenticate.js';
import { checkOperation } from '../graphql/limits/check.js';
import { formatError } from '../graphql/format-error.js';
import { originAllowed } from '../http/security.js';

/** Who opened the socket: the session cookie sent with the upgrade, or `authorization` in connection params. */
function credentials(request: http.IncomingMessage, params: Readonly<Record<string, unknown>> | undefined) {
  const authorization = typeof params?.authorization === 'string' ? params.authorization : undefined;
  const secret = readCookie(request.headers.cookie, SESSION_COOKIE);
  // Sessions are only read here: signing in and out happen over HTTP.
  return { authorization, cookie: { read: () => secret, set: () => undefined, clear: () => undefined } };
}

/**
 * GraphQL subscriptions over graphql-ws on the same path as queries (`/graphql`), with the same
 * caller: the session cookie of the upgrade request or a partner token in the connection params
 * (`{ authorization: "Bearer thd_…" }`). Each subscription re-checks the caller, so a signed-out
 * session or a revoked token gets no new subscriptions; the limits of HTTP apply to its document.
 * Queries and mutations stay on HTTP.
 */
export function startSubscriptionServer(server: http.Server, schema: GraphQLSchema, shared: ServerContext, allowedOrigins: readonly string[] = []) {
  const { db, services, limits } = shared;
  // An upgrade from another site's page is refused with 403 before any socket opens (security.ts).
  const wsServer = new WebSocketServer({
    server,
    path: '/graphql',
    verifyClient: ({ req }, done) => (originAllowed(req, allowedOrigins) ? done(true) : done(false, 403, 'Forbidden origin')),
  });
  const caller = (request: http.IncomingMessage, params: Readonly<Record<string, unknown>> | undefined) => {
    const { authorization, cookie } = credentials(request, params);
    return authenticate(services, db, authorization, cookie).then((found) => ({ ...found, cookie }));
  };

  const cleanup = useServer<Record<string, unknown> | undefined, { request: http.IncomingMessage }>(
    {
      schema,
      async onConnect(ctx) {
        // Credentials that are present but wrong close the socket (4403); no credentials = anonymous.
        return caller(ctx.extra.request, ctx.connectionParams).then(
          () => true,
          (error) => {
            if (error instanceof UnauthenticatedError) return false;
            throw error;
          },
        );
      },
      async onSubscribe(ctx, _id, payload) {
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length)
          return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Không xác định được thao tác. / Unknown operation.')];
        if (operation.operation !== 'subscription') {
          return [
            new GraphQLError('Qua WebSocket chỉ nhận subscription; truy vấn và thay đổi gửi qua HTTP. / Only subscriptions over WebSocket.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const { actor, token, cookie } = await caller(ctx.extra.request, ctx.connectionParams).catch((error: unknown) => {
          if (error instanceof UnauthenticatedError) throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED' } });
          throw error;
        });
        const { refusal } = checkOperation({
          schema,
          document,
          operation,
          variables: payload.variables ?? undefined,
          queryHash: sha256(payload.query),
          limits,
          token,
          refuseIntrospection: false, // subscriptions need a signed-in caller
          mustChangePassword: actor.mustChangePassword === true,
        });
        if (refusal) return [refusal];
        const contextValue = buildContext(shared, { requestId: randomUUID(), actor, token, cookie });
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
        return args;
      },
      // The same error mapping as HTTP (core/graphql/format-error.ts).
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return result;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } as unknown as typeof result;
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => formatError(error.toJSON(), error) as unknown as GraphQLError);
      },
    },
    wsServer,
  );

  return {
    async stop() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
