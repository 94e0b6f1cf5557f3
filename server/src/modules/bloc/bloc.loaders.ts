import type { BlocRole } from '@thidua/shared';
import type { Loaders } from '../../core/graphql/loaders.js';
import { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMember } from './bloc-member.type.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { Bloc } from './bloc.entity.js';

/**
 * Batched reads behind the bloc field resolvers: each function is one per-request DataLoader,
 * so a request costs one SQL statement per relation, whatever the number of rows. Yearly roles
 * and leaders are a handful per bloc and year, so they load whole and are filtered by year here.
 */

const ROLE_ORDER: Record<BlocYearRole['role'], number> = { HEAD: 0, DEPUTY: 1 };
const newestFirst = (a: BlocYearRole, b: BlocYearRole) => b.year - a.year || ROLE_ORDER[a.role] - ROLE_ORDER[b.role];

export function childrenOf(loaders: Loaders, blocId: string): Promise<Bloc[]> {
  return loaders
    .group<string, Bloc>(
      'Bloc.children',
      (ids) => loaders.db.getRepository(Bloc).createQueryBuilder('b').where('b.parentId IN (:...ids)', { ids }).orderBy('b.name').addOrderBy('b.id').getMany(),
      (b) => b.parentId!,
    )
    .load(blocId);
}

/** Every membership of a bloc, by start year then unit name. */
export function membershipsOfBloc(loaders: Loaders, blocId: string): Promise<BlocMembership[]> {
  return loaders
    .group<string, BlocMembership>(
      'Bloc.memberships',
      (ids) =>
        loaders.db
          .getRepository(BlocMembership)
          .createQueryBuilder('m')
          .innerJoin('m.unit', 'u')
          .where('m.blocId IN (:...ids)', { ids })
          .orderBy('m.fromYear')
          .addOrderBy('u.name')
          .addOrderBy('m.id')
          .getMany(),
      (m) => m.blocId,
    )
    .load(blocId);
}

/** The members of a bloc in one year, by unit name; one statement for every bloc asking for that year. */
export async function membersOf(loaders: Loaders, blocId: string, year: number): Promise<BlocMember[]> {
  const memberships = await loaders
    .group<string, BlocMembership>(
      `Bloc.members:${year}`,
      (ids) =>
        loaders.db
          .getRepository(BlocMembership)
          .createQueryBuilder('m')
          .innerJoin('m.unit', 'u')
          .where('m.blocId IN (:...ids)', { ids })
          .andWhere('m.fromYear <= :year AND (m.toYear IS NULL OR m.toYear >= :year)', { year })
          .orderBy('u.name')
          .addOrderBy('m.id')
          .getMany(),
      (m) => m.blocId,
    )
    .load(blocId);
  return memberships.map((m) => new BlocMember(m, year));
}

/** Heads and deputies of a bloc, newest year first; only `year` when given. */
export async function yearRolesOfBloc(loaders: Loaders, blocId: string, year?: number | null): Promise<BlocYearRole[]> {
  const roles = await loaders
    .group<string, BlocYearRole>(
      'Bloc.yearRoles',
      async (ids) =>
        (await loaders.db.getRepository(BlocYearRole).createQueryBuilder('r').where('r.blocId IN (:...ids)', { ids }).orderBy('r.id').getMany()).sort(
          newestFirst,
        ),
      (r) => r.blocId,
    )
    .load(blocId);
  return year == null ? roles : roles.filter((r) => r.year === year);
}

/** The unit holding a yearly role of a bloc. */
export async function roleHolder(loaders: Loaders, blocId: string, year: number, role: BlocYearRole['role']): Promise<Unit | null> {
  const held = (await yearRolesOfBloc(loaders, blocId, year)).find((r) => r.role === role);
  return loaders.ref(Unit, held?.unitId);
}

/** A member's roles in its year: HEAD and/or DEPUTY when it holds them, and always MEMBER. */
export async function rolesOfMember(loaders: Loaders, member: BlocMember): Promise<BlocRole[]> {
  const { blocId, unitId } = member.membership;
  const held = (await yearRolesOfBloc(loaders, blocId, member.year)).filter((r) => r.unitId === unitId);
  return [...held.map((r) => r.role), 'MEMBER'];
}

/** Leading units of a bloc, newest year first. */
export function leadersOfBloc(loaders: Loaders, blocId: string): Promise<BlocLeader[]> {
  return loaders
    .group<string, BlocLeader>(
      'Bloc.leaders',
      (ids) => loaders.db.getRepository(BlocLeader).createQueryBuilder('l').where('l.blocId IN (:...ids)', { ids }).orderBy('l.year', 'DESC').getMany(),
      (l) => l.blocId,
    )
    .load(blocId);
}

export async function leaderOf(loaders: Loaders, blocId: string, year: number): Promise<BlocLeader | null> {
  return (await leadersOfBloc(loaders, blocId)).find((l) => l.year === year) ?? null;
}

export async function isLeading(loaders: Loaders, member: BlocMember): Promise<boolean> {
  const leader = await leaderOf(loaders, member.membership.blocId, member.year);
  return leader?.unitId === member.membership.unitId;
}

/** A unit's memberships of blocs over time, by start year then bloc name. */
export function membershipsOfUnit(loaders: Loaders, unitId: string): Promise<BlocMembership[]> {
  return loaders
    .group<string, BlocMembership>(
      'Unit.blocMemberships',
      (ids) =>
        loaders.db
          .getRepository(BlocMembership)
          .createQueryBuilder('m')
          .innerJoin('m.bloc', 'b')
          .where('m.unitId IN (:...ids)', { ids })
          .orderBy('m.fromYear')
          .addOrderBy('b.name')
          .addOrderBy('m.id')
          .getMany(),
      (m) => m.unitId,
    )
    .load(unitId);
}

/** The heads and deputies a unit has been, newest year first; only `year` when given. */
export async function yearRolesOfUnit(loaders: Loaders, unitId: string, year?: number | null): Promise<BlocYearRole[]> {
  const roles = await loaders
    .group<string, BlocYearRole>(
      'Unit.blocRoles',
      async (ids) =>
        (await loaders.db.getRepository(BlocYearRole).createQueryBuilder('r').where('r.unitId IN (:...ids)', { ids }).orderBy('r.id').getMany()).sort(
          newestFirst,
        ),
      (r) => r.unitId,
    )
    .load(unitId);
  return year == null ? roles : roles.filter((r) => r.year === year);
}

/** The years a unit led a bloc, newest first. */
export function leadershipsOfUnit(loaders: Loaders, unitId: string): Promise<BlocLeader[]> {
  return loaders
    .group<string, BlocLeader>(
      'Unit.ledBlocs',
      (ids) =>
        loaders.db
          .getRepository(BlocLeader)
          .createQueryBuilder('l')
          .where('l.unitId IN (:...ids)', { ids })
          .orderBy('l.year', 'DESC')
          .addOrderBy('l.id')
          .getMany(),
      (l) => l.unitId,
    )
    .load(unitId);
}
