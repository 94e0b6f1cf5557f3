import type { DataSource } from 'typeorm';
import { EventResolver, UnitEventsResolver } from './event.resolver.js';
import { EventService } from './event.service.js';

export const eventResolvers = [EventResolver, UnitEventsResolver];
export const eventServices = (db: DataSource) => ({ events: new EventService(db) });
