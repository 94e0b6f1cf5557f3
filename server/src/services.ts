import type { DataSource } from 'typeorm';
import { NodeService } from './core/graphql/node.service.js';
import { awardTypeServices } from './modules/award-type/index.js';
import { blocServices } from './modules/bloc/index.js';
import { commendationServices } from './modules/commendation/index.js';
import { covenantServices } from './modules/covenant/index.js';
import { ballotServices } from './modules/ballot/index.js';
import { decisionServices } from './modules/decision/index.js';
import { eventServices } from './modules/event/index.js';
import { householdServices } from './modules/household/index.js';
import { movementServices } from './modules/movement/index.js';
import { personServices } from './modules/person/index.js';
import { unitServices } from './modules/unit/index.js';
import { userServices } from './modules/user/index.js';
import { apiTokenServices } from './modules/api-token/index.js';
import { historyServices } from './modules/history/index.js';
import { presenceServices, type PresenceTiming } from './modules/presence/index.js';
import { commentServices } from './modules/comment/index.js';

/** Settings of services that tests shorten (presence expiry). */
export interface ServiceOptions {
  presence?: PresenceTiming;
}

/** Composition root of the domain services, built once per server; each feature adds its own. */
export function buildServices(db: DataSource, options: ServiceOptions = {}) {
  return {
    nodes: new NodeService(),
    ...unitServices(db),
    ...personServices(db),
    ...householdServices(db),
    ...decisionServices(db),
    ...eventServices(db),
    ...blocServices(db),
    ...movementServices(db),
    ...covenantServices(db),
    ...ballotServices(db),
    ...awardTypeServices(db),
    ...commendationServices(db),
    ...userServices(db),
    ...apiTokenServices(db),
    ...historyServices(db),
    ...presenceServices(db, options.presence),
    ...commentServices(db),
  };
}

export type Services = ReturnType<typeof buildServices>;
