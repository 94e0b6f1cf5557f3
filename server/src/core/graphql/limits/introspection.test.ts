import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { createTestApp, ok, type TestApp } from '../../../test-support/app.js';
import { buildApiToken } from '../../../modules/api-token/api-token.builders.js';

const FULL = getIntrospectionQuery();
const TYPE = '{ __type(name: "Unit") { name } }';

describe('introspection in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ production: true });
  });
  afterAll(() => app.close());

  it('is refused to anonymous requests, before anything runs', async () => {
    const anonymous = app.client({});
    for (const query of [FULL, TYPE, '{ ...Q } fragment Q on Query { x: __schema { queryType { name } } }']) {
      const response = await anonymous(query);
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0]?.message).toMatch(/^Cần đăng nhập hoặc dùng mã API để xem lược đồ/);
    }
    expect(ok(await anonymous('{ __typename }')).__typename).toBe('Query');
  });

  it('is allowed to logged-in officers and API tokens, full GraphiQL query included', async () => {
    const analyst = await app.loginAs('ANALYST');
    const { bearer } = await buildApiToken(app.db);
    for (const gql of [app.gql, analyst.gql, app.client({ authorization: `Bearer ${bearer}` })]) {
      const response = await gql(FULL);
      expect(response.status).toBe(200);
      expect(ok(response).__schema.queryType.name).toBe('Query');
      expect(response.extensions?.cost).toMatchObject({ requested: 1 });
    }
  });
});

describe('introspection in development', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is allowed to anonymous requests', async () => {
    expect(ok(await app.client({})(TYPE)).__type.name).toBe('Unit');
    expect(ok(await app.client({})(FULL)).__schema.queryType.name).toBe('Query');
  });
});
