import type { DataSource } from 'typeorm';
import { MovementResolver } from './movement.resolver.js';
import { MovementService } from './movement.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { Movement } from './movement.entity.js';

export const movementResolvers = [MovementResolver];
export const movementServices = (db: DataSource) => ({ movements: new MovementService(db) });

export const movementFeature = defineFeature({
  name: 'movement',
  resolvers: movementResolvers,
  services: movementServices,
  records: [{ entity: Movement, scope: UNSCOPED }],
});
