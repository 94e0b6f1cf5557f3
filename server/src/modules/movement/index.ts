import type { DataSource } from 'typeorm';
import { MovementResolver } from './movement.resolver.js';
import { MovementService } from './movement.service.js';

export const movementResolvers = [MovementResolver];
export const movementServices = (db: DataSource) => ({ movements: new MovementService(db) });
