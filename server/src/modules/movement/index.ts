import type { DataSource } from 'typeorm';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { MovementWorkflowResolver } from './movement-workflow.resolver.js';
import { Movement } from './movement.entity.js';
import { MovementResolver } from './movement.resolver.js';
import { MovementService } from './movement.service.js';
import { movementWorkflow } from './movement.workflow.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';

export const movementResolvers = [MovementResolver, MovementWorkflowResolver];
export const movementServices = (db: DataSource) => ({
  movements: new MovementService(db),
  movementWorkflow: new WorkflowService(db, Movement, movementWorkflow),
});

export const movementFeature = defineFeature({
  name: 'movement',
  resolvers: movementResolvers,
  services: movementServices,
  records: [{ entity: Movement, scope: UNSCOPED }],
});
