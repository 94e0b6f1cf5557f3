import type { EntityManager, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ChangeAction } from '@thidua/shared';
import { currentChangeOrigin } from './origin.js';
import { isSecret, loggedType, REDACTED, sameValue, snapshot, type Values } from './fields.js';

/**
 * The changes of one transaction, gathered per record while it runs and written to
 * `change_event` just before COMMIT (see ChangeCaptureSubscriber): in the same transaction as
 * the change, and nothing at all when it rolls back. Several writes to one record in one
 * transaction make one event with the net before/after.
 */
interface Pending {
  type: string;
  id: string;
  created: boolean;
  deleted: boolean;
  /** Per field, its value before the transaction first touched it. */
  before: Values;
  /** Per field, its latest value. */
  after: Values;
  /** The last version of a deleted record (others read theirs from the table at COMMIT). */
  version?: number;
  /** Why the change was made, when the user said (a workflow transition's reason). */
  reason?: string | null;
}

class ChangeBuffer {
  readonly pending: Pending[] = [];
  private readonly byKey = new Map<string, Pending>();

  entry(type: string, id: string): Pending {
    const key = `${type}:${id}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { type, id, created: false, deleted: false, before: {}, after: {} };
      this.byKey.set(key, entry);
      this.pending.push(entry);
    }
    return entry;
  }
}

const BUFFER = 'changeLog';

function bufferOf(runner: QueryRunner): ChangeBuffer {
  return ((runner.data as Record<string, ChangeBuffer | undefined>)[BUFFER] ??= new ChangeBuffer());
}

export function runnerOf(em: EntityManager): QueryRunner {
  if (!em.queryRunner?.isTransactionActive) throw new Error('Changes are recorded inside a transaction: use write(db, em => …).');
  return em.queryRunner;
}

export function recordCreated(runner: QueryRunner, type: string, id: string, values: Values): void {
  const entry = bufferOf(runner).entry(type, id);
  entry.created = true;
  Object.assign(entry.after, values);
}

export function recordUpdated(runner: QueryRunner, type: string, id: string, before: Values, after: Values): void {
  const entry = bufferOf(runner).entry(type, id);
  for (const [field, value] of Object.entries(after)) {
    if (!(field in entry.before)) entry.before[field] = before[field] ?? null;
    entry.after[field] = value;
  }
}

export function recordDeleted(runner: QueryRunner, type: string, id: string, values: Values, version?: number): void {
  const entry = bufferOf(runner).entry(type, id);
  entry.deleted = true;
  entry.version = version;
  for (const [field, value] of Object.entries(values)) if (!(field in entry.before)) entry.before[field] = value;
}

/** Attaches a reason to the record's event of this transaction (the last one given wins). */
export function recordReason(runner: QueryRunner, type: string, id: string, reason: string | null): void {
  bufferOf(runner).entry(type, id).reason = reason;
}

const isEmpty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0);

/** The event row of a pending entry, or null when nothing changed in the end. */
interface EventRow {
  entityType: string;
  entityId: string;
  action: ChangeAction;
  changes: Record<string, { before: unknown; after: unknown }>;
  version: number | null;
  reason: string | null;
}

function eventOf(entry: Pending): EventRow | null {
  if (entry.created && entry.deleted) return null;
  const action: ChangeAction = entry.created ? 'CREATE' : entry.deleted ? 'DELETE' : 'UPDATE';
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of new Set([...Object.keys(entry.before), ...Object.keys(entry.after)])) {
    const before = entry.created ? null : (entry.before[field] ?? null);
    const after = entry.deleted ? null : (entry.after[field] ?? null);
    if (action === 'CREATE' ? isEmpty(after) : action === 'DELETE' ? isEmpty(before) : sameValue(before, after)) continue;
    changes[field] = isSecret(entry.type, field) ? { before: before == null ? null : REDACTED, after: after == null ? null : REDACTED } : { before, after };
  }
  if (action === 'UPDATE' && Object.keys(changes).length === 0) return null;
  return { entityType: entry.type, entityId: entry.id, action, changes, version: entry.version ?? null, reason: entry.reason ?? null };
}

/** Where versioned types keep their rows: `version` is read from there at COMMIT (after every change). */
function versionTables(runner: QueryRunner, events: EventRow[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const { entityType } of events) {
    if (tables.has(entityType)) continue;
    const metadata = runner.connection.entityMetadatas.find((m) => m.targetName === entityType);
    if (metadata?.versionColumn) tables.set(entityType, metadata.tablePath);
  }
  return tables;
}

/** Channel on which committed events are announced (payload "first-last" seq), see core/live/bus.ts. */
export const CHANGE_CHANNEL = 'thidua_change';

/**
 * Writers take this lock just before they insert their events and hold it until COMMIT, so
 * events commit in `seq` order: a reader that has seen seq N will never later find a committed
 * event below N (what `changes(since:)` catch-up relies on). The lock spans only insert + commit.
 */
const CHANGE_LOG_LOCK = 0x74_68_69_64; // "thid"

/** Writes the pending events of the transaction (called just before COMMIT) and empties the buffer. */
export async function flushChanges(runner: QueryRunner): Promise<void> {
  const buffer = (runner.data as Record<string, ChangeBuffer | undefined>)[BUFFER];
  if (!buffer) return;
  delete (runner.data as Record<string, unknown>)[BUFFER];
  const events = buffer.pending.map(eventOf).filter((event) => event !== null);
  if (!events.length) return;
  const { actor, requestId } = currentChangeOrigin();
  await runner.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  // The version each record reached, read in the same statement; the NOTIFY is delivered at COMMIT only.
  const versionOf = [...versionTables(runner, events)].map(
    ([type, table]) => `WHEN '${type}' THEN (SELECT v.version FROM ${table} v WHERE v.id = (e.value->>'entityId')::uuid)`,
  );
  const version = versionOf.length
    ? `COALESCE(CASE e.value->>'entityType' ${versionOf.join(' ')} END, (e.value->>'version')::int)`
    : `(e.value->>'version')::int`;
  await runner.query(
    `WITH inserted AS (
       INSERT INTO change_event (actor_kind, actor_id, actor_name, request_id, entity_type, entity_id, action, changes, entity_version, reason)
       SELECT $1, $2::uuid, $3, $4, e.value->>'entityType', (e.value->>'entityId')::uuid, e.value->>'action', e.value->'changes', ${version}, e.value->>'reason'
         FROM jsonb_array_elements($5::jsonb) WITH ORDINALITY AS e(value, ord)
        ORDER BY e.ord
       RETURNING seq)
     SELECT pg_notify('${CHANGE_CHANNEL}', min(seq) || '-' || max(seq)) FROM inserted`,
    [actor.kind, actor.kind === 'USER' || actor.kind === 'TOKEN' ? actor.id : null, actor.name, requestId, JSON.stringify(events)],
  );
}

/** Forgets the pending events (the transaction or savepoint rolled back). */
export function discardChanges(runner: QueryRunner): void {
  delete (runner.data as Record<string, unknown>)[BUFFER];
}

/**
 * Records rows that were inserted without TypeORM's events, e.g. by a bulk insert that skips
 * conflicting rows (only the rows really inserted must be recorded).
 */
export function recordInsertedRows<T extends ObjectLiteral & { id: string }>(em: EntityManager, entity: EntityTarget<T>, rows: T[]): void {
  const logged = loggedType(em.connection.getMetadata(entity));
  if (!logged) return;
  for (const row of rows) recordCreated(runnerOf(em), logged.type, row.id, snapshot(logged, row));
}
