/**
 * What the signed-in officer may do, as the server's policy says (server/src/core/auth/policy.ts).
 * The app only uses it to show what a user can do; the server still checks every operation.
 */
export type Permission =
  'read' | 'read:people' | 'write:domain' | 'write:bloc' | 'write:unit' | 'manage:rules' | 'manage:users' | 'manage:tokens' | 'read:audit';

/** The record an action touches, for the permissions that depend on it. */
export interface PermissionScope {
  /** The unit changed (write:unit): a unit officer may change only their own. */
  unitId?: string | null;
  /** The bloc changed (write:bloc): a bloc officer may change only their own. */
  blocId?: string | null;
}

/** The parts of `viewer` the rules read. */
export interface PermissionHolder {
  permissions: readonly string[];
  unit?: { id: string } | null;
  bloc?: { id: string } | null;
}

/**
 * - `write:unit` with a `unitId`: the Board (write:domain), or the officer of that very unit
 *   (server: canWriteUnit); without the key at all: the Board or any unit officer (a `unitId`
 *   given but still undefined, e.g. while loading, allows only the Board).
 * - `write:bloc` with a `blocId`: the Board, or the officer of that very bloc (canWriteBloc);
 *   without one: the Board or any bloc officer.
 * - anything else: the permission itself.
 */
export function can(holder: PermissionHolder | null | undefined, permission: Permission, scope: PermissionScope = {}): boolean {
  if (!holder) return false;
  const has = (p: Permission) => holder.permissions.includes(p);
  if (permission === 'write:unit') {
    if (has('write:domain')) return true;
    if (!has('write:unit')) return false;
    return !('unitId' in scope) || (scope.unitId != null && holder.unit?.id === scope.unitId);
  }
  if (permission === 'write:bloc') {
    if (has('write:domain')) return true;
    if (!has('write:bloc')) return false;
    return !('blocId' in scope) || (scope.blocId != null && holder.bloc?.id === scope.blocId);
  }
  return has(permission);
}

/** Signing for a unit, or undoing it: the Board, the covenant's bloc officer, or the unit's own officer. */
export function canSign(holder: PermissionHolder | null | undefined, covenantBlocId: string, unitId: string): boolean {
  return can(holder, 'write:bloc', { blocId: covenantBlocId }) || can(holder, 'write:unit', { unitId });
}

/** Changing a person: the Board, or the officer of a unit where the person currently works. */
export function canWritePerson(holder: PermissionHolder | null | undefined, currentUnitIds: readonly string[]): boolean {
  return can(holder, 'write:domain') || currentUnitIds.some((unitId) => can(holder, 'write:unit', { unitId }));
}

/**
 * Deleting a person (with all their affiliations): the Board, or a unit officer when the person
 * works at their unit now and every affiliation ever was at a unit they may change (server:
 * requirePersonWrite with the whole history).
 */
export function canDeletePerson(holder: PermissionHolder | null | undefined, affiliations: readonly { unitId: string; current: boolean }[]): boolean {
  if (can(holder, 'write:domain')) return true;
  const mayChange = (a: { unitId: string }) => can(holder, 'write:unit', { unitId: a.unitId });
  return affiliations.some((a) => a.current && mayChange(a)) && affiliations.every(mayChange);
}
