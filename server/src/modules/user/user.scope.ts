import type { Actor } from '../../core/actor.js';
import { can } from '../../core/auth/policy.js';
import { NOTHING, type Condition } from '../../core/auth/scope.js';

/** Accounts: `manage:users` sees them all, anyone else only their own. */
export function visibleUsers(actor: Actor, alias: string): Condition | null {
  if (can(actor, 'manage:users')) return null;
  return actor.kind === 'USER' && actor.id ? { sql: `${alias}.id = :scopeSelfId`, params: { scopeSelfId: actor.id } } : NOTHING;
}
