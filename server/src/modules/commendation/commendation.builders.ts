import type { DataSource } from 'typeorm';
import { AwardType } from '../award-type/award-type.entity.js';
import { Bloc } from '../bloc/bloc.entity.js';
import { Decision } from '../decision/decision.entity.js';
import { Event } from '../event/event.entity.js';
import { Household } from '../household/household.entity.js';
import { Movement } from '../movement/movement.entity.js';
import { PersonAffiliation } from '../person/person-affiliation.entity.js';
import { Person } from '../person/person.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Commendation } from './commendation.entity.js';

/**
 * Test builders for the records commendations point at. They write through db.manager directly
 * (the other features' APIs are built separately) and return the saved row.
 */
let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq += 1)}`;

export function buildAwardType(db: DataSource, overrides: Partial<AwardType> = {}): Promise<AwardType> {
  const n = next();
  return db.manager.save(
    db.manager.create(AwardType, {
      code: `BK_${n}`,
      nameVi: `Bằng khen thử ${n}`,
      nameEn: `Test certificate ${n}`,
      category: 'FORM',
      subjectKinds: ['COLLECTIVE', 'INDIVIDUAL'],
      level: 'PROVINCE',
      rank: 50,
      ...overrides,
    }),
  );
}

export function buildPerson(db: DataSource, overrides: Partial<Person> = {}): Promise<Person> {
  return db.manager.save(db.manager.create(Person, { fullName: `Nguyễn Văn ${next()}`, ...overrides }));
}

export function buildAffiliation(db: DataSource, person: Person, unit: Unit, overrides: Partial<PersonAffiliation> = {}): Promise<PersonAffiliation> {
  return db.manager.save(db.manager.create(PersonAffiliation, { personId: person.id, unitId: unit.id, ...overrides }));
}

export function buildHousehold(db: DataSource, overrides: Partial<Household> = {}): Promise<Household> {
  return db.manager.save(db.manager.create(Household, { name: `Hộ ông Trần Văn ${next()}`, ...overrides }));
}

export function buildDecision(db: DataSource, overrides: Partial<Decision> = {}): Promise<Decision> {
  return db.manager.save(
    db.manager.create(Decision, {
      number: `${next()}/QĐ-UBND`,
      issuedOn: '2023-02-20',
      issuer: 'UBND thành phố Hải Phòng',
      issuerLevel: 'PROVINCE',
      subject: 'Về việc tặng Bằng khen',
      ...overrides,
    }),
  );
}

export function buildBloc(db: DataSource, overrides: Partial<Bloc> = {}): Promise<Bloc> {
  const n = next();
  return db.manager.save(db.manager.create(Bloc, { name: `Khối thi đua thử ${n}`, code: `KTD_${n}`, kind: 'BLOC', level: 'PROVINCE', ...overrides }));
}

export function buildMovement(db: DataSource, overrides: Partial<Movement> = {}): Promise<Movement> {
  return db.manager.save(db.manager.create(Movement, { name: `Phong trào thử ${next()}`, kind: 'THEMATIC', scope: 'PROVINCE', ...overrides }));
}

export function buildEvent(db: DataSource, overrides: Partial<Event> = {}): Promise<Event> {
  return db.manager.save(db.manager.create(Event, { kind: 'CEREMONY', title: `Hội nghị thử ${next()}`, heldOn: '2023-03-01', ...overrides }));
}

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
