import { Arg, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Min } from 'class-validator';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { loggedType, normalize, sameValue, type LoggedType } from '../changes/fields.js';
import { decodeIdOf, toGlobalId } from '../graphql/global-id.js';
import { ConflictKind, type Conflict, type FieldConflict } from '../graphql/conflict.type.js';
import type { Node } from './base.entity.js';
import type { Problems } from '../errors.js';
import type { Actor } from '../actor.js';
import { rowScope, scoped } from '../auth/scope.js';

/**
 * Optimistic concurrency for every update and delete. The client sends the `version` it last saw;
 * the record's row is locked for the transaction, and the event log (each event records the
 * version its record reached) says what changed since:
 * - nothing, or only other fields → the write goes ahead (the changes merge, the version moves on);
 * - some of the same fields, to a different value → `ConflictError`: nothing is written and the
 *   caller gets, per field, the value at its version (base), the current one (theirs) and its own;
 *   a field sent unchanged from its version (yours = base) keeps theirs and is not written, as a
 *   three-way merge does, so clients that send whole records do not conflict with themselves;
 * - the record was deleted → a DELETED conflict (for an edit or a delete);
 * - a delete of a record changed since → EDITED_BEFORE_DELETE.
 * Without `expectedVersion` (older partner apps) the write applies as before, on the locked row.
 * Who may change the record (`Guard.authorize`) is asked on the locked row before any of this, so a
 * caller who may not change it gets FORBIDDEN and never sees what others changed.
 */
