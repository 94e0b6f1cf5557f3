import type { DataSource } from 'typeorm';
import { PersonAffiliationResolver, PersonResolver, UnitPeopleResolver } from './person.resolver.js';
import { PersonService } from './person.service.js';

export const personResolvers = [PersonResolver, PersonAffiliationResolver, UnitPeopleResolver];
export const personServices = (db: DataSource) => ({ people: new PersonService(db) });
