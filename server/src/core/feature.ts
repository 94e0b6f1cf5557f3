import type { DataSource } from 'typeorm';
import type { ServiceOptions } from '../services.js';
import type { Actor } from './actor.js';
import type { Condition } from './auth/scope.js';

/** Which rows of a record type an actor sees, as one SQL condition on `alias`; null = all of them. */
export type RowScope = (actor: Actor, alias: string) => Condition | null;

/** The explicit decision "every reader sees every row of this type". */
export const UNSCOPED = 'unscoped';

/** An entity class (its name is the GraphQL type name and the event log's entity type). */
export type EntityClass = Function & { name: string };

/**
 * A record type: an entity that is a GraphQL Node served by `node(id)`, whose changes the event
 * log records, and whose row scope has been decided.
 */
export interface RecordType {
  entity: EntityClass;
  /** Who sees which rows (core/auth/scope.ts); `UNSCOPED` where every reader sees them all. */
  scope: RowScope | typeof UNSCOPED;
  /** Columns the event log leaves out (telemetry) or records only as changed (secrets). */
  log?: { skip?: readonly string[]; secret?: readonly string[] };
}

/** One domain feature (`modules/<feature>/index.ts`): everything the server registers from it. */
export interface Feature<S extends object = object> {
  name: string;
  /** Its resolver classes, for `buildSchema`. */
  resolvers: readonly Function[];
  /** Its services, merged into `ctx.services`. */
  services: (db: DataSource, options: ServiceOptions) => S;
  /** The record types it owns. */
  records: readonly RecordType[];
  /** Other tables it stores that are not records: not Nodes of `node(id)`, not logged (sessions, the event log). */
  tables?: readonly EntityClass[];
}

export function defineFeature<S extends object>(feature: Feature<S>): Feature<S> {
  return feature;
}

/** The services of a list of features, as one object type. */
export type ServicesOf<F extends readonly Feature<object>[]> = UnionToIntersection<ReturnType<F[number]['services']>>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
