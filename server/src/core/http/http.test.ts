import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';

/** The endpoint follows the GraphQL-over-HTTP specification (media types and status codes). */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const post = (body: string, headers: Record<string, string>) => fetch(`${app.url}/graphql`, { method: 'POST', body, headers });
const JSON_TYPE = { 'content-type': 'application/json' };

describe('GraphQL over HTTP', () => {
  it('answers application/graphql-response+json when the client accepts it', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { ...JSON_TYPE, accept: 'application/graphql-response+json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('answers application/json to clients that only accept JSON', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { ...JSON_TYPE, accept: 'application/json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('rejects unparseable and invalid documents with 400 and no data', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const parse = await post(JSON.stringify({ query: '{ units( ' }), { ...JSON_TYPE, ...accept });
    expect(parse.status).toBe(400);
    const parsed = await parse.json();
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await post(JSON.stringify({ query: '{ nope }' }), { ...JSON_TYPE, ...accept });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const missing = await post(JSON.stringify({}), { ...JSON_TYPE, ...accept });
    expect(missing.status).toBe(400);
  });

  it('serves queries over GET and refuses mutations over GET with 405', async () => {
    const query = encodeURIComponent('{ __typename }');
    const get = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    const mutation = encodeURIComponent('mutation { deleteUnit(id: "x") { deletedId } }');
    const refused = await fetch(`${app.url}/graphql?query=${mutation}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(refused.status).toBe(405);
  });

  it('blocks cross-site simple requests (CSRF prevention) and unsupported media types', async () => {
    const simple = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    const query = encodeURIComponent('{ __typename }');
    const simpleGet = await fetch(`${app.url}/graphql?query=${query}`);
    expect(simpleGet.status).toBe(400);
  });

  it('reports how many SQL statements a request ran and sets a request id', async () => {
    // Reading needs a signed-in actor: the session lookup, the page and the count.
    const { cookie } = await app.loginAs('ANALYST');
    const res = await post(JSON.stringify({ query: '{ units(first: 1) { totalCount } }' }), { ...JSON_TYPE, cookie, 'x-request-id': 'req-42' });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    expect((await res.json()).extensions.sqlStatements).toBe(3);
  });
});
