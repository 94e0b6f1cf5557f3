import { AppMeta } from '../core/db/app-meta.entity.js';
import { AwardType } from './award-type/award-type.entity.js';
import { BlocLeader } from './bloc/bloc-leader.entity.js';
import { BlocMembership } from './bloc/bloc-membership.entity.js';
import { BlocYearRole } from './bloc/bloc-year-role.entity.js';
import { Bloc } from './bloc/bloc.entity.js';
import { CommendationTally } from './commendation/commendation-tally.entity.js';
import { Commendation } from './commendation/commendation.entity.js';
import { CovenantCriterion } from './covenant/covenant-criterion.entity.js';
import { CovenantSignature } from './covenant/covenant-signature.entity.js';
import { Covenant } from './covenant/covenant.entity.js';
import { BallotParticipation } from './ballot/ballot-participation.entity.js';
import { BallotSession } from './ballot/ballot-session.entity.js';
import { Decision } from './decision/decision.entity.js';
import { Event } from './event/event.entity.js';
import { Comment } from './comment/comment.entity.js';
import { ChangeEvent } from './history/change-event.entity.js';
import { Household } from './household/household.entity.js';
import { Movement } from './movement/movement.entity.js';
import { PersonAffiliation } from './person/person-affiliation.entity.js';
import { Person } from './person/person.entity.js';
import { UnitLineage } from './unit/unit-lineage.entity.js';
import { Unit } from './unit/unit.entity.js';
import { ApiToken } from './api-token/api-token.entity.js';
import { Session } from './user/session.entity.js';
import { User } from './user/user.entity.js';

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
  BallotSession,
  BallotParticipation,
  AwardType,
  Commendation,
  CommendationTally,
  User,
  ApiToken,
  Comment,
];

/** Change events are Nodes too, but `node(id)` does not serve them: `changeEvents` (read:audit) and each record's `history` do. */
export const entities = [...nodeEntities, AppMeta, Session, ChangeEvent];
