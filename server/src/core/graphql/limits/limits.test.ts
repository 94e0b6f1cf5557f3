import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type GqlResponse, type TestApp } from '../../../test-support/app.js';
import { buildUnit } from '../../../test-support/builders.js';
import { sha256 } from '../../auth/secrets.js';
import { buildApiToken } from '../../../modules/api-token/api-token.builders.js';
import { ApiToken } from '../../../modules/api-token/entities.js';
import { startHttpServer } from '../../http/server.js';
import { loadConfig } from '../../config.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await buildUnit(app.db);
});
afterAll(() => app.close());

type Cost = { requested: number; actual: number; limit: number; remaining: number | null };
const costOf = (response: GqlResponse) => response.extensions?.cost as Cost;
const codeOf = (response: GqlResponse) => response.errors?.[0]?.extensions?.code;
const withToken = (bearer: string) => app.client({ authorization: `Bearer ${bearer}` });

// 1 + 1 + 100 × (1 + 1 + 100 × (1 + 1 + 1 + 1)) = 40 202 … plus one more level is far over 50 000.
const TOO_COSTLY = '{ units(first: 100) { nodes { people(first: 100) { nodes { commendations(first: 100) { nodes { id } } } } } } }';
const deep = (levels: number) => `{ units(first: 1) { nodes { ${'parent { '.repeat(levels - 3)}name${' }'.repeat(levels - 3)} } } }`;
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('extensions.cost', () => {
  it('reports requested, actual, limit, and no bucket for a session', async () => {
    const response = await app.gql('{ units(first: 5) { totalCount nodes { name } } }');
    const returned = ok(response).units.nodes.length;
    expect(returned).toBeGreaterThan(0);
    // requested: units 1 + totalCount 1 + nodes (1 + 5 × name); actual: units, totalCount, nodes, one name per unit returned
    expect(costOf(response)).toEqual({ requested: 8, actual: 3 + returned, limit: 50_000, remaining: null });
  });

  it('is on error responses too', async () => {
    const response = await app.gql('{ nope }');
    expect(costOf(response)).toEqual({ requested: 0, actual: 0, limit: 50_000, remaining: null });
  });
});

describe('limits checked before execution', () => {
  async function expectRefused(query: string, code: string, figures: RegExp) {
    const baseline = await app.gql('{ __typename }');
    const response = await app.gql(query);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(codeOf(response)).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(figures);
    // Only what authenticating the session took: no resolver ran.
    expect(response.extensions?.sqlStatements).toBe(baseline.extensions?.sqlStatements);
    return response;
  }

  it('refuses an operation that costs more than MAX_QUERY_COST', async () => {
    const response = await expectRefused(TOO_COSTLY, 'COST_LIMIT_EXCEEDED', /^Truy vấn quá tốn kém: chi phí ước tính [\d.]+ điểm, tối đa 50\.000/);
    expect(response.errors?.[0]?.extensions).toMatchObject({ cost: 1 + 1 + 100 * (1 + 1 + 100 * (1 + 1 + 100 * 1)), limit: 50_000 });
    expect(costOf(response)).toMatchObject({ requested: 1 + 1 + 100 * (1 + 1 + 100 * 102), actual: 0 });
  });

  it('refuses an operation nested deeper than MAX_QUERY_DEPTH', async () => {
    expect((await app.gql(deep(12))).errors).toBeUndefined();
    await expectRefused(deep(13), 'DEPTH_LIMIT_EXCEEDED', /^Truy vấn lồng quá sâu: 13 cấp, tối đa 12/);
  });

  it('refuses an operation with more aliases than MAX_QUERY_ALIASES, fragments included', async () => {
    expect((await app.gql(aliased(30))).errors).toBeUndefined();
    await expectRefused(aliased(31), 'ALIAS_LIMIT_EXCEEDED', /^Truy vấn dùng quá nhiều bí danh \(alias\): 31, tối đa 30/);
    const viaFragment = `{ units(first: 1) { nodes { ...A } } } fragment A on Unit { ${Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')} }`;
    await expectRefused(viaFragment, 'ALIAS_LIMIT_EXCEEDED', /31, tối đa 30/);
  });

  it('tells the limits in the schema', async () => {
    expect(ok(await app.gql('{ apiLimits { maxCost maxDepth maxAliases defaultPageSize unpagedListSize bucketCapacity leakPerSecond } }')).apiLimits).toEqual({
      maxCost: 50_000,
      maxDepth: 12,
      maxAliases: 30,
      defaultPageSize: 20,
      unpagedListSize: 10,
      bucketCapacity: null,
      leakPerSecond: null,
    });
  });
});

