import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Spin } from 'antd';
import { Result } from '../components/LazyResult';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { describeError } from '../lib/errors';
import { can, type Permission, type PermissionScope } from './permissions';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      kind name role scopes permissions
      user { id username displayName mustChangePassword }
      unit { id name }
      bloc { id name }
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

export interface AuthState {
  /** Who is signed in (kind ANONYMOUS when nobody). */
  viewer: Viewer;
  /** Asks the server again who is signed in (after changing the password). */
  refresh(): Promise<void>;
  /** Forgets every cached answer, then asks who is signed in (after login and logout). */
  reset(): Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

/**
 * Loads `viewer` once for the whole app, and again after login, logout or a password change.
 * Until the first answer the app shows a spinner; without one (network down), a retry.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t, language } = useLanguage();
  const { data, previousData, error, refetch } = useQuery(ViewerDocument, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const viewer = (data ?? previousData)?.viewer;

  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const reset = useCallback(async () => {
    await client.clearStore();
    await refetch();
  }, [client, refetch]);
  const value = useMemo(() => (viewer ? { viewer, refresh, reset } : null), [viewer, refresh, reset]);

  if (!value) {
    if (error) {
      return (
        <Result
          status="warning"
          title={describeError(error, language)}
          extra={<Button onClick={() => void refetch()}>{t('retry')}</Button>}
          data-testid="viewer-error"
        />
      );
    }
    return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} data-testid="viewer-loading" />;
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

function useAuthState(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useViewer outside AuthProvider');
  return state;
}

/** Who is signed in, what they may do, their unit or bloc. */
export function useViewer(): Viewer {
  return useAuthState().viewer;
}

/** `refresh` and `reset` of the signed-in state (see AuthState). */
export function useAuth(): AuthState {
  return useAuthState();
}

/** A signed-in officer (or a token), not an anonymous visitor. */
export function isSignedIn(viewer: Viewer): boolean {
  return viewer.kind !== 'ANONYMOUS';
}

/**
 * May the signed-in user do this (to this unit or bloc)? Mirrors the server's rules: see
 * `can` in ./permissions. Hides or disables actions only; the server still decides.
 */
export function useCan(permission: Permission, scope?: PermissionScope): boolean {
  return can(useViewer(), permission, scope);
}

/** `can` bound to the signed-in user, for rows of a table (one check per row). */
export function usePermissions() {
  const viewer = useViewer();
  return useCallback((permission: Permission, scope?: PermissionScope) => can(viewer, permission, scope), [viewer]);
}
