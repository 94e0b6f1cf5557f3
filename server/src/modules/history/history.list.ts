import { LIMITS } from '@thidua/shared';
import { BadInputError } from '../../core/errors.js';
import type { ListSpec } from '../../core/graphql/list.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { ChangeEvent } from './change-event.entity.js';
import type { IDFilter } from '../../core/graphql/filters.js';
import type { ChangeEventFilter } from './history.inputs.js';

/** How event lists filter and sort: always newest first (by `seq`). */
export const changeEventList: ListSpec<ChangeEvent> = {
  alias: 'e',
  fields: {
    action: { expr: 'e.action', kind: 'enum' },
    actorKind: { expr: 'e.actorKind', kind: 'enum' },
    actorName: { expr: 'e.actorName', kind: 'string' },
    entityType: { expr: 'e.entityType', kind: 'string' },
    requestId: { expr: 'e.requestId', kind: 'string' },
    occurredAt: { expr: 'e.occurredAt', kind: 'datetime' },
  },
  orders: { SEQ: { expr: 'e.id', value: (e) => e.id } },
  defaultOrder: [{ field: 'SEQ', direction: OrderDirection.DESC }],
};

export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

const ACTOR_TYPES = new Set(['User', 'ApiToken']);

function decode(globalId: string, field: string, types?: Set<string>) {
  const decoded = fromGlobalId(globalId);
  if (!decoded || (types && !types.has(decoded.type))) throw new BadInputError(`Mã "${globalId}" không dùng được để lọc theo ${field}.`);
  return decoded;
}

function idsIn(condition: IDFilter): string[] {
  const ids = [...(condition.eq != null ? [condition.eq] : []), ...(condition.in ?? [])];
  if (ids.length > LIMITS.idsMax) throw new BadInputError(`Tối đa ${LIMITS.idsMax} giá trị trong "in".`);
  return ids;
}

/**
 * Splits off the ID conditions, whose global IDs may be of several types (a user or a token; any
 * record), into SQL; the rest goes through the list engine.
 */
export function splitFilter(filter: ChangeEventFilter | null | undefined): { rest: object | null; conditions: Condition[] } {
  if (!filter) return { rest: null, conditions: [] };
  const { actorId, entityId, ...rest } = filter;
  const conditions: Condition[] = [];
  if (actorId) {
    if (actorId.isNull != null) conditions.push({ sql: actorId.isNull ? 'e.actor_id IS NULL' : 'e.actor_id IS NOT NULL', params: {} });
    if (actorId.eq != null || actorId.in != null) {
      const ids = idsIn(actorId).map((id) => decode(id, 'actorId', ACTOR_TYPES).id);
      conditions.push(ids.length ? { sql: 'e.actor_id IN (:...filterActorIds)', params: { filterActorIds: ids } } : { sql: 'FALSE', params: {} });
    }
  }
  if (entityId) {
    if (entityId.isNull) conditions.push({ sql: 'FALSE', params: {} });
    if (entityId.eq != null || entityId.in != null) {
      const records = idsIn(entityId).map((id) => decode(id, 'entityId'));
      const params: Record<string, unknown> = {};
      const parts = records.map((record, i) => {
        params[`filterEntityType${i}`] = record.type;
        params[`filterEntityId${i}`] = record.id;
        return `(e.entity_type = :filterEntityType${i} AND e.entity_id = :filterEntityId${i})`;
      });
      conditions.push({ sql: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params });
    }
  }
  return { rest, conditions };
}
