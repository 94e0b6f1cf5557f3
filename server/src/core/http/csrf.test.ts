import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';

/**
 * Apollo's CSRF prevention stays on: a request a browser could send cross-site without a
 * preflight (a "simple" request) is refused before anything runs, so a session cookie cannot be
 * abused from another site.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const QUERY = JSON.stringify({ query: '{ __typename }' });
const url = () => `${app.url}/graphql`;
const getUrl = () => `${url()}?query=${encodeURIComponent('{ __typename }')}`;

describe('CSRF prevention', () => {
  it('refuses simple POSTs: text/plain, form-encoded, multipart', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(url(), { method: 'POST', headers: { 'content-type': type }, body: QUERY });
      expect(response.status, type).toBe(400);
      expect(await response.text(), type).toMatch(/CSRF/);
    }
  });

  it('refuses a GET without a preflight header', async () => {
    const response = await fetch(getUrl());
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('serves a JSON POST, and a GET with apollo-require-preflight or an operation name header', async () => {
    const json = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    expect(json.status).toBe(200);
    for (const header of ['apollo-require-preflight', 'x-apollo-operation-name']) {
      const response = await fetch(getUrl(), { headers: { [header]: 'true' } });
      expect(response.status, header).toBe(200);
      expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    }
  });
});
