import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createSchema } from '../graphql/schema.js';
import { scopedMutations } from '../../test-support/matrix/scoped-mutations.js';
import { runMutationCase } from '../../test-support/matrix/run.js';
import { runVersionedCase, versionedAt } from '../../test-support/matrix/versioned.js';

/**
 * The authorization matrix, scoped mutations: each mutation as every kind of caller, in a fresh
 * world each time; allowed runs succeed and write, denied runs fail with the expected code and
 * leave every table as it was. Mutations with `expectedVersion` run again at the current and at a
 * stale version: the permission is checked first, so a denied caller never gets a conflict.
 */
let app: TestApp;
// Built before the tests are collected: which mutations take expectedVersion decides the tests.
const schema: GraphQLSchema = await createSchema();
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('authorization matrix: scoped mutations', () => {
  for (const [name, c] of Object.entries(scopedMutations)) {
    it(name, async () => {
      expect(await runMutationCase(app, schema, name, c)).toEqual([]);
    });
    if (!versionedAt(schema, name)) continue;
    for (const staleness of ['current', 'stale'] as const) {
      it(`${name} at the ${staleness} version`, async () => {
        expect(await runVersionedCase(app, schema, name, c, staleness)).toEqual([]);
      });
    }
  }
});
