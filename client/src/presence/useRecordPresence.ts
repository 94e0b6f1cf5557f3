import { useMemo, useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import type { PresenceEntry } from './entries';
import { getFragmentData } from '../gql';
import { PresenceChangedSubscription, PresenceQuery, RecordPresenceFragment } from './operations';

const NONE = new Map<string, PresenceEntry[]>();

/**
 * Who is on each of these records, kept current: the answer of one query, then every change the
 * subscription reports (one subscription for all the ids, whatever their number). After a
 * reconnect the socket resubscribes and the server sends each record's state again.
 */
export function useRecordPresence(ids: readonly string[]): ReadonlyMap<string, PresenceEntry[]> {
  const key = ids.join(',');
  const variables = useMemo(() => ({ ids: key ? key.split(',') : [] }), [key]);
  const skip = !variables.ids.length;
  const { data } = useQuery(PresenceQuery, { variables, skip, fetchPolicy: 'no-cache' });
  const [live, setLive] = useState<{ key: string; byId: Map<string, PresenceEntry[]> }>({ key, byId: new Map() });
  useSubscription(PresenceChangedSubscription, {
    variables,
    skip,
    fetchPolicy: 'no-cache',
    onData: ({ data: result }) => {
      const changed = getFragmentData(RecordPresenceFragment, result.data?.presenceChanged);
      if (!changed) return;
      setLive((previous) => ({ key, byId: new Map(previous.key === key ? previous.byId : []).set(changed.recordId, changed.entries) }));
    },
  });
  return useMemo(() => {
    if (skip) return NONE;
    const byId = new Map<string, PresenceEntry[]>();
    for (const record of getFragmentData(RecordPresenceFragment, data?.presence ?? [])) byId.set(record.recordId, record.entries);
    if (live.key === key) for (const [id, entries] of live.byId) byId.set(id, entries);
    return byId;
  }, [skip, data, live, key]);
}
