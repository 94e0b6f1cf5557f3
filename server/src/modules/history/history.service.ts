import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { rowScope } from '../../core/auth/scope.js';
import type { BaseRecord } from '../../core/db/base.entity.js';
import { paginate } from '../../core/graphql/list.js';
import type { Loaders } from '../../core/graphql/loaders.js';
import { nestedConnection, type NestedSpec } from '../../core/graphql/nested.js';
import { ChangeEvent } from './change-event.entity.js';
import type { ChangeEventsArgs, HistoryArgs } from './history.inputs.js';
import { changeEventList, splitFilter, type Condition } from './history.list.js';

/**
 * Reads the event log. Nothing here writes: events are only ever inserted by the change
 * capture (core/changes), and the database refuses to change or delete them.
 */
export class HistoryService {
  constructor(private readonly db: DataSource) {}

  /** The audit log of every change, newest first: administrators, the Board and analysts (read:audit). */
  list(actor: Actor, args: ChangeEventsArgs) {
    requirePermission(actor, 'read:audit');
    const { rest, conditions } = splitFilter(args.filter);
    const qb = this.db.getRepository(ChangeEvent).createQueryBuilder('e');
    for (const condition of conditions) qb.andWhere(condition.sql, condition.params);
    return paginate(qb, changeEventList, { ...args, filter: rest });
  }

  /**
   * A record's own history, newest first, batched over every record of the request. Whoever may
   * read the record may read its history: the record's visibility rule (core/auth/scope.ts)
   * applies to its events too, so a person's history is as private as the person.
   */
  ofRecord(actor: Actor, loaders: Loaders, record: BaseRecord, args: HistoryArgs) {
    requireRead(actor);
    const { rest, conditions } = splitFilter(args.filter);
    return nestedConnection(loaders, this.historySpec(record.constructor, conditions), record.id, { ...args, filter: rest });
  }

  private historySpec(entity: Function, conditions: Condition[]): NestedSpec<ChangeEvent> {
    const metadata = this.db.getMetadata(entity);
    const type = metadata.targetName;
    return {
      ...changeEventList,
      name: `${type}.history:${JSON.stringify(conditions)}`,
      parentExpr: 'e.entity_id',
      parentOf: (event) => event.entityId,
      query: (actor) => {
        const qb = this.db.getRepository(ChangeEvent).createQueryBuilder('e').where('e.entity_type = :historyType', { historyType: type });
        for (const condition of conditions) qb.andWhere(condition.sql, condition.params);
        const scope = rowScope(actor, type, 'history_row');
        if (scope) qb.andWhere(`EXISTS (SELECT 1 FROM ${metadata.tablePath} history_row WHERE history_row.id = e.entity_id AND ${scope.sql})`, scope.params);
        return qb;
      },
    };
  }
}