describe('leaky bucket per API token', () => {
  const PAGE = '{ units(first: 20) { nodes { name } } }'; // 22 points

  it('charges the requested cost and reports what is left', async () => {
    const { bearer } = await buildApiToken(app.db, { rateCapacity: 1000, ratePerSecond: 1 });
    const first = await withToken(bearer)(PAGE);
    expect(costOf(first)).toMatchObject({ requested: 22, limit: 1000 });
    expect(costOf(first).remaining).toBeLessThanOrEqual(1000 - 22);
    const second = await withToken(bearer)(PAGE);
    expect(costOf(second).remaining).toBeLessThan(costOf(first).remaining!);
    expect(ok(await withToken(bearer)('{ apiLimits { maxCost bucketCapacity leakPerSecond } }')).apiLimits).toEqual({
      maxCost: 1000,
      bucketCapacity: 1000,
      leakPerSecond: 1,
    });
  });

  it('refuses with 429 RATE_LIMITED and Retry-After when the bucket is full, running nothing', async () => {
    const { token, bearer } = await buildApiToken(app.db, { rateCapacity: 1000, ratePerSecond: 1 });
    await app.db.getRepository(ApiToken).update({ id: token.id }, { bucketLevel: 990, bucketAt: new Date() });
    const response = await withToken(bearer)(PAGE);
    expect(response.status).toBe(429);
    expect(response.data ?? null).toBeNull();
    expect(codeOf(response)).toBe('RATE_LIMITED');
    expect(response.errors?.[0]?.message).toMatch(/^Mã API đã dùng hết hạn mức: truy vấn cần 22 điểm/);
    expect(response.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    // Authentication and the bucket statement, nothing else.
    expect(response.extensions?.sqlStatements).toBe(2);
    expect(costOf(response)).toMatchObject({ requested: 22, actual: 0, limit: 1000 });
    const row = await app.db.getRepository(ApiToken).findOneByOrFail({ id: token.id });
    expect(row.bucketLevel).toBe(990);
    // A cheaper request still fits.
    expect((await withToken(bearer)('{ __typename }')).status).toBe(200);
  });

  it('reports the Retry-After header', async () => {
    const { token, bearer } = await buildApiToken(app.db, { rateCapacity: 1000, ratePerSecond: 1 });
    await app.db.getRepository(ApiToken).update({ id: token.id }, { bucketLevel: 1000, bucketAt: new Date() });
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: PAGE }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
    expect((await response.json()).errors[0].extensions.retryAfterSeconds).toBe(retryAfter);
  });

  it('lets concurrent requests overdraw nothing', async () => {
    const { bearer } = await buildApiToken(app.db, { rateCapacity: 100, ratePerSecond: 1 });
    const responses = await Promise.all(Array.from({ length: 10 }, () => withToken(bearer)(PAGE)));
    // 4 × 22 = 88 fits in 100; a fifth would need 110.
    expect(responses.filter((r) => r.status === 200)).toHaveLength(4);
    expect(responses.filter((r) => codeOf(r) === 'RATE_LIMITED')).toHaveLength(6);
  });

  it('is shared by every server instance on the same database', async () => {
    const config = loadConfig({});
    const other = await startHttpServer({ ...config, host: '127.0.0.1', port: 0, clientDir: null, production: false, queryStats: true }, app.db);
    try {
      const { bearer } = await buildApiToken(app.db, { rateCapacity: 100, ratePerSecond: 1 });
      for (let i = 0; i < 4; i += 1) expect((await withToken(bearer)(PAGE)).status).toBe(200);
      const elsewhere = await fetch(`${other.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: PAGE }),
      });
      expect(elsewhere.status).toBe(429);
    } finally {
      await other.stop();
      other.server.close();
    }
  });

  it('caps a token’s cost per request at its bucket capacity', async () => {
    const { token, bearer } = await buildApiToken(app.db, { rateCapacity: 100, ratePerSecond: 1 });
    const response = await withToken(bearer)('{ units(first: 100) { nodes { name } } }');
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('COST_LIMIT_EXCEEDED');
    expect(response.errors?.[0]?.extensions).toMatchObject({ cost: 102, limit: 100 });
    expect(costOf(response)).toMatchObject({ requested: 102, limit: 100, remaining: 100 });
    expect((await app.db.getRepository(ApiToken).findOneByOrFail({ id: token.id })).bucketLevel).toBe(0);
  });
});

describe('trusted operations and persisted queries', () => {
  const TRUSTED = '{ units(first: 1) { totalCount } }';

  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = { cookie: (await app.loginAs('ADMIN')).cookie };
  });
  const post = (body: unknown, headers: Record<string, string> = admin) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(
      async (r) => ({
        status: r.status,
        ...((await r.json()) as Omit<GqlResponse, 'status'>),
      }),
    );
  const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('lets a token with a list run only the listed documents: 403 UNTRUSTED_OPERATION otherwise', async () => {
    const { bearer } = await buildApiToken(app.db, { trustedOperations: [sha256(TRUSTED)] });
    const trusted = await withToken(bearer)(TRUSTED);
    expect(trusted.status).toBe(200);
    expect(ok(trusted).units.totalCount).toBeGreaterThan(0);
    // The same operation spelled differently is another document.
    const other = await withToken(bearer)('{ units(first: 1) { totalCount  } }');
    expect(other.status).toBe(403);
    expect(other.data ?? null).toBeNull();
    expect(codeOf(other)).toBe('UNTRUSTED_OPERATION');
    // Only authenticating the token ran; the bucket was not charged.
    expect(other.extensions?.sqlStatements).toBe(1);
    // A token without a list may run anything.
    const { bearer: open } = await buildApiToken(app.db);
    expect((await withToken(open)('{ units(first: 1) { totalCount  } }')).status).toBe(200);
  });

  it('registers an automatic persisted query and answers it by hash', async () => {
    const query = `{ units(first: 2) { totalCount } } # ${Math.random()}`;
    const hash = sha256(query);
    const unknown = await post({ extensions: persisted(hash) });
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(ok(await post({ query, extensions: persisted(hash) })).units.totalCount).toBeGreaterThan(0);
    const byHash = await post({ extensions: persisted(hash) });
    expect(byHash.status).toBe(200);
    expect(ok(byHash).units.totalCount).toBeGreaterThan(0);
    expect(costOf(byHash)).toMatchObject({ requested: 2, actual: 2 });
    const get = await fetch(`${app.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(hash)))}`, {
      headers: { ...admin, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect((await get.json()).data.units.totalCount).toBeGreaterThan(0);
  });

  it('checks a hash-only request against the token’s trusted operations like the text', async () => {
    const { bearer } = await buildApiToken(app.db, { trustedOperations: [sha256(TRUSTED)] });
    const auth = { authorization: `Bearer ${bearer}` };
    expect((await post({ query: TRUSTED, extensions: persisted(sha256(TRUSTED)) }, auth)).status).toBe(200);
    const byHash = await post({ extensions: persisted(sha256(TRUSTED)) }, auth);
    expect(byHash.status).toBe(200);
    expect(ok(byHash).units.totalCount).toBeGreaterThan(0);
    // Registered by someone else, but not on this token's list.
    const query = `{ units(first: 3) { totalCount } } # ${Math.random()}`;
    expect((await post({ query, extensions: persisted(sha256(query)) })).status).toBe(200);
    const untrusted = await post({ extensions: persisted(sha256(query)) }, auth);
    expect(untrusted.status).toBe(403);
    expect(codeOf(untrusted)).toBe('UNTRUSTED_OPERATION');
  });
});
