import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { subscribe, wsClient } from '../../test-support/ws.js';

/** Security headers on the app and the API, WebSocket upgrades from other sites refused, no schema hints to strangers in production. */
const ALLOWED = 'https://thidua.example.vn';
let app: TestApp;
let production: TestApp;
beforeAll(async () => {
  [app, production] = await Promise.all([createTestApp({ allowedOrigins: [ALLOWED] }), createTestApp({ production: true })]);
});
afterAll(() => Promise.all([app.close(), production.close()]));

const graphql = (base: string, body: unknown) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Opens a raw socket with this Origin: the HTTP status of a refused upgrade, or 101 once open. */
function upgrade(url: string, origin: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', origin ? { origin } : {});
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', reject);
  });
}

describe('security headers', () => {
  it('are sent with API responses and errors alike', async () => {
    for (const response of [await graphql(app.url, { query: '{ __typename }' }), await fetch(`${app.url}/healthz`), await fetch(`${app.url}/nowhere`)]) {
      const headers = response.headers;
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('include HSTS in production only', async () => {
    expect((await fetch(`${production.url}/healthz`)).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('WebSocket origin', () => {
  it('opens for the same origin, an allowed origin and clients without one; refuses others with 403', async () => {
    expect(await upgrade(app.url, app.url)).toBe(101);
    expect(await upgrade(app.url, ALLOWED)).toBe(101);
    expect(await upgrade(app.url, undefined)).toBe(101);
    expect(await upgrade(app.url, 'https://evil.example.com')).toBe(403);
    expect(await upgrade(app.url, 'null')).toBe(403);
  });

  it('treats a malformed session cookie as signed out instead of failing the socket', async () => {
    const client = wsClient(app.url, { cookie: 'thidua_session=%E0%A4%A' });
    const denied = subscribe(client, 'subscription { changes { seq } }');
    await expect(denied.waitFor(1)).rejects.toThrow(/UNAUTHENTICATED/);
    await client.dispose();
  });
});

describe('schema suggestions', () => {
  const typo = { query: '{ unts { totalCount } }' };
  it('are left out for anonymous callers in production', async () => {
    const body = await (await graphql(production.url, typo)).json();
    expect(body.errors[0].message).toMatch(/Cannot query field "unts"/);
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('are kept for signed-in officers in production, and outside production', async () => {
    expect((await production.gql(typo.query)).errors![0]!.message).toMatch(/Did you mean "units"/);
    expect((await (await graphql(app.url, typo)).json()).errors[0].message).toMatch(/Did you mean "units"/);
  });
});
