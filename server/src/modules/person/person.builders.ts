import type { DataSource } from 'typeorm';
import { PersonAffiliation } from './person-affiliation.entity.js';
import { Person } from './person.entity.js';

/** Test builders: arrange people and affiliations directly in the database. */
let seq = 0;

export function buildPerson(db: DataSource, overrides: Partial<Person> = {}): Promise<Person> {
  seq += 1;
  return db.manager.save(db.manager.create(Person, { fullName: `Cá nhân thử ${seq}`, gender: null, birthYear: null, note: null, ...overrides }));
}

export function buildAffiliation(db: DataSource, person: Person, unit: { id: string }, overrides: Partial<PersonAffiliation> = {}): Promise<PersonAffiliation> {
  return db.manager.save(
    db.manager.create(PersonAffiliation, { personId: person.id, unitId: unit.id, position: null, startedOn: null, endedOn: null, ...overrides }),
  );
}
