import type http from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response, the web app's and the API's (helmet). The policy is what the
 * built app needs and no more: its own scripts, workers (Monaco in GraphiQL) and connections
 * (HTTP and the graphql-ws socket, which 'self' covers); inline styles, which antd's CSS-in-JS and
 * Monaco insert at run time; images and fonts of its own or inlined as data:. No page may frame it.
 * HSTS only in production, which is served over HTTPS.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/**
 * Whether a WebSocket upgrade may open: a browser always sends its page's Origin, and a socket
 * opened by another site's page would carry the officer's session cookie (cross-site WebSocket
 * hijacking), so the Origin must be this server's own (its Host) or one of `allowedOrigins`.
 * Clients that are no browser send no Origin and authenticate with a token; they pass.
 */
export function originAllowed(request: http.IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
