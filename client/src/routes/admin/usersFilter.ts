import type { UserFilter, UserRole } from '../../gql/graphql';
import { UserRole as UserRoles } from '@thidua/shared';

/**
 * The users list's filter from the URL: `q` searches username and display name (diacritics and
 * case ignored by the server), `role` one role, `active` yes/no.
 */
export function usersFilter(get: (key: string) => string | undefined): UserFilter | undefined {
  const parts: UserFilter[] = [];
  const q = get('q')?.trim();
  if (q) parts.push({ or: [{ username: { contains: q } }, { displayName: { contains: q } }] });
  const role = get('role');
  if (role && (UserRoles.values as string[]).includes(role)) parts.push({ role: { eq: role as UserRole } });
  const active = get('active');
  if (active === 'yes' || active === 'no') parts.push({ active: { eq: active === 'yes' } });
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}
