import { beforeAll, describe, expect, it } from 'vitest';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { createSchema } from '../schema.js';
import { actualCost } from './actual.js';
import { measureOperation } from './measure.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function measure(query: string, variables?: Record<string, unknown>, budget = 100_000) {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables, budget);
}

describe('query cost, before execution', () => {
  it('counts 1 per field and multiplies the page lists of a connection by its page size', () => {
    // units 1 + totalCount 1 + nodes (1 + 10 × name 1)
    expect(measure('{ units(first: 10) { totalCount nodes { name } } }')).toMatchObject({ cost: 13, depth: 3, aliases: 0, complete: true });
    // edges (1 + 10 × (cursor 1 + node (1 + name 1)))
    expect(measure('{ units(first: 10) { edges { cursor node { name } } } }').cost).toBe(1 + 1 + 10 * 3);
  });

  it('uses the default page size, `last`, variables and their defaults, and clamps to the maximum', () => {
    expect(measure('{ units { nodes { name } } }').cost).toBe(1 + 1 + 20);
    expect(measure('{ units(last: 3) { nodes { name } } }').cost).toBe(1 + 1 + 3);
    expect(measure('query Q($n: Int) { units(first: $n) { nodes { name } } }', { n: 5 }).cost).toBe(1 + 1 + 5);
    expect(measure('query Q($n: Int = 7) { units(first: $n) { nodes { name } } }').cost).toBe(1 + 1 + 7);
    expect(measure('{ units(first: 5000) { nodes { name } } }').cost).toBe(1 + 1 + 100);
  });

  it('multiplies nested connections and assumes 10 for lists without paging', () => {
    // units (1 + nodes (1 + 10 × (people (1 + nodes (1 + 5 × name)))))
    expect(measure('{ units(first: 10) { nodes { people(first: 5) { nodes { fullName } } } } }').cost).toBe(1 + 1 + 10 * (1 + 1 + 5));
    // blocs (1 + nodes (1 + 2 × (children (1 + 10 × name))))
    expect(measure('{ blocs(first: 2) { nodes { children { name } } } }').cost).toBe(1 + 1 + 2 * (1 + 10));
    // a list fetched by ids counts as many as there are ids
    expect(measure('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(1 + 3);
  });

  it('expands fragments once per field, honours @skip/@include, and counts aliases', () => {
    const query = `query Q($skip: Boolean!) {
      units(first: 10) { nodes { ...U name } }
      other: units(first: 1) @skip(if: $skip) { totalCount }
    }
    fragment U on Unit { name shortName }`;
    expect(measure(query, { skip: true })).toMatchObject({ cost: 1 + 1 + 10 * 2, aliases: 0 });
    expect(measure(query, { skip: false })).toMatchObject({ cost: 1 + 1 + 10 * 2 + 2, aliases: 1 });
  });

  it('takes the most expensive branch of an interface', () => {
    const query = '{ node(id: "x") { id ... on Unit { name } ... on Bloc { name children { name } } } }';
    // node 1 + the Bloc shape (id, name, children 1 + 10)
    expect(measure(query)).toMatchObject({ cost: 1 + 1 + 1 + 11, depth: 3 });
  });

  it('flags introspection, counting it 1 without walking into it', () => {
    expect(measure('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toMatchObject({ cost: 1, depth: 1, introspection: true });
    expect(measure('{ __typename units(first: 1) { totalCount } }')).toMatchObject({ cost: 3, introspection: false });
  });

  it('gives up on documents whose fragments expand exponentially', () => {
    const levels = 16;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0 ? 'fragment F0 on Unit { name }' : `fragment F${i} on Unit { a: parent { ...F${i - 1} } b: parent { ...F${i - 1} } }`,
    );
    const result = measure(`{ units { nodes { ...F${levels - 1} } } } ${fragments.join(' ')}`, undefined, 10_000);
    expect(result.complete).toBe(false);
  });
});

describe('actual cost, from the returned data', () => {
  it('counts one point per field value, list items one by one, through aliases and fragments', () => {
    const document = parse('{ units(first: 10) { totalCount nodes { ...U } } x: __schema { queryType { name } } } fragment U on Unit { name }');
    const data = { units: { totalCount: 2, nodes: [{ name: 'A' }, { name: 'B' }] }, x: { queryType: { name: 'Query' } } };
    // units, totalCount, nodes, 2 × name, x
    expect(actualCost(document, getOperationAST(document)!, data)).toBe(6);
    expect(actualCost(document, getOperationAST(document)!, null)).toBe(0);
  });
});
