import type { Actor } from '../../core/actor.js';
import { visibleHouseholds, visiblePeople, type Condition } from '../../core/auth/scope.js';

/** Collective awards are public; an individual's or a household's follow their subject. */
export function visibleCommendations(actor: Actor, alias: string): Condition | null {
  const people = visiblePeople(actor, `${alias}.person_id`);
  const households = visibleHouseholds(actor);
  if (!people && !households) return null;
  const personal = [people ? `(${alias}.person_id IS NOT NULL AND ${people.sql})` : `${alias}.person_id IS NOT NULL`];
  personal.push(households ? `(${alias}.household_id IS NOT NULL AND ${households.sql})` : `${alias}.household_id IS NOT NULL`);
  return {
    sql: `(${alias}.unit_id IS NOT NULL OR ${personal.join(' OR ')})`,
    params: { ...people?.params, ...households?.params },
  };
}
