import type { DataSource } from 'typeorm';
import { ChangeEventResolver } from './change-event.resolver.js';
import { HistoryService } from './history.service.js';
import { LiveChangesResolver } from './live-changes.resolver.js';
import { LiveChangeService } from './live-changes.service.js';
import { RecordHistoryResolver } from './record-history.resolver.js';
import { defineFeature } from '../../core/feature.js';
import { ChangeEvent } from './change-event.entity.js';

export const historyResolvers = [ChangeEventResolver, RecordHistoryResolver, LiveChangesResolver];
export const historyServices = (db: DataSource) => ({ history: new HistoryService(db), liveChanges: new LiveChangeService(db) });

/** The event log is a table, not a record type: `history` and `changeEvents` serve it, scoped by each event's record. */
export const historyFeature = defineFeature({
  name: 'history',
  resolvers: historyResolvers,
  services: historyServices,
  records: [],
  tables: [ChangeEvent],
});