@InputType('VersionedUpdate', { description: 'Phần chung của mọi input sửa bản ghi: phiên bản đã thấy (expected version).' })
export abstract class VersionedUpdate {
  @Field(() => Int, {
    nullable: true,
    description: 'Phiên bản bạn đã thấy (version). Nếu người khác đã sửa cùng trường sau đó, kết quả là conflict và không ghi gì. Ứng dụng luôn gửi.',
  })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

/** The `expectedVersion` argument of every `delete…` mutation. */
export const ExpectedVersionArg = () =>
  Arg('expectedVersion', () => Int, { nullable: true, description: 'Phiên bản bạn đã thấy; nếu người khác đã sửa sau đó: conflict, không xóa.' });

export class ConflictError extends Error {
  constructor(readonly conflict: Conflict) {
    super('Version conflict');
  }
}

type Entity<T> = EntityTarget<T> & { name: string };
interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Who may act on the record, and who may see it. `authorize` runs on the locked row (or, for a
 * record deleted since the caller's version, on its last values) before versions are compared:
 * its FORBIDDEN wins over any conflict, so nobody learns of changes to a record they may not change.
 */
export interface Guard<T> {
  authorize?: (record: T) => unknown;
  /** For scoped records (people): a record this actor may not see is NOT_FOUND, and a deleted one says nothing. */
  viewer?: Actor;
}

interface Since {
  /** Per field changed since: its value at the client's version. */
  base: Map<string, unknown>;
  /** Per field changed since: its value now (links included, which the row does not hold). */
  latest: Map<string, unknown>;
  changedBy: string[];
  deleted: boolean;
  /** A deleted record's last values (its id and every logged field). */
  former: Record<string, unknown> | null;
}

/** What the log says happened to a record after `version`. */
async function changesSince(em: EntityManager, type: string, id: string, version: number): Promise<Since> {
  const rows: { actor_name: string; action: string; changes: Record<string, { before: unknown; after: unknown }> }[] = await em.query(
    `SELECT actor_name, action, changes FROM change_event WHERE entity_type = $1 AND entity_id = $2 AND (entity_version > $3 OR action = 'DELETE') ORDER BY seq`,
    [type, id, version],
  );
  const base = new Map<string, unknown>();
  const latest = new Map<string, unknown>();
  let deleted = false;
  let former: Record<string, unknown> | null = null;
  for (const row of rows) {
    // A delete lists every field (after = null): those not changed before it still had their base value.
    if (row.action === 'DELETE') {
      deleted = true;
      former = { id, ...Object.fromEntries(Object.entries(row.changes).map(([field, change]) => [field, change.before])) };
    }
    for (const [field, change] of Object.entries(row.changes)) {
      if (!base.has(field)) base.set(field, change.before);
      latest.set(field, change.after);
    }
  }
  return { base, latest, deleted, former, changedBy: [...new Set(rows.map((row) => row.actor_name))] };
}

/** A stored value as the API shows it: references as global ids. */
function present(logged: LoggedType, field: string, value: unknown): unknown {
  const type = logged.refs.get(field);
  if (!type || value == null) return value ?? null;
  return Array.isArray(value) ? value.map((id) => toGlobalId(type, String(id))) : toGlobalId(type, String(value));
}

/** The logged fields an input sets, with the values it sends (undefined = not sent). */
function sentFields(logged: LoggedType, input: object): Map<string, unknown> {
  const sent = new Map<string, unknown>();
  for (const [field, value] of Object.entries(input)) if (value !== undefined && logged.order.has(field)) sent.set(field, normalize(value));
  return sent;
}

const comparable = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

function loggedOf<T>(em: EntityManager, entity: Entity<T>): LoggedType {
  const logged = loggedType(em.connection.getMetadata(entity));
  if (!logged) throw new Error(`${entity.name} is not logged: versions need its events.`);
  return logged;
}

/**
 * Locks the record's row for the transaction. With a `viewer` of a scoped type (people), the row
 * must also be visible to them, checked in the same statement: out of scope reads as missing.
 */
async function lockRow<T extends Versioned>(em: EntityManager, entity: Entity<T>, id: string, viewer: Actor | undefined): Promise<T | null> {
  const qb = em.getRepository(entity).createQueryBuilder('locked').where('locked.id = :lockedId', { lockedId: id }).setLock('pessimistic_write');
  return (viewer ? scoped(qb, viewer, entity.name) : qb).getOne();
}

function conflictError(kind: ConflictKind, current: Versioned | null, fields: FieldConflict[], changedBy: string[]): ConflictError {
  return new ConflictError({ kind, current: (current as unknown as Node) ?? null, currentVersion: current?.version ?? null, fields, changedBy });
}

/**
 * The locked record, and what changed since `expected` when the client saw an older version
 * (null when it sent none or saw the current one). Unknown ids are a NOT_FOUND user error at
 * `id`; a record deleted since `expected` is a DELETED conflict naming the fields of `input`.
 */
async function lockVersioned<T extends Versioned>(
  em: EntityManager,
  entity: Entity<T>,
  input: { id: string; expectedVersion?: number | null },
  problems: Problems,
  { authorize, viewer }: Guard<T>,
): Promise<{ record: T; logged: LoggedType; since: Since | null }> {
  const logged = loggedOf(em, entity);
  const id = decodeIdOf(entity.name, input.id);
  // For scoped records, a deleted one says nothing: its scope can no longer be checked.
  const scopedType = viewer !== undefined && rowScope(viewer, logged.type, 'x') !== null;
  const record = id ? await lockRow(em, entity, id, scopedType ? viewer : undefined) : null;
  const expected = input.expectedVersion;
  if (!record) {
    if (id && expected != null && !scopedType) {
      const since = await changesSince(em, logged.type, id, expected);
      if (since.deleted) {
        await authorize?.(since.former as T);
        const fields = [...sentFields(logged, input)].map(([field, yours]) => ({
          field,
          base: present(logged, field, since.base.get(field)),
          theirs: null,
          yours,
        }));
        throw conflictError(ConflictKind.DELETED, null, fields, since.changedBy);
      }
    }
    problems.add('id', 'NOT_FOUND', `Không tìm thấy ${entity.name} với mã này.`);
  }
  problems.throwIfAny();
  await authorize?.(record!);
  if (expected == null || expected === record!.version) return { record: record!, logged, since: null };
  if (expected > record!.version) {
    problems.add('expectedVersion', 'INVALID', `Phiên bản ${expected} chưa từng có; bản ghi đang ở phiên bản ${record!.version}.`);
    problems.throwIfAny();
  }
  return { record: record!, logged, since: await changesSince(em, logged.type, record!.id, expected) };
}

/**
 * Loads and locks the record an update acts on, asks `guard.authorize`, then checks
 * `input.expectedVersion` against what changed since (see above). Unknown ids are a NOT_FOUND user
 * error at `id`, as before.
 */
export async function loadForUpdate<T extends Versioned>(
  em: EntityManager,
  entity: Entity<T>,
  input: { id: string; expectedVersion?: number | null },
  problems: Problems,
  guard: Guard<T> = {},
): Promise<T> {
  const { record, logged, since } = await lockVersioned(em, entity, input, problems, guard);
  if (!since) return record;
  const fields: FieldConflict[] = [];
  for (const [field, yours] of sentFields(logged, input)) {
    if (!since.base.has(field)) continue; // untouched since: no conflict
    const theirs = present(logged, field, since.latest.get(field));
    const base = present(logged, field, since.base.get(field));
    if (sameValue(comparable(theirs), comparable(yours))) continue; // both made the same change
    // Sent as it was (a client that sends the whole record): their change stands, this field is not written.
    if (sameValue(comparable(base), comparable(yours))) {
      delete (input as Record<string, unknown>)[field];
      continue;
    }
    fields.push({ field, base, theirs, yours });
  }
  if (fields.length) throw conflictError(ConflictKind.EDITED, record, fields, since.changedBy);
  return record;
}

/** Loads and locks the record a delete acts on, checking `expectedVersion` the same way. */
export async function loadForDelete<T extends Versioned>(
  em: EntityManager,
  entity: Entity<T>,
  globalId: string,
  expectedVersion: number | null | undefined,
  problems: Problems,
  guard: Guard<T> = {},
): Promise<T> {
  const { record, logged, since } = await lockVersioned(em, entity, { id: globalId, expectedVersion }, problems, guard);
  if (!since) return record;
  const fields = [...since.base].map(([field, base]) => ({
    field,
    base: present(logged, field, base),
    theirs: present(logged, field, since.latest.get(field)),
    yours: null,
  }));
  if (fields.length) throw conflictError(ConflictKind.EDITED_BEFORE_DELETE, record, fields, since.changedBy);
  return record;
}
