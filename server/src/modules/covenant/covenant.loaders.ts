import type { Context } from '../../core/context.js';
import { Unit } from '../unit/entities.js';
import { Movement } from '../movement/entities.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';
import { MEMBER_IN_COVENANT_YEAR } from './covenant.refs.js';

/**
 * Per-request batched reads of covenant relations: each function costs one SQL statement per
 * request level (plus one `byId` batch for the far side of a link), never one per row.
 */

type Entity<T> = { new (): T; name: string };

/** Rows on the far side of a link, in the order `sql` returns the ("from", "to") pairs; $1 = near-side ids. */
async function linked<T extends { id: string }>(ctx: Context, entity: Entity<T>, name: string, sql: string, id: string): Promise<T[]> {
  const pairs = await ctx.loaders
    .group<string, { from: string; to: string }>(
      `link:${name}`,
      (ids) => ctx.db.query(sql, [ids]),
      (pair) => pair.from,
    )
    .load(id);
  const rows = await ctx.loaders.byId(entity).loadMany(pairs.map((pair) => pair.to));
  return rows.filter((row): row is T => row != null && !(row instanceof Error));
}

export const movementsOfCriterion = (ctx: Context, criterionId: string) =>
  linked(
    ctx,
    Movement,
    'CovenantCriterion.movements',
    `SELECT j.criterion_id AS "from", j.movement_id AS "to" FROM covenant_criterion_movement j JOIN movement m ON m.id = j.movement_id WHERE j.criterion_id = ANY($1::uuid[]) ORDER BY m.name, m.id`,
    criterionId,
  );

export const movementsOfCovenant = (ctx: Context, covenantId: string) =>
  linked(
    ctx,
    Movement,
    'Covenant.movements',
    `SELECT j.covenant_id AS "from", j.movement_id AS "to" FROM covenant_movement j JOIN movement m ON m.id = j.movement_id WHERE j.covenant_id = ANY($1::uuid[]) ORDER BY m.name, m.id`,
    covenantId,
  );

export const criteriaOfMovement = (ctx: Context, movementId: string) =>
  linked(
    ctx,
    CovenantCriterion,
    'Movement.criteria',
    `SELECT j.movement_id AS "from", j.criterion_id AS "to" FROM covenant_criterion_movement j JOIN covenant_criterion cc ON cc.id = j.criterion_id JOIN covenant c ON c.id = cc.covenant_id WHERE j.movement_id = ANY($1::uuid[]) ORDER BY c.year DESC, c.id, cc.rank, cc.id`,
    movementId,
  );

export const covenantsOfMovement = (ctx: Context, movementId: string) =>
  linked(
    ctx,
    Covenant,
    'Movement.covenants',
    `SELECT j.movement_id AS "from", j.covenant_id AS "to" FROM covenant_movement j JOIN covenant c ON c.id = j.covenant_id WHERE j.movement_id = ANY($1::uuid[]) ORDER BY c.year DESC, c.id`,
    movementId,
  );

/** Members of the bloc in the covenant's year that have not signed it, by name. */
export const unsignedMembersOf = (ctx: Context, covenantId: string) =>
  linked(
    ctx,
    Unit,
    'Covenant.unsignedMembers',
    `SELECT DISTINCT c.id AS "from", u.id AS "to", u.name FROM covenant c
       JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} JOIN unit u ON u.id = m.unit_id
     WHERE c.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM covenant_signature s WHERE s.covenant_id = c.id AND s.unit_id = u.id)
     ORDER BY u.name, u.id`,
    covenantId,
  );

/** Every criterion of a covenant (all levels), by rank; the same array for the whole request. */
export function allCriteriaOf(ctx: Context, covenantId: string): Promise<CovenantCriterion[]> {
  return ctx.loaders
    .group<string, CovenantCriterion>(
      'Covenant.allCriteria',
      (ids) =>
        ctx.db
          .getRepository(CovenantCriterion)
          .createQueryBuilder('cc')
          .where('cc.covenantId IN (:...ids)', { ids })
          .orderBy('cc.rank')
          .addOrderBy('cc.id')
          .getMany(),
      (cc) => cc.covenantId,
    )
    .load(covenantId);
}

export function signaturesOf(ctx: Context, covenantId: string): Promise<CovenantSignature[]> {
  return ctx.loaders
    .group<string, CovenantSignature>(
      'Covenant.signatures',
      (ids) =>
        ctx.db
          .getRepository(CovenantSignature)
          .createQueryBuilder('s')
          .where('s.covenantId IN (:...ids)', { ids })
          .orderBy('s.signedOn')
          .addOrderBy('s.createdAt')
          .addOrderBy('s.id')
          .getMany(),
      (s) => s.covenantId,
    )
    .load(covenantId);
}

export interface CovenantCounts {
  members: number;
  signed: number;
}

/** Member and signature counts of covenants, one statement for all of them. */
export function countsOf(ctx: Context, covenantId: string): Promise<CovenantCounts> {
  return ctx.loaders
    .get<string, CovenantCounts>('Covenant.counts', async (ids) => {
      const rows: { id: string; members: number; signed: number }[] = await ctx.db.query(
        `SELECT c.id,
           (SELECT COUNT(DISTINCT m.unit_id) FROM bloc_membership m WHERE ${MEMBER_IN_COVENANT_YEAR})::int AS members,
           (SELECT COUNT(*) FROM covenant_signature s WHERE s.covenant_id = c.id)::int AS signed
         FROM covenant c WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.id, { members: r.members, signed: r.signed }]));
      return ids.map((id) => map.get(id) ?? { members: 0, signed: 0 });
    })
    .load(covenantId);
}
