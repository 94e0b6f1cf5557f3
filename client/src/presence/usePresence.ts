import { useEffect, useId } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { print } from 'graphql';
import { liveConnectionOf } from '../live/apolloTransport';
import { LeavePresenceMutation, PresenceHeartbeatMutation } from './operations';
import { PresenceTab, type PresenceState } from './tab';

/** This tab's id for presence: new on every page load, so two tabs of one person stay apart. */
export const clientId: string =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const tabs = new WeakMap<ApolloClient, PresenceTab>();

/** The tab's presence for this Apollo Client, created once with its page listeners. */
function tabFor(client: ApolloClient): PresenceTab {
  let tab = tabs.get(client);
  if (tab) return tab;
  tab = new PresenceTab(clientId, {
    beat: async (input) =>
      (await client.mutate({ mutation: PresenceHeartbeatMutation, variables: { input } })).data?.presenceHeartbeat.heartbeat?.intervalSeconds ?? null,
    leave: async (id) => {
      await client.mutate({ mutation: LeavePresenceMutation, variables: { clientId: id } });
    },
    leaveOnExit: (id) => {
      void fetch('/graphql', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: print(LeavePresenceMutation), variables: { clientId: id } }),
      }).catch(() => undefined);
    },
  });
  tabs.set(client, tab);
  const current = tab;
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => current.exit());
    window.addEventListener('pageshow', () => current.refresh());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') current.refresh();
    });
  }
  // After the socket comes back the server may have forgotten us (restart, long outage).
  liveConnectionOf(client)?.ws.on('connected', () => current.refresh());
  return tab;
}

/**
 * Reports what this part of the page shows: the records viewed and, in a form, the field being
 * edited. Parts add up (see PresenceTab); unmounting takes this part away, and the tab leaves
 * when no part is left. Returns this tab's clientId.
 */
export function usePresence({ viewing, editing = null }: { viewing: readonly string[]; editing?: PresenceState['editing'] }): string {
  const client = useApolloClient();
  const part = useId();
  const key = JSON.stringify([viewing, editing]);
  useEffect(() => {
    const [ids, field] = JSON.parse(key) as [string[], PresenceState['editing']];
    tabFor(client).set(part, { viewing: ids, editing: field });
  }, [client, part, key]);
  useEffect(() => () => tabFor(client).remove(part), [client, part]);
  return clientId;
}
