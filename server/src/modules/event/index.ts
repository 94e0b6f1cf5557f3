import type { DataSource } from 'typeorm';
import { EventResolver, UnitEventsResolver } from './event.resolver.js';
import { EventService } from './event.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { Event } from './event.entity.js';

export const eventResolvers = [EventResolver, UnitEventsResolver];
export const eventServices = (db: DataSource) => ({ events: new EventService(db) });

export const eventFeature = defineFeature({
  name: 'event',
  resolvers: eventResolvers,
  services: eventServices,
  records: [{ entity: Event, scope: UNSCOPED }],
});
