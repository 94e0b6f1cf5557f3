import { registerRecordTypes } from '../core/records.js';
import { apiTokenFeature } from './api-token/index.js';
import { awardTypeFeature } from './award-type/index.js';
import { ballotFeature } from './ballot/index.js';
import { blocFeature } from './bloc/index.js';
import { commendationFeature } from './commendation/index.js';
import { commentFeature } from './comment/index.js';
import { councilFeature } from './council/index.js';
import { covenantFeature } from './covenant/index.js';
import { decisionFeature } from './decision/index.js';
import { documentFeature } from './document/index.js';
import { dossierFeature } from './dossier/index.js';
import { eligibilityFeature } from './eligibility/index.js';
import { eventFeature } from './event/index.js';
import { fileFeature } from './file/index.js';
import { historyFeature } from './history/index.js';
import { householdFeature } from './household/index.js';
import { jobFeature } from './job/index.js';
import { movementFeature } from './movement/index.js';
import { personFeature } from './person/index.js';
import { presenceFeature } from './presence/index.js';
import { proposalFeature } from './proposal/index.js';
import { publicLookupFeature } from './public-lookup/index.js';
import { scoringFeature } from './scoring/index.js';
import { statisticsFeature } from './statistics/index.js';
import { unitFeature } from './unit/index.js';
import { userFeature } from './user/index.js';

/**
 * Every feature of the server, the one list the registrations derive from: resolvers
 * (`resolvers.ts`), services (`services.ts`), entities (`entities.ts`), and the record types with
 * their row scopes and event-log settings (`core/records.ts`). A new feature is added here only.
 */
export const features = [
  unitFeature,
  personFeature,
  householdFeature,
  decisionFeature,
  eventFeature,
  blocFeature,
  movementFeature,
  covenantFeature,
  scoringFeature,
  ballotFeature,
  proposalFeature,
  awardTypeFeature,
  commendationFeature,
  userFeature,
  apiTokenFeature,
  historyFeature,
  presenceFeature,
  commentFeature,
  eligibilityFeature,
  fileFeature,
  dossierFeature,
  councilFeature,
  jobFeature,
  publicLookupFeature,
  statisticsFeature,
  documentFeature,
] as const;

registerRecordTypes(features);
