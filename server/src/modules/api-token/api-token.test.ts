import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { sha256 } from '../../core/auth/secrets.js';
import { ApiToken } from './api-token.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id prefix name scopes expiresAt revokedAt lastUsedAt } userErrors { field code } }
}`;
const REVOKE = 'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { token { revokedAt } userErrors { code } } }';
const READ = '{ units(first: 1) { totalCount } }';
const inADay = () => new Date(Date.now() + 86_400_000).toISOString();
const bearer = (secret: string) => app.client({ authorization: `Bearer ${secret}` });

async function createToken(name = 'Phần mềm nhân sự tỉnh') {
  const created = ok(await app.gql(CREATE, { input: { name, scopes: ['READ'], expiresAt: inADay() } })).createApiToken;
  expect(created.userErrors).toEqual([]);
  return created as { secret: string; token: { id: string; prefix: string; lastUsedAt: string | null } };
}

describe('API tokens: create, use, expire, revoke', () => {
  it('shows the secret once and stores only its hash', async () => {
    const { secret, token } = await createToken();
    const [, prefix, part] = /^thd_([A-Za-z0-9_-]{8})_(.+)$/.exec(secret)!;
    expect(prefix).toBe(token.prefix);
    const row = await app.db.getRepository(ApiToken).findOneByOrFail({ prefix });
    expect(row.secretHash).toBe(sha256(part!));
    expect(JSON.stringify(row)).not.toContain(part);
    // Listing tokens never shows a secret: the type has no such field.
    const listed = await app.gql('{ apiTokens(first: 100) { nodes { prefix secret } } }');
    expect(listed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets only administrators create tokens, with an expiry in the future', async () => {
    const analyst = await app.loginAs('ANALYST');
    const refused = await analyst.gql(CREATE, { input: { name: 'x', scopes: ['READ'], expiresAt: inADay() } });
    expect(refused.errors?.[0]?.extensions?.code ?? refused.data?.createApiToken?.userErrors?.[0]?.code).toBe('FORBIDDEN');
    const past = ok(await app.gql(CREATE, { input: { name: 'x', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' } })).createApiToken;
    expect(past.userErrors).toEqual([{ field: ['expiresAt'], code: 'OUT_OF_RANGE' }]);
  });

  it('is used with Authorization: Bearer and records when it was last used', async () => {
    const { secret, token } = await createToken();
    const used = await bearer(secret)(READ);
    expect(used.status).toBe(200);
    expect(ok(used).units.totalCount).toBeGreaterThanOrEqual(0);
    const row = await app.db.getRepository(ApiToken).findOneByOrFail({ prefix: token.prefix });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    // A READ token is a partner, not an administrator.
    expect((await bearer(secret)('{ apiTokens { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stops working once expired: 401 UNAUTHENTICATED before anything runs', async () => {
    const { secret, token } = await createToken();
    expect((await bearer(secret)(READ)).status).toBe(200);
    const row = await app.db.getRepository(ApiToken).findOneByOrFail({ prefix: token.prefix });
    await app.db.getRepository(ApiToken).save(Object.assign(row, { expiresAt: new Date(Date.now() - 1000) }));
    const expired = await bearer(secret)(READ);
    expect(expired.status).toBe(401);
    expect(expired.data ?? null).toBeNull();
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops working once revoked, and cannot be revoked twice', async () => {
    const { secret, token } = await createToken();
    expect((await bearer(secret)(READ)).status).toBe(200);
    const revoked = ok(await app.gql(REVOKE, { input: { id: token.id } })).revokeApiToken;
    expect(revoked.userErrors).toEqual([]);
    expect(revoked.token.revokedAt).toEqual(expect.any(String));
    const refused = await bearer(secret)(READ);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ok(await app.gql(REVOKE, { input: { id: token.id } })).revokeApiToken.userErrors).toEqual([{ code: 'INVALID_STATE' }]);
  });

  it('refuses malformed, unknown and wrong credentials with 401', async () => {
    const { secret } = await createToken();
    const wrongSecret = secret.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const authorization of ['Bearer nonsense', 'Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${wrongSecret}`, 'Bearer thd_unknown0_aaaaaaaaaaaaaaaaaaaaaaaa']) {
      const response = await app.client({ authorization })(READ);
      expect(response.status, authorization).toBe(401);
      expect(response.errors?.[0]?.extensions?.code, authorization).toBe('UNAUTHENTICATED');
    }
  });
});
