import { createContext, useContext } from 'react';
import { NO_CHANGES, type RecentChanges, type RemoteChange } from './recentChanges';

/** Other people's recent changes; empty outside the signed-in app (and in tests without a provider). */
export const RecentChangesContext = createContext<RecentChanges>(NO_CHANGES);

/** CSS class of a row, title or card someone else just changed (see live.css). */
export const HIGHLIGHT_CLASS = 'live-changed';

/** Someone else's change to this record in the last few seconds, if any. */
export function useRemoteHighlight(id: string | null | undefined): RemoteChange | undefined {
  const { recent } = useContext(RecentChangesContext);
  return id ? recent.get(id) : undefined;
}

/** For tables: is the row with this id freshly changed by someone else? */
export function useRemoteHighlights(): (id: unknown) => boolean {
  const { recent } = useContext(RecentChangesContext);
  return (id) => typeof id === 'string' && recent.has(id);
}

/** Who deleted this record while the page was open, if someone did. */
export function useRemoteDeletion(id: string | null | undefined): RemoteChange | undefined {
  const { deleted } = useContext(RecentChangesContext);
  return id ? deleted.get(id) : undefined;
}
