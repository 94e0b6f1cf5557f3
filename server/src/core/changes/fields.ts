import type { EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { RelationMetadata } from 'typeorm/metadata/RelationMetadata.js';
import { recordType } from '../records.js';

/**
 * What the event log records of each entity: every column a user can change, and the owned
 * many-to-many links as `<relation>Ids` (`movements` → `movementIds`). Left out: ids, timestamps
 * and versions (technical), derived search text, and what each record type's `log.skip` names
 * (usage telemetry). Only record types are logged (`core/records.ts`): not sessions, app
 * settings or the log itself. Secrets (`log.secret`: password and token hashes) are recorded as
 * changed, with their values masked.
 */
const SKIPPED_EVERYWHERE = ['searchText'];

export const REDACTED = '***';

/** Secrets: the log says that they changed, never what they were ("***"). */
export function isSecret(type: string, field: string): boolean {
  return recordType(type)?.log?.secret?.includes(field) ?? false;
}

export type Values = Record<string, unknown>;

export interface LoggedType {
  /** GraphQL type name (the entity class name). */
  type: string;
  columns: ColumnMetadata[];
  /** Owned many-to-many relations. */
  links: RelationMetadata[];
  /** Field → GraphQL type of the record ids it holds (foreign keys and links). */
  refs: Map<string, string>;
  /** Field → position, so changes read in the entity's own order. */
  order: Map<string, number>;
}

const cache = new WeakMap<EntityMetadata, LoggedType | null>();

/** How the log names a many-to-many relation: `movements` → `movementIds`. */
export function linkField(relation: RelationMetadata): string {
  return `${relation.propertyName.replace(/s$/, '')}Ids`;
}

/** The logged shape of an entity, or null when its rows are not logged (sessions, join tables…). */
export function loggedType(metadata: EntityMetadata): LoggedType | null {
  let logged = cache.get(metadata);
  if (logged !== undefined) return logged;
  const type = metadata.targetName;
  const record = recordType(type);
  if (metadata.tableType !== 'regular' || typeof metadata.target !== 'function' || !record) {
    logged = null;
  } else {
    const skipped = new Set([...SKIPPED_EVERYWHERE, ...(record.log?.skip ?? [])]);
    const columns = metadata.columns.filter(
      (c) => !c.isPrimary && !c.isCreateDate && !c.isUpdateDate && !c.isDeleteDate && !c.isVersion && !c.isVirtual && !skipped.has(c.propertyName),
    );
    const links = metadata.manyToManyRelations.filter((r) => r.isOwning);
    const refs = new Map<string, string>();
    for (const c of columns) if (c.relationMetadata) refs.set(c.propertyName, c.relationMetadata.inverseEntityMetadata.targetName);
    for (const r of links) refs.set(linkField(r), r.inverseEntityMetadata.targetName);
    const fields = [...columns.map((c) => c.propertyName), ...links.map(linkField)];
    logged = { type, columns, links, refs, order: new Map(fields.map((f, i) => [f, i])) };
  }
  cache.set(metadata, logged);
  return logged;
}

/** A value as JSON keeps it: dates as ISO strings, missing as null. */
export function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  return value;
}

/** The sorted ids of a relation value: ids or entities. */
export function idsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'object' && item !== null ? String((item as { id: unknown }).id) : String(item))).sort();
}

/** The logged columns of a row (links are added by whoever knows them). */
export function snapshot(logged: LoggedType, entity: object): Values {
  const values: Values = {};
  for (const column of logged.columns) values[column.propertyName] = normalize(column.getEntityValue(entity as never));
  return values;
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
