import type { DataSource } from 'typeorm';
import { loggedType } from '../../core/changes/fields.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import type { ChangeEvent } from './change-event.entity.js';
import type { FieldChange } from './field-change.type.js';

/**
 * The stored changes as the API shows them: in the entity's field order, with the row ids of
 * references turned into global IDs (the log keeps row ids, which never change).
 */
export function fieldChanges(db: DataSource, event: ChangeEvent): FieldChange[] {
  const metadata = db.entityMetadatas.find((m) => m.targetName === event.entityType);
  const logged = metadata ? loggedType(metadata) : null;
  const refType = (field: string) => logged?.refs.get(field);
  const position = (field: string) => logged?.order.get(field) ?? Number.MAX_SAFE_INTEGER;
  const present = (field: string, value: unknown): unknown => {
    const type = refType(field);
    if (!type || value == null) return value;
    return Array.isArray(value) ? value.map((id) => toGlobalId(type, String(id))) : toGlobalId(type, String(value));
  };
  return Object.entries(event.changes)
    .sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b))
    .map(([field, { before, after }]) => ({ field, before: present(field, before), after: present(field, after) }));
}

/** The global ID of whoever made the change, when it is a user or an API token. */
export function actorGlobalId(event: ChangeEvent): string | null {
  if (!event.actorId) return null;
  return toGlobalId(event.actorKind === 'TOKEN' ? 'ApiToken' : 'User', event.actorId);
}
