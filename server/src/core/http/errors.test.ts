import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { UnitService } from '../../modules/unit/index.js';

/** Outside development no response carries a stack trace: GraphQL errors of every kind, and HTTP errors before GraphQL. */
const requests: [string, RequestInit][] = [
  ['malformed JSON', { body: '{"query": "{ viewer { id } ' }],
  ['a syntax error', { body: JSON.stringify({ query: '{ viewer { ' }) }],
  ['an unknown field', { body: JSON.stringify({ query: '{ noSuchField }' }) }],
  ['a typed error (unauthenticated)', { body: JSON.stringify({ query: '{ units { totalCount } }' }) }],
  ['an unexpected error in a resolver', { body: JSON.stringify({ query: '{ units { totalCount } }' }), headers: { signedIn: 'yes' } }],
  ['a body too large', { body: JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(3_000_000)}` }) }],
];

async function send(app: TestApp, cookie: string, init: RequestInit) {
  const { signedIn, ...headers } = (init.headers ?? {}) as Record<string, string>;
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    body: init.body,
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(signedIn ? { cookie } : {}), ...headers },
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

for (const [setting, development] of [
  ['production', false],
  ['development', true],
] as const) {
  describe(`error responses in ${setting}`, () => {
    let app: TestApp;
    let cookie: string;
    beforeAll(async () => {
      app = await createTestApp({ production: !development, development });
      cookie = (await app.loginAs('BOARD_OFFICER')).cookie;
      vi.spyOn(UnitService.prototype, 'list').mockRejectedValue(new Error('connection reset by peer'));
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await app.close();
    });

    it.each(requests)('%s', async (_, init) => {
      const answer = await send(app, cookie, init);
      expect(answer.type).toMatch(/json/);
      const body = JSON.parse(answer.text) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors.length).toBeGreaterThan(0);
      if (!development) {
        expect(answer.text).not.toMatch(/stacktrace|exception|\bat .*\.(js|ts):\d+/);
        expect(answer.text).not.toContain('connection reset by peer');
      }
    });

    if (development) {
      it('development keeps stack traces (the check above would see them)', async () => {
        expect((await send(app, cookie, requests[1]![1])).text).toContain('stacktrace');
      });
    }
  });
}
