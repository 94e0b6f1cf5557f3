import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Forbidden } from '../components/Forbidden';
import { isSignedIn, usePermissions, useViewer } from './AuthProvider';
import { changePasswordPath, loginPath } from './next';
import type { Permission } from './permissions';

/**
 * The app behind the login: anonymous visitors go to /login (and come back here afterwards),
 * an officer with a one-time password changes it first.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const { pathname, search } = useLocation();
  const here = pathname + search;
  if (!isSignedIn(viewer)) return <Navigate to={loginPath(here)} replace />;
  if (viewer.user?.mustChangePassword) return <Navigate to={changePasswordPath(here)} replace />;
  return <>{children}</>;
}

/** Pages only some users may open (audit, administration): others see a 403 result. */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children?: ReactNode }) {
  const can = usePermissions();
  if (!anyOf.some((permission) => can(permission))) return <Forbidden />;
  return <>{children ?? <Outlet />}</>;
}
