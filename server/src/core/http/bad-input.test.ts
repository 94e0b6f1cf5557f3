import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlResponse, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { argumentsFor, BAD_CASES, holds, operationFor, PLAIN } from '../../test-support/bad-input.js';
import { createSchema } from '../graphql/schema.js';

/**
 * The bad-input corpus: every mutation of the schema (read from it, so new ones are covered), each
 * String field given bad text and each date a bad year, sent over HTTP by an administrator; then
 * every paged list with forged cursors and every filter nested too deep or grown too wide. None may
 * answer 5xx or INTERNAL_SERVER_ERROR, and no mutation may write anything.
 */
let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
});
afterAll(() => app.close());

function problemOf(what: string, response: GqlResponse): string | null {
  if (response.status >= 500) return `${what}: HTTP ${response.status}`;
  const internal = response.errors?.find((error) => !error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR');
  return internal ? `${what}: ${internal.message}` : null;
}

describe('bad input to every mutation', () => {
  it('answers a stable code and writes nothing', async () => {
    const problems: string[] = [];
    const mutations = Object.values(schema.getMutationType()!.getFields());
    let sent = 0;
    for (const field of mutations) {
      const texts = field.args.some((arg) => holds(arg.type, ['String', 'JSON']));
      const dates = field.args.some((arg) => holds(arg.type, ['LocalDate', 'DateTimeISO']));
      const cases = BAD_CASES.filter((c) => (c.dates ? dates : texts));
      if (!cases.length) continue;
      const document = operationFor(schema, 'mutation', field.name);
      const before = await fingerprint(app.db);
      for (const c of cases) {
        const problem = problemOf(`${field.name} with ${c.name}`, await app.gql(document, argumentsFor(field.args, c.values)));
        if (problem) problems.push(problem);
        sent += 1;
      }
      const after = await fingerprint(app.db);
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) problems.push(`${field.name} with bad input wrote to ${changed.join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(100);
  });
});

const plainArgs = (name: string) => argumentsFor(schema.getQueryType()!.getFields()[name]!.args, PLAIN);
const lists = () => Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.some((arg) => arg.name === 'after'));
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('forged cursors and oversized filters on every paged list', () => {
  it('are BAD_USER_INPUT', async () => {
    const forged = [
      '%%% not base64 %%%',
      cursor('x'),
      cursor(['text', 'not-a-uuid']),
      cursor([{ a: 1 }, [2]]),
      cursor(['a\u0000', 'b']),
      cursor([1e308, 'x', true]),
    ];
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 12; i += 1) deep = { not: deep };
    const wide = { or: Array.from({ length: 150 }, () => ({})) };
    const unknownFields = { or: Array.from({ length: 80 }, () => ({ noSuchField: { eq: 'x' } })) };
    const problems: string[] = [];
    expect(lists().length).toBeGreaterThan(10);
    for (const field of lists()) {
      const document = operationFor(schema, 'query', field.name, '{ totalCount }').replace('{ totalCount }', '{ edges { cursor } }');
      const { first: _, last: __, before: ___, filter: ____, ...base } = plainArgs(field.name);
      const requests: [string, Record<string, unknown>][] = forged.map((after, i) => [`cursor ${i}`, { ...base, first: 2, after }]);
      if (field.args.some((arg) => arg.name === 'filter')) {
        requests.push(
          ['deep filter', { ...base, filter: deep }],
          ['wide filter', { ...base, filter: wide }],
          ['unknown fields', { ...base, filter: unknownFields }],
        );
      }
      for (const [what, variables] of requests) {
        const response = await app.gql(document, variables);
        const problem = problemOf(`${field.name} ${what}`, response);
        if (problem) problems.push(problem);
        else if (!response.errors?.length) problems.push(`${field.name} ${what}: accepted`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('requests malformed before GraphQL runs', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('answers JSON 400 with a code for malformed JSON and an APQ hash that does not match', async () => {
    const query = '{ __typename }';
    for (const body of [
      '{"query": ',
      'null',
      JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } }),
      JSON.stringify({ query, extensions: { persistedQuery: { version: 9, sha256Hash: 'a'.repeat(64) } } }),
    ]) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(response.headers.get('content-type'), body).toMatch(/json/);
      expect((await response.json()).errors[0].extensions.code, body).toBe('BAD_REQUEST');
    }
    const unknown = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }));
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('treats a malformed session cookie as signed out', async () => {
    for (const cookie of ['thidua_session=%E0%A4%A', 'thidua_session=%', `thidua_session=${'x'.repeat(5000)}`]) {
      const response = await post(JSON.stringify({ query: '{ viewer { kind } }' }), { cookie });
      expect(response.status, cookie).toBe(200);
      expect(await response.json(), cookie).toMatchObject({ data: { viewer: { kind: 'ANONYMOUS' } } });
    }
  });
});
