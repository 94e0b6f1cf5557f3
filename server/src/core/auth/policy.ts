import type { TokenScope, UserRole } from '@thidua/shared';
import type { Actor } from '../actor.js';
import { AppError } from '../errors.js';

/**
 * Who may do what — the one place that says it. Services ask it before reading personal data
 * or writing anything; lists, node(id), aggregates and subscriptions all go through services,
 * so the same rule holds everywhere.
 *
 * - read:            everything that is not personal data (units, blocs, covenants, collective awards…)
 * - read:people      every person, household and individual award (otherwise: only the people of
 *                    one's own unit, or of the member units of one's own bloc)
 * - write:domain     change anything in the domain (the Board)
 * - write:bloc       change one's own bloc: members, yearly roles, leader, covenants, signatures
 * - write:unit       change one's own unit, its people, and sign its covenants
 * - manage:users, manage:tokens, read:audit
 */
export type Permission = 'read' | 'read:people' | 'write:domain' | 'write:bloc' | 'write:unit' | 'manage:users' | 'manage:tokens' | 'read:audit';

const ROLE_PERMISSIONS: Record<UserRole, Permission[]> = {
  ADMIN: ['read', 'read:people', 'write:domain', 'manage:users', 'manage:tokens', 'read:audit'],
  BOARD_OFFICER: ['read', 'read:people', 'write:domain', 'read:audit'],
  BLOC_OFFICER: ['read', 'write:bloc'],
  UNIT_OFFICER: ['read', 'write:unit'],
  ANALYST: ['read', 'read:people', 'read:audit'],
};

const SCOPE_PERMISSIONS: Record<TokenScope, Permission[]> = {
  READ: ['read', 'read:people'],
  WRITE: ['write:domain'],
};

export function permissionsOf(actor: Actor): Permission[] {
  if (actor.kind === 'SYSTEM') return ['read', 'read:people', 'write:domain', 'manage:users', 'manage:tokens', 'read:audit'];
  if (actor.kind === 'TOKEN') return [...new Set(actor.scopes.flatMap((scope) => SCOPE_PERMISSIONS[scope]))];
  if (actor.kind === 'USER' && actor.role && actor.role !== 'PARTNER') return ROLE_PERMISSIONS[actor.role];
  return [];
}

export function can(actor: Actor, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', 'Cần đăng nhập. / Authentication required.');
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này. / Not allowed.');
  }
}

/** Anything but the login itself needs a known actor that may read. */
export function requireRead(actor: Actor): void {
  if (actor.kind === 'ANONYMOUS') throw new UnauthenticatedError();
  if (!can(actor, 'read')) throw new ForbiddenError();
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (actor.kind === 'ANONYMOUS') throw new UnauthenticatedError();
  if (!can(actor, permission)) throw new ForbiddenError();
}

/** May change this unit (and its people): the Board, or the unit's own officer. */
export function canWriteUnit(actor: Actor, unitId: string | null | undefined): boolean {
  return can(actor, 'write:domain') || (can(actor, 'write:unit') && unitId != null && actor.unitId === unitId);
}

/** May change this bloc's members, roles, leader and covenants: the Board, or the bloc's officer. */
export function canWriteBloc(actor: Actor, blocId: string | null | undefined): boolean {
  return can(actor, 'write:domain') || (can(actor, 'write:bloc') && blocId != null && actor.blocId === blocId);
}

/**
 * Which people an actor sees, as SQL over a unit id column: null = everyone; otherwise a
 * condition (with its parameters) that the person's unit must meet.
 */
export function peopleScope(actor: Actor, unitIdExpr: string): { sql: string; params: Record<string, unknown> } | null {
  if (can(actor, 'read:people')) return null;
  if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
    return { sql: `${unitIdExpr} = :scopeUnitId`, params: { scopeUnitId: actor.unitId } };
  }
  if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId) {
    return { sql: `${unitIdExpr} IN (SELECT sm.unit_id FROM bloc_membership sm WHERE sm.bloc_id = :scopeBlocId)`, params: { scopeBlocId: actor.blocId } };
  }
  return { sql: 'FALSE', params: {} };
}
