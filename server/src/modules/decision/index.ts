import type { DataSource } from 'typeorm';
import { DecisionResolver } from './decision.resolver.js';
import { DecisionService } from './decision.service.js';

export const decisionResolvers = [DecisionResolver];
export const decisionServices = (db: DataSource) => ({ decisions: new DecisionService(db) });
