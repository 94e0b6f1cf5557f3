import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { scoped } from '../../core/auth/scope.js';
import { fromGlobalId, type DecodedId } from '../../core/graphql/global-id.js';
import { BadInputError, type Problems } from '../../core/errors.js';
import { recordType } from '../../core/records.js';
import { PRESENCE_LIMITS } from './presence.limits.js';

/** How `visibleRecords` names a record: its type and row id, so an id of one type never passes for another. */
export const keyOf = (record: DecodedId) => `${record.type}:${record.id}`;

/**
 * The records, among `records`, that exist and that the actor may see (core/auth/scope.ts): one
 * query per record type. Presence follows its record: what a caller cannot see, it can neither
 * join nor watch, and it cannot tell such a record from one that does not exist.
 */
export async function visibleRecords(db: DataSource, actor: Actor, records: DecodedId[]): Promise<Set<string>> {
  const byType = new Map<string, Set<string>>();
  for (const { type, id } of records) {
    if (!recordType(type)) continue;
    byType.set(type, (byType.get(type) ?? new Set()).add(id));
  }
  const visible = new Set<string>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const entity = recordType(type)!.entity;
      const qb = db
        .getRepository(entity)
        .createQueryBuilder('presence_record')
        .select('presence_record.id', 'id')
        .where('presence_record.id IN (:...presenceIds)', { presenceIds: [...ids] });
      const rows = await scoped(qb, actor, entity.name).getRawMany<{ id: string }>();
      for (const row of rows) visible.add(keyOf({ type, id: row.id }));
    }),
  );
  return visible;
}

export interface AskedRecord {
  globalId: string;
  record: DecodedId;
}

/** Global ids of a heartbeat, decoded; a malformed one or too many are user errors at `field`. */
export function decodeForWrite(ids: readonly string[], field: string, problems: Problems): AskedRecord[] {
  if (ids.length > PRESENCE_LIMITS.idsMax) {
    problems.add([field], 'OUT_OF_RANGE', `Tối đa ${PRESENCE_LIMITS.idsMax} bản ghi.`);
    return [];
  }
  const decoded: AskedRecord[] = [];
  ids.forEach((globalId, index) => {
    const record = fromGlobalId(globalId);
    if (record) decoded.push({ globalId, record });
    else problems.add([field, String(index)], 'INVALID', 'Mã bản ghi không hợp lệ.');
  });
  return decoded;
}

/** Global ids of a query or subscription, decoded; a malformed one or too many are BAD_USER_INPUT. */
export function decodeForRead(ids: readonly string[]): AskedRecord[] {
  if (!Array.isArray(ids) || ids.length > PRESENCE_LIMITS.idsMax) {
    throw new BadInputError(`Tối đa ${PRESENCE_LIMITS.idsMax} bản ghi một lần. / At most ${PRESENCE_LIMITS.idsMax} records.`);
  }
  const seen = new Map<string, AskedRecord>();
  ids.forEach((globalId, index) => {
    const record = typeof globalId === 'string' ? fromGlobalId(globalId) : null;
    if (!record) throw new BadInputError('Mã bản ghi không hợp lệ. / Malformed record id.', { field: ['recordIds', String(index)] });
    if (!seen.has(globalId)) seen.set(globalId, { globalId, record });
  });
  return [...seen.values()];
}
