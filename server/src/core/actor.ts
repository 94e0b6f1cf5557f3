import type { TokenScope, UserRole } from '@thidua/shared';

/**
 * Who performs an operation: a logged-in user, a partner app's API token, the system itself
 * (start-up, demo data) or nobody. Services take it first; the policy (core/auth/policy.ts)
 * decides what it may see and change, and the event log records it.
 */
export interface Actor {
  kind: 'ANONYMOUS' | 'SYSTEM' | 'USER' | 'TOKEN';
  /** Row id of the user or API token. */
  id: string | null;
  /** How the event log names the actor, e.g. "Nguyễn Văn An (can_bo_ban)". */
  name: string;
  role: UserRole | 'PARTNER' | null;
  /** The unit a unit officer works for. */
  unitId: string | null;
  /** The bloc a bloc officer works for. */
  blocId: string | null;
  /** What an API token may do. */
  scopes: readonly TokenScope[];
  /** A user on a one-time password: nothing but changing it (and signing out) runs until it is changed. */
  mustChangePassword?: boolean;
}

export const ANONYMOUS: Actor = Object.freeze({ kind: 'ANONYMOUS', id: null, name: 'Khách (anonymous)', role: null, unitId: null, blocId: null, scopes: [] });
export const SYSTEM: Actor = Object.freeze({ kind: 'SYSTEM', id: null, name: 'Hệ thống (system)', role: null, unitId: null, blocId: null, scopes: [] });
