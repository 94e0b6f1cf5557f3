import type { EntityManager } from 'typeorm';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';

/** Data access the bloc services share. No rules here: the services decide what the answers mean. */

/** Open-ended periods compare as ending in this year. */
const NO_END = 2_147_483_647;

/**
 * Serialises changes to one bloc's members and yearly roles, so two requests cannot both pass
 * an overlap or membership check and then both write.
 */
export async function lockBloc(em: EntityManager, blocId: string): Promise<void> {
  await em.query('SELECT 1 FROM bloc WHERE id = $1 FOR UPDATE', [blocId]);
}

/** Records the bloc's leading unit of a year, replacing the one recorded before (the caller holds `lockBloc`). */
export async function saveBlocLeader(em: EntityManager, blocId: string, year: number, unitId: string, note: string | null): Promise<BlocLeader> {
  const leader = (await em.findOneBy(BlocLeader, { blocId, year })) ?? em.create(BlocLeader, { blocId, year });
  leader.unitId = unitId;
  leader.note = note;
  return em.save(leader);
}

/** A membership of the unit in the bloc sharing a year with [from, to]; `to` null = still open. */
export function findOverlap(
  em: EntityManager,
  period: { blocId: string; unitId: string; from: number; to: number | null; exceptId?: string },
): Promise<BlocMembership | null> {
  const qb = em
    .getRepository(BlocMembership)
    .createQueryBuilder('m')
    .where('m.blocId = :blocId AND m.unitId = :unitId', { blocId: period.blocId, unitId: period.unitId })
    .andWhere('m.fromYear <= :to AND COALESCE(m.toYear, :noEnd) >= :from', { to: period.to ?? NO_END, from: period.from, noEnd: NO_END });
  if (period.exceptId) qb.andWhere('m.id <> :exceptId', { exceptId: period.exceptId });
  return qb.orderBy('m.fromYear').getOne();
}

/** Whether the unit is a member of the bloc in that year. */
export async function isMemberIn(em: EntityManager, blocId: string, unitId: string, year: number): Promise<boolean> {
  const count = await em
    .getRepository(BlocMembership)
    .createQueryBuilder('m')
    .where('m.blocId = :blocId AND m.unitId = :unitId', { blocId, unitId })
    .andWhere('m.fromYear <= :year AND COALESCE(m.toYear, :noEnd) >= :year', { year, noEnd: NO_END })
    .getCount();
  return count > 0;
}

/** Years in [from, to] in which the unit is head, deputy or leading unit of the bloc. */
export async function yearsWithRoles(em: EntityManager, blocId: string, unitId: string, from: number, to: number | null): Promise<number[]> {
  const params = { blocId, unitId, from, to: to ?? NO_END };
  const where = 'x.blocId = :blocId AND x.unitId = :unitId AND x.year BETWEEN :from AND :to';
  // One transaction runs on one connection: query one table after the other.
  const roles = await em.getRepository(BlocYearRole).createQueryBuilder('x').select('x.year', 'year').where(where, params).getRawMany<{ year: number }>();
  const leaders = await em.getRepository(BlocLeader).createQueryBuilder('x').select('x.year', 'year').where(where, params).getRawMany<{ year: number }>();
  return [...new Set([...roles, ...leaders].map((r) => Number(r.year)))].sort((a, b) => a - b);
}
