import type { DataSource } from 'typeorm';
import { ChangeEventResolver } from './change-event.resolver.js';
import { HistoryService } from './history.service.js';
import { LiveChangesResolver } from './live-changes.resolver.js';
import { LiveChangeService } from './live-changes.service.js';
import { RecordHistoryResolver } from './record-history.resolver.js';

export const historyResolvers = [ChangeEventResolver, RecordHistoryResolver, LiveChangesResolver];
export const historyServices = (db: DataSource) => ({ history: new HistoryService(db), liveChanges: new LiveChangeService(db) });
