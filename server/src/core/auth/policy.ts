import type { TokenScope, UserRole } from '@thidua/shared';
import type { Actor } from '../actor.js';
import { AppError } from '../errors.js';

/**
 * Who may do what — the one place that says it. Services ask it before reading or writing
 * anything; which rows a reader sees is core/auth/scope.ts, used by lists, node(id), nested
 * connections, loaders and aggregates alike, so the same rule holds everywhere.
 *
 * - read:            everything that is not personal data (units, blocs, covenants, collective awards…)
 * - read:people      every person, household and individual award (otherwise: only the people of
 *                    one's own unit, or of the member units of one's own bloc; no households)
 * - write:domain     change anything in the domain (the Board, partner tokens with WRITE)
 * - write:bloc       change one's own bloc (not create, delete or re-parent it): members, yearly
 *                    roles, leader, covenants, their criteria and signing event, signatures,
 *                    scoring settings, targets, review scores, violations
 * - write:unit       change one's own unit (not create, delete, re-parent or record lineage), the
 *                    people currently working there, their affiliations there, its signatures
 *                    and its self-scores
 * - manage:rules    add, revise and retire eligibility rules: the Board's own officers only (not
 *                    partner tokens, not bloc or unit officers)
 * - manage:users, manage:tokens, read:audit
 *
 * Events, decisions, movements, award types, households, commendations and tallies are the
 * Board's records: write:domain only. A mutation without any write permission is FORBIDDEN
 * before it looks at its input; a scoped writer is FORBIDDEN on a record outside its bloc or
 * unit, and a record it cannot see is NOT_FOUND, as if it did not exist.
 */
export type Permission =
  'read' | 'read:people' | 'write:domain' | 'write:bloc' | 'write:unit' | 'manage:rules' | 'manage:users' | 'manage:tokens' | 'read:audit';

const ROLE_PERMISSIONS: Record<UserRole, Permission[]> = {
  ADMIN: ['read', 'read:people', 'write:domain', 'manage:rules', 'manage:users', 'manage:tokens', 'read:audit'],
  BOARD_OFFICER: ['read', 'read:people', 'write:domain', 'manage:rules', 'read:audit'],
  BLOC_OFFICER: ['read', 'write:bloc'],
  UNIT_OFFICER: ['read', 'write:unit'],
  ANALYST: ['read', 'read:people', 'read:audit'],
};

const SCOPE_PERMISSIONS: Record<TokenScope, Permission[]> = {
  READ: ['read', 'read:people'],
  WRITE: ['write:domain'],
};

export function permissionsOf(actor: Actor): Permission[] {
  if (actor.kind === 'SYSTEM') return ['read', 'read:people', 'write:domain', 'manage:rules', 'manage:users', 'manage:tokens', 'read:audit'];
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

const WRITE_PERMISSIONS: Permission[] = ['write:domain', 'write:bloc', 'write:unit'];

/**
 * The gate of every domain mutation: anonymous callers are UNAUTHENTICATED, callers who may change
 * nothing at all (analysts, read-only tokens) FORBIDDEN. Scoped writers are checked again against
 * the record they touch (`requireUnitWrite`, `requireBlocWrite`).
 */
export function requireWrite(actor: Actor): void {
  if (actor.kind === 'ANONYMOUS') throw new UnauthenticatedError();
  if (!WRITE_PERMISSIONS.some((permission) => can(actor, permission))) throw new ForbiddenError();
}

/** FORBIDDEN unless the actor may change this unit (see `canWriteUnit`). */
export function requireUnitWrite(actor: Actor, unitId: string | null | undefined): void {
  if (!canWriteUnit(actor, unitId)) throw new ForbiddenError();
}

/** FORBIDDEN unless the actor may change this bloc (see `canWriteBloc`). */
export function requireBlocWrite(actor: Actor, blocId: string | null | undefined): void {
  if (!canWriteBloc(actor, blocId)) throw new ForbiddenError();
}

/** May change this unit (and its people): the Board, or the unit's own officer. */
export function canWriteUnit(actor: Actor, unitId: string | null | undefined): boolean {
  return can(actor, 'write:domain') || (can(actor, 'write:unit') && unitId != null && actor.unitId === unitId);
}

/** May change this bloc's members, roles, leader and covenants: the Board, or the bloc's officer. */
export function canWriteBloc(actor: Actor, blocId: string | null | undefined): boolean {
  return can(actor, 'write:domain') || (can(actor, 'write:bloc') && blocId != null && actor.blocId === blocId);
}

/** Sees every person and household: `read:people`, or who may change them all (a write-only partner token). */
export function seesAllPeople(actor: Actor): boolean {
  return can(actor, 'read:people') || can(actor, 'write:domain');
}

/**
 * Which people an actor sees, as SQL over a unit id column: null = everyone; otherwise a
 * condition (with its parameters) that the person's unit must meet.
 */
export function peopleScope(actor: Actor, unitIdExpr: string): { sql: string; params: Record<string, unknown> } | null {
  if (seesAllPeople(actor)) return null;
  if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
    return { sql: `${unitIdExpr} = :scopeUnitId`, params: { scopeUnitId: actor.unitId } };
  }
  if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId) {
    return { sql: `${unitIdExpr} IN (SELECT sm.unit_id FROM bloc_membership sm WHERE sm.bloc_id = :scopeBlocId)`, params: { scopeBlocId: actor.blocId } };
  }
  return { sql: 'FALSE', params: {} };
}
