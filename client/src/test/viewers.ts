import type { Viewer } from '../auth/AuthProvider';
import type { UserRole } from '../gql/graphql';

/** Permissions of each role, as server/src/core/auth/policy.ts gives them. */
const ROLE_PERMISSIONS: Record<UserRole, string[]> = {
  ADMIN: ['read', 'read:people', 'write:domain', 'manage:rules', 'manage:users', 'manage:tokens', 'read:audit'],
  BOARD_OFFICER: ['read', 'read:people', 'write:domain', 'manage:rules', 'read:audit'],
  BLOC_OFFICER: ['read', 'write:bloc'],
  UNIT_OFFICER: ['read', 'write:unit'],
  ANALYST: ['read', 'read:people', 'read:audit'],
};

interface Options {
  unit?: { id: string; name: string };
  bloc?: { id: string; name: string };
  mustChangePassword?: boolean;
  username?: string;
}

/** A signed-in officer of this role, as `viewer` answers for them. */
export function viewerOf(role: UserRole, { unit, bloc, mustChangePassword = false, username = role.toLowerCase() }: Options = {}): Viewer {
  // With __typename, so the same objects serve as mocked answers of the Viewer query.
  const user = { __typename: 'User', id: `VXNlcjo${username}`, username, displayName: `Cán bộ ${username}`, mustChangePassword };
  const viewer = {
    __typename: 'Viewer',
    kind: 'USER',
    name: `Cán bộ ${username}`,
    role,
    scopes: [],
    permissions: ROLE_PERMISSIONS[role],
    user,
    unit: unit ? { __typename: 'Unit', ...unit } : null,
    bloc: bloc ? { __typename: 'Bloc', ...bloc } : null,
  };
  return viewer;
}

/** Nobody signed in. */
const anonymous = {
  __typename: 'Viewer',
  kind: 'ANONYMOUS',
  name: 'Khách (anonymous)',
  role: null,
  scopes: [],
  permissions: [],
  user: null,
  unit: null,
  bloc: null,
};
export const anonymousViewer: Viewer = anonymous;
