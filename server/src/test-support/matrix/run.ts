import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { TestApp } from '../app.js';
import { buildWorld, clientFor, fingerprint, outcomeOf, WHO, type Outcome, type Who, type World } from '../authorization.js';

/** A mutation field of the schema: who may run it, and how to arrange one fresh run in a world. */
export interface MutationCase {
  /** They succeed (no errors, no user errors) and the database changes. */
  allow: readonly Who[];
  /** Denials other than the default: UNAUTHENTICATED for anonymous callers, FORBIDDEN otherwise. */
  deny?: Partial<Record<Who, Outcome>>;
  /** Fresh records for one run; returns the mutation's variables. */
  arrange: (db: DataSource, world: World) => Promise<Record<string, unknown>>;
  /** False when success may leave the database as it was (logout without a session). */
  writes?: boolean;
}

/** A query family: one top-level field, the request, and each caller's outcome. */
export interface QueryCase {
  field: string;
  arrange: (db: DataSource, world: World) => Promise<{ query: string; variables?: Record<string, unknown> }>;
  expect: (who: Who) => Outcome;
}

export function expectedOf(c: Pick<MutationCase, 'allow' | 'deny'>, who: Who): Outcome {
  if (c.allow.includes(who)) return 'ok';
  return c.deny?.[who] ?? (who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

/** `mutation($input: XInput!) { name(input: $input) { userErrors { code field } } }`, from the schema. */
export function mutationDocument(schema: GraphQLSchema, name: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  if (!field) throw new Error(`No mutation ${name} in the schema.`);
  const vars = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `mutation${vars ? `(${vars})` : ''} { ${name}${args ? `(${args})` : ''} { userErrors { code field } } }`;
}

const describeErrors = (errors: { message: string }[] | undefined) => (errors?.length ? ` (${errors.map((e) => e.message).join('; ')})` : '');

/**
 * Runs one mutation as every caller, each time in a fresh world with fresh records; a denied run
 * must leave every table as it was. Returns what did not go as expected.
 */
export async function runMutationCase(app: TestApp, schema: GraphQLSchema, name: string, c: MutationCase): Promise<string[]> {
  const document = mutationDocument(schema, name);
  const problems: string[] = [];
  for (const who of WHO) {
    const world = await buildWorld(app.db);
    const variables = await c.arrange(app.db, world);
    const gql = await clientFor(app, world, who);
    const before = await fingerprint(app.db);
    const response = await gql(document, variables);
    const after = await fingerprint(app.db);
    const outcome = outcomeOf(response, name);
    const expected = expectedOf(c, who);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (outcome !== expected) problems.push(`${name} as ${who}: expected ${expected}, got ${outcome}${describeErrors(response.errors)}`);
    if (expected !== 'ok' && changed.length) problems.push(`${name} as ${who} was denied but wrote to ${changed.join(', ')}`);
    if (expected === 'ok' && outcome === 'ok' && c.writes !== false && !changed.length) problems.push(`${name} as ${who} succeeded but wrote nothing`);
  }
  return problems;
}

/** Runs one query family as every caller, in one world. */
export async function runQueryCase(app: TestApp, c: QueryCase): Promise<string[]> {
  const world = await buildWorld(app.db);
  const { query, variables } = await c.arrange(app.db, world);
  const problems: string[] = [];
  for (const who of WHO) {
    const response = await (await clientFor(app, world, who))(query, variables);
    const outcome = outcomeOf(response, c.field);
    const expected = c.expect(who);
    if (outcome !== expected) problems.push(`${c.field} as ${who}: expected ${expected}, got ${outcome}${describeErrors(response.errors)}`);
  }
  return problems;
}
