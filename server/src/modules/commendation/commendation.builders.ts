import type { DataSource } from 'typeorm';
import type { AwardType } from '../award-type/entities.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { Commendation } from './commendation.entity.js';

// The records commendations point at have their builders in their own features.
export { buildAwardType } from '../award-type/award-type.builders.js';
export { buildBloc } from '../bloc/bloc.builders.js';
export { buildDecision } from '../decision/decision.builders.js';
export { buildEvent } from '../event/event.builders.js';
export { buildHousehold } from '../household/household.builders.js';
export { buildMovement } from '../movement/movement.builders.js';
export { buildAffiliation, buildPerson } from '../person/person.builders.js';

type Subject = Unit | Person | Household;

/** A commendation for `subject`, with the subject columns, kind and search text set as the service does. */
export function buildCommendation(db: DataSource, subject: Subject, awardType: AwardType, overrides: Partial<Commendation> = {}): Promise<Commendation> {
  const c = db.manager.create(Commendation, {
    unitId: subject instanceof Unit ? subject.id : null,
    personId: subject instanceof Person ? subject.id : null,
    householdId: subject instanceof Household ? subject.id : null,
    subjectKind: subject instanceof Unit ? 'COLLECTIVE' : subject instanceof Person ? 'INDIVIDUAL' : 'HOUSEHOLD',
    awardTypeId: awardType.id,
    year: 2022,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2022',
    ...overrides,
  });
  c.subjectName = subject instanceof Person ? subject.fullName : subject.name;
  return db.manager.save(c);
}
