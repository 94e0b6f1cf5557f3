import type { DataSource } from 'typeorm';
import { PersonAffiliationResolver, PersonResolver, UnitPeopleResolver } from './person.resolver.js';
import { PersonService } from './person.service.js';
import { defineFeature } from '../../core/feature.js';
import { visiblePeople } from '../../core/auth/scope.js';
import { PersonAffiliation } from './person-affiliation.entity.js';
import { Person } from './person.entity.js';

export const personResolvers = [PersonResolver, PersonAffiliationResolver, UnitPeopleResolver];
export const personServices = (db: DataSource) => ({ people: new PersonService(db) });

/** People and their affiliations: everyone with `read:people`; an officer those ever affiliated with their unit or bloc. */
export const personFeature = defineFeature({
  name: 'person',
  resolvers: personResolvers,
  services: personServices,
  records: [
    { entity: Person, scope: (actor, alias) => visiblePeople(actor, `${alias}.id`) },
    { entity: PersonAffiliation, scope: (actor, alias) => visiblePeople(actor, `${alias}.person_id`) },
  ],
});
