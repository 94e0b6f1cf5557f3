import 'reflect-metadata';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '@thidua/shared';
import { ANONYMOUS, SYSTEM, type Actor } from '../core/actor.js';
import { rowScope } from '../core/auth/scope.js';
import { loggedType } from '../core/changes/fields.js';
import { UNSCOPED } from '../core/feature.js';
import { createSchema } from '../core/graphql/schema.js';
import { recordTypes } from '../core/records.js';
import { buildServices } from '../services.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { features } from './features.js';

/**
 * Each feature declares its record types (modules/<feature>/index.ts) and everything keyed by
 * record type derives from that list: these tests fail when a type slips past it (a logged
 * entity without a scope decision, a Node type no feature owns) or when two features collide.
 */
let app: TestApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
});
afterAll(() => app.close());

/** Types that implement Node without being record types: served by `history` and `changeEvents`, not `node(id)`. */
const NODES_WITHOUT_RECORD = ['ChangeEvent'];

const ACTORS: Actor[] = [
  ANONYMOUS,
  SYSTEM,
  ...UserRole.values.map((role): Actor => ({
    kind: 'USER',
    id: '00000000-0000-4000-8000-000000000001',
    name: role,
    role,
    unitId: '00000000-0000-4000-8000-000000000002',
    blocId: '00000000-0000-4000-8000-000000000003',
    scopes: [],
  })),
  { kind: 'TOKEN', id: '00000000-0000-4000-8000-000000000004', name: 'token', role: 'PARTNER', unitId: null, blocId: null, scopes: ['READ'] },
];

describe('record types', () => {
  it('every logged entity is a record type with a scope decision', () => {
    const logged = app.db.entityMetadatas.filter((metadata) => loggedType(metadata)).map((metadata) => metadata.targetName);
    expect(logged.length).toBeGreaterThan(10);
    const undecided = logged.filter((type) => {
      const scope = recordTypes().get(type)?.scope;
      return !(scope === UNSCOPED || typeof scope === 'function');
    });
    expect(undecided).toEqual([]);
  });

  it('every entity of the data source is a record type or a table a feature declares', () => {
    const declared = new Set([...recordTypes().keys(), ...features.flatMap((feature) => (feature.tables ?? []).map((table) => table.name)), 'AppMeta']);
    const regular = app.db.entityMetadatas.filter((metadata) => metadata.tableType === 'regular').map((metadata) => metadata.targetName);
    expect(regular.filter((type) => !declared.has(type))).toEqual([]);
  });

  it('every record type is logged and is an entity of the data source', () => {
    const logged = new Set(app.db.entityMetadatas.filter((metadata) => loggedType(metadata)).map((metadata) => metadata.targetName));
    expect([...recordTypes().keys()].filter((type) => !logged.has(type))).toEqual([]);
  });

  it('every Node type of the schema belongs to a feature, and every record type is a Node', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    const implementations = schema.getPossibleTypes(node).map((type) => type.name);
    expect(implementations.filter((type) => !recordTypes().has(type) && !NODES_WITHOUT_RECORD.includes(type))).toEqual([]);
    expect([...recordTypes().keys()].filter((type) => !implementations.includes(type))).toEqual([]);
    for (const type of NODES_WITHOUT_RECORD) expect(isObjectType(schema.getType(type))).toBe(true);
  });

  it('are exactly the Versioned types, which the web app counts as logged (client/src/records/registry.ts)', () => {
    const versioned = schema.getType('Versioned');
    if (!isInterfaceType(versioned)) throw new Error('no Versioned interface');
    expect(
      schema
        .getPossibleTypes(versioned)
        .map((type) => type.name)
        .sort(),
    ).toEqual([...recordTypes().keys()].sort());
  });

  it('names only columns of the entity in its event-log settings', () => {
    const unknown: string[] = [];
    for (const [type, record] of recordTypes()) {
      const columns = new Set(app.db.getMetadata(record.entity).columns.map((column) => column.propertyName));
      for (const field of [...(record.log?.skip ?? []), ...(record.log?.secret ?? [])]) if (!columns.has(field)) unknown.push(`${type}.${field}`);
    }
    expect(unknown).toEqual([]);
  });

  it('every row scope is valid SQL on its table, for every kind of caller', async () => {
    for (const [type, record] of recordTypes()) {
      const metadata = app.db.getMetadata(record.entity);
      for (const actor of ACTORS) {
        const scope = rowScope(actor, type, 'scope_row');
        if (!scope) continue;
        const qb = app.db.createQueryBuilder().select('1').from(metadata.tablePath, 'scope_row').where(scope.sql, scope.params).limit(0);
        await expect(qb.getRawMany(), `${type} as ${actor.name}`).resolves.toEqual([]);
      }
    }
  });
});

describe('features', () => {
  it('have distinct names, record types and service names', () => {
    const names = features.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
    const serviceNames = features.flatMap((feature) => Object.keys(feature.services(app.db, {})));
    expect(serviceNames.filter((name, index) => serviceNames.indexOf(name) !== index)).toEqual([]);
    expect(Object.keys(buildServices(app.db)).sort()).toEqual(['nodes', ...serviceNames].sort());
  });

  it('list each resolver class once', () => {
    const resolvers = features.flatMap((feature) => feature.resolvers);
    expect(resolvers.filter((resolver, index) => resolvers.indexOf(resolver) !== index).map((resolver) => resolver.name)).toEqual([]);
  });
});
