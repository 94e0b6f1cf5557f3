import {
  EventSubscriber,
  type EntitySubscriberInterface,
  type InsertEvent,
  type ObjectLiteral,
  type QueryRunner,
  type RemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type TransactionStartEvent,
  type UpdateEvent,
} from 'typeorm';
import { discardChanges, flushChanges, recordCreated, recordUpdated } from './capture.js';
import { idsOf, linkField, loggedType, normalize, sameValue, snapshot, type Values } from './fields.js';

/**
 * Feeds the event log from TypeORM's persistence events: `save`/`insert` of a logged entity
 * records its values, an update its changed fields (before from the row TypeORM loaded, after
 * from the entity). Deletes go through `removeRecords` (core/changes/remove.ts), which also
 * records what the database cascades; a plain `delete`/`remove`, or a query-builder update of a
 * logged field, would bypass the log and is refused.
 */
@EventSubscriber()
export class ChangeCaptureSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  afterInsert(event: InsertEvent<ObjectLiteral>): void {
    const logged = loggedType(event.metadata);
    if (!logged || !event.entity) return;
    const id = event.metadata.getEntityIdMixedMap(event.entity) as unknown;
    if (typeof id !== 'string') throw new Error(`Event log: inserted ${logged.type} has no id.`);
    const values = snapshot(logged, event.entity);
    for (const relation of logged.links) {
      const value = relation.getEntityValue(event.entity);
      if (value !== undefined) values[linkField(relation)] = idsOf(value);
    }
    recordCreated(event.queryRunner, logged.type, id, values);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    const logged = loggedType(event.metadata);
    // A query-builder update (em.update) has no row to compare with: only unlogged fields may change that way.
    if (logged && !event.databaseEntity && Object.keys(event.entity ?? {}).some((field) => logged.order.has(field))) {
      throw new Error(`Event log: ${logged.type} changed by a query-builder update; load it and use save() so the change is recorded.`);
    }
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): void {
    const logged = loggedType(event.metadata);
    const { entity, databaseEntity } = event;
    if (!logged || !entity || !databaseEntity) return;
    const before: Values = {};
    const after: Values = {};
    for (const column of event.updatedColumns) {
      if (!logged.columns.includes(column)) continue;
      before[column.propertyName] = normalize(column.getEntityValue(databaseEntity));
      after[column.propertyName] = normalize(column.getEntityValue(entity));
    }
    for (const relation of logged.links) {
      const value = relation.getEntityValue(entity);
      const old = relation.getEntityValue(databaseEntity);
      if (value === undefined || old === undefined) continue;
      before[linkField(relation)] = idsOf(old);
      after[linkField(relation)] = idsOf(value);
    }
    for (const field of Object.keys(after)) {
      if (sameValue(before[field], after[field])) {
        delete before[field];
        delete after[field];
      }
    }
    if (Object.keys(after).length) recordUpdated(event.queryRunner, logged.type, String(databaseEntity.id), before, after);
  }

  beforeRemove(event: RemoveEvent<ObjectLiteral>): void {
    const logged = loggedType(event.metadata);
    if (logged) throw new Error(`Event log: delete ${logged.type} rows with removeRecords() (core/changes/remove.ts) so the deletion is recorded.`);
  }

  async beforeTransactionStart(event: TransactionStartEvent): Promise<void> {
    // A savepoint: write what came before it, so a rollback to it forgets only what follows.
    if (depth(event.queryRunner) > 0) await flushChanges(event.queryRunner);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    await flushChanges(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    discardChanges(event.queryRunner);
  }
}

/** How many transactions (the outer one and savepoints) are open on the runner. */
const depth = (runner: QueryRunner) => (runner as unknown as { transactionDepth: number }).transactionDepth;
