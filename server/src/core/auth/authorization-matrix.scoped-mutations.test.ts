import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createSchema } from '../graphql/schema.js';
import { scopedMutations } from '../../test-support/matrix/scoped-mutations.js';
import { runMutationCase } from '../../test-support/matrix/run.js';

/**
 * The authorization matrix, scoped mutations: each mutation as every kind of caller, in a fresh
 * world each time; allowed runs succeed and write, denied runs fail with the expected code and
 * leave every table as it was.
 */
let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
});
afterAll(() => app.close());

describe('authorization matrix: scoped mutations', () => {
  for (const [name, c] of Object.entries(scopedMutations)) {
    it(name, async () => {
      expect(await runMutationCase(app, schema, name, c)).toEqual([]);
    });
  }
});
