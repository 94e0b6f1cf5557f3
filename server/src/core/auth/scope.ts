import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../actor.js';
import { NotFoundError, type Problems } from '../errors.js';
import { decodeIdOf } from '../graphql/global-id.js';
import { can, peopleScope, seesAllPeople } from './policy.js';

/**
 * Which rows an actor sees, per entity, as one SQL condition: the single rule behind lists,
 * nested connections, aggregates, `node(id)` and the loaders of relation fields. A row outside
 * it behaves as if it did not exist. Entities not named here are visible to every reader.
 *
 * - Person, PersonAffiliation: everyone with `read:people`; a unit officer the people ever
 *   affiliated with their unit; a bloc officer those ever affiliated with a member unit of their bloc.
 * - Household: only `read:people`.
 * - Commendation: collective ones to every reader; a person's or household's as that subject.
 * - User: `manage:users`, or one's own account. ApiToken: `manage:tokens`.
 * - Comment: as its record (of the commentable records, only people are scoped).
 * - BallotSession, BallotParticipation: the Board's readers (as for people); a bloc officer their
 *   bloc's sessions; a unit officer the sessions of the blocs their unit is a member of.
 */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

const NOTHING: Condition = { sql: 'FALSE', params: {} };

/** The people an actor sees, over an expression giving a person id; null = everyone. */
export function visiblePeople(actor: Actor, personIdExpr: string): Condition | null {
  const byUnit = peopleScope(actor, 'vis_pa.unit_id');
  if (!byUnit) return null;
  if (byUnit.sql === 'FALSE') return NOTHING;
  return {
    sql: `EXISTS (SELECT 1 FROM person_affiliation vis_pa WHERE vis_pa.person_id = ${personIdExpr} AND ${byUnit.sql})`,
    params: byUnit.params,
  };
}

/** Households are personal data with no unit to scope them by: all or nothing. */
export function visibleHouseholds(actor: Actor): Condition | null {
  return seesAllPeople(actor) ? null : NOTHING;
}

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

/** A comment is as visible as its record: a person's comments are as private as the person. */
export function visibleComments(actor: Actor, alias: string): Condition | null {
  const people = visiblePeople(actor, `${alias}.person_id`);
  return people ? { sql: `(${alias}.person_id IS NULL OR ${people.sql})`, params: people.params } : null;
}

/** A bloc's votes are seen by the bloc (its officer, its member units) and the Board's readers. */
export function visibleBallotSessions(actor: Actor, blocIdExpr: string): Condition | null {
  if (seesAllPeople(actor)) return null;
  if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId) return { sql: `${blocIdExpr} = :scopeBlocId`, params: { scopeBlocId: actor.blocId } };
  if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
    return { sql: `${blocIdExpr} IN (SELECT vis_bm.bloc_id FROM bloc_membership vis_bm WHERE vis_bm.unit_id = :scopeUnitId)`, params: { scopeUnitId: actor.unitId } };
  }
  return NOTHING;
}

type Scope = (actor: Actor, alias: string) => Condition | null;

const SCOPES: Record<string, Scope> = {
  Person: (actor, alias) => visiblePeople(actor, `${alias}.id`),
  PersonAffiliation: (actor, alias) => visiblePeople(actor, `${alias}.person_id`),
  Household: (actor) => visibleHouseholds(actor),
  Commendation: visibleCommendations,
  User: (actor, alias) => {
    if (can(actor, 'manage:users')) return null;
    return actor.kind === 'USER' && actor.id ? { sql: `${alias}.id = :scopeSelfId`, params: { scopeSelfId: actor.id } } : NOTHING;
  },
  ApiToken: (actor) => (can(actor, 'manage:tokens') ? null : NOTHING),
  Comment: visibleComments,
  BallotSession: (actor, alias) => visibleBallotSessions(actor, `${alias}.bloc_id`),
  BallotParticipation: (actor, alias) => {
    const sessions = visibleBallotSessions(actor, 'vis_bs.bloc_id');
    return sessions && { sql: `EXISTS (SELECT 1 FROM ballot_session vis_bs WHERE vis_bs.id = ${alias}.session_id AND ${sessions.sql})`, params: sessions.params };
  },
};

/** The condition on rows of `entity` (by class name) under `alias`; null when the actor sees them all. */
export function rowScope(actor: Actor, entity: string, alias: string): Condition | null {
  return SCOPES[entity]?.(actor, alias) ?? null;
}

/** Restricts a query over `entity` (its main alias unless given) to the rows the actor sees. */
export function scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, entity: string, alias = qb.alias): SelectQueryBuilder<T> {
  const condition = rowScope(actor, entity, alias);
  return condition ? qb.andWhere(condition.sql, condition.params) : qb;
}

type Entity<T> = EntityTarget<T> & { name: string };

/** One row by id, or null when it does not exist or the actor may not see it. */
export function findVisible<T extends ObjectLiteral>(em: EntityManager, actor: Actor, entity: Entity<T>, id: string): Promise<T | null> {
  const qb = em.getRepository(entity).createQueryBuilder('scoped_row').where('scoped_row.id = :rowId', { rowId: id });
  return scoped(qb, actor, entity.name).getOne();
}

/** `findByGlobalId` for what the actor may see: out of scope is NOT_FOUND, exactly like missing. */
export async function findVisibleByGlobalId<T extends ObjectLiteral>(em: EntityManager, actor: Actor, entity: Entity<T>, globalId: string): Promise<T> {
  const id = decodeIdOf(entity.name, globalId);
  const row = id ? await findVisible(em, actor, entity, id) : null;
  if (!row) throw new NotFoundError(entity.name);
  return row;
}

/** `resolveRef` for what the actor may see: out of scope is the same NOT_FOUND user error as missing. */
export async function resolveVisibleRef<T extends ObjectLiteral>(
  em: EntityManager,
  actor: Actor,
  entity: Entity<T>,
  globalId: string | null | undefined,
  field: string | string[],
  problems: Problems,
): Promise<T | null> {
  if (globalId == null) return null;
  const id = decodeIdOf(entity.name, globalId);
  const row = id ? await findVisible(em, actor, entity, id) : null;
  if (!row) problems.add(field, 'NOT_FOUND', `Không tìm thấy ${entity.name} với mã này.`);
  return row;
}

/** `loadTarget` for what the actor may see: the record a mutation acts on, or a NOT_FOUND at `id`. */
export async function loadVisibleTarget<T extends ObjectLiteral>(em: EntityManager, actor: Actor, entity: Entity<T>, globalId: string, problems: Problems): Promise<T> {
  const row = await resolveVisibleRef(em, actor, entity, globalId, 'id', problems);
  problems.throwIfAny();
  return row!;
}
