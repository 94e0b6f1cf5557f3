import type { Actor } from '../../core/actor.js';
import { visiblePeople, type Condition } from '../../core/auth/scope.js';

/** A comment is as visible as its record: a person's comments are as private as the person (of the commentable records, only people are scoped). */
export function visibleComments(actor: Actor, alias: string): Condition | null {
  const people = visiblePeople(actor, `${alias}.person_id`);
  return people ? { sql: `(${alias}.person_id IS NULL OR ${people.sql})`, params: people.params } : null;
}
