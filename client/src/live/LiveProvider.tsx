import { useEffect, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { apolloTransport, LatestChangeSeqQuery, liveConnectionOf } from './apolloTransport';
import { LiveFeed } from './liveFeed';
import { addRemoteChanges, NO_CHANGES, nextExpiry, pruneExpired, type RecentChanges } from './recentChanges';
import { RecentChangesContext } from './useRemoteHighlight';
import './live.css';

/** Pause before asking for the starting seq again when the first attempt failed. */
const RETRY_MS = 5_000;

/**
 * Live updates for the signed-in app, mounted once: one `changes` subscription from the seq the
 * server had when the app opened. Other people's changes refetch the active queries that show
 * them (batched) and are highlighted for a few seconds; this tab's own are recognised by their
 * request id and left alone. Without a socket (tests) it only renders its children.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [changes, setChanges] = useState<RecentChanges>(NO_CHANGES);

  useEffect(() => {
    const connection = liveConnectionOf(client);
    if (!connection) return;
    const { ws, ownRequests } = connection;
    const isOwn = (event: { requestId?: string | null }) => ownRequests.has(event.requestId);
    let stopped = false;
    // The refresh plan reads the record registry (every type's lists and labels): loaded with the
    // first change, not with the first screen. Batches are applied in order, one after the other.
    let applied = Promise.resolve();
    const feed = new LiveFeed(apolloTransport(client, ws), (events) => {
      applied = applied.then(async () => {
        const [{ applyPlan }, { OWN_FEEDS, planRefresh }] = await Promise.all([import('./applyPlan'), import('./refreshPlan')]);
        if (stopped) return;
        applyPlan(client, planRefresh(events, isOwn));
        const remote = events.filter((event) => !isOwn(event) && !OWN_FEEDS.has(event.entityType));
        setChanges((state) => addRemoteChanges(state, remote, Date.now()));
      });
    });
    let retry: ReturnType<typeof setTimeout> | undefined;
    const begin = () =>
      client
        .query({ query: LatestChangeSeqQuery, fetchPolicy: 'network-only' })
        .then(({ data }) => {
          if (!stopped && data) feed.start(data.latestChangeSeq);
        })
        .catch(() => {
          if (!stopped) retry = setTimeout(begin, RETRY_MS);
        });
    void begin();
    return () => {
      stopped = true;
      clearTimeout(retry);
      feed.stop();
    };
  }, [client]);

  // One timer for the next highlight to end.
  useEffect(() => {
    const next = nextExpiry(changes);
    if (next === null) return;
    const timer = setTimeout(() => setChanges((state) => pruneExpired(state, Date.now())), Math.max(0, next - Date.now()) + 10);
    return () => clearTimeout(timer);
  }, [changes]);

  return <RecentChangesContext.Provider value={changes}>{children}</RecentChangesContext.Provider>;
}
