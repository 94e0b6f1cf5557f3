import { AppMeta } from '../core/db/app-meta.entity.js';
import { AwardType } from './award-type/entities.js';
import { BlocLeader, BlocMembership, BlocYearRole, Bloc } from './bloc/entities.js';
import { CommendationTally, Commendation } from './commendation/entities.js';
import { CovenantCriterion, CovenantSignature, Covenant } from './covenant/entities.js';
import { Decision } from './decision/entities.js';
import { Event } from './event/entities.js';
import { Comment } from './comment/entities.js';
import { ChangeEvent } from './history/entities.js';
import { Household } from './household/entities.js';
import { Movement } from './movement/entities.js';
import { PersonAffiliation, Person } from './person/entities.js';
import { UnitLineage, Unit } from './unit/entities.js';
import { ApiToken } from './api-token/entities.js';
import { Session, User } from './user/entities.js';

/** Every entity; the order does not matter. Node types are looked up here by name for `node(id:)`. */
export const nodeEntities = [
  Unit,
  UnitLineage,
  Person,
  PersonAffiliation,
  Household,
  Decision,
  Event,
  Bloc,
  BlocMembership,
  BlocYearRole,
  BlocLeader,
  Movement,
  Covenant,
  CovenantCriterion,
  CovenantSignature,
  AwardType,
  Commendation,
  CommendationTally,
  User,
  ApiToken,
  Comment,
];

/** Change events are Nodes too, but `node(id)` does not serve them: `changeEvents` (read:audit) and each record's `history` do. */
export const entities = [...nodeEntities, AppMeta, Session, ChangeEvent];
