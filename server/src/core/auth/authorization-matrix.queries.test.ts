import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createSchema } from '../graphql/schema.js';
import { domainMutations } from '../../test-support/matrix/domain-mutations.js';
import { queryCases } from '../../test-support/matrix/queries.js';
import { runQueryCase } from '../../test-support/matrix/run.js';
import { scopedMutations } from '../../test-support/matrix/scoped-mutations.js';

/**
 * The authorization matrix, queries: every query family as every kind of caller (anonymous,
 * administrator, board, bloc and unit officers of their own and of another bloc or unit, analyst,
 * read and read-write API tokens). Mutations: authorization-matrix.*-mutations.test.ts.
 */
let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
});
afterAll(() => app.close());

describe('authorization matrix', () => {
  it('has a case for every query and every mutation of the schema', () => {
    const covered = new Set(Object.values(queryCases).map((c) => c.field));
    expect([...covered].sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
    expect(Object.keys({ ...scopedMutations, ...domainMutations }).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  describe('queries', () => {
    for (const [name, c] of Object.entries(queryCases)) {
      it(name, async () => {
        expect(await runQueryCase(app, c)).toEqual([]);
      });
    }
  });
});
