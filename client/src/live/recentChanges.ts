import type { LiveEvent } from './types';

/** How long a remote change stays highlighted. */
export const HIGHLIGHT_MS = 3_000;
/** Deleted records remembered for their pages' notice: the latest ones are enough. */
const DELETED_REMEMBERED = 200;

/** Someone else's change to a record, as the page tells it. */
export interface RemoteChange {
  seq: string;
  entityId: string;
  entityType: string;
  action: LiveEvent['action'];
  actorName: string;
  /** Until when (ms since epoch) it is highlighted. */
  until: number;
}

export interface RecentChanges {
  /** Records changed by someone else in the last few seconds, by global id. */
  recent: ReadonlyMap<string, RemoteChange>;
  /** Records someone else deleted while this tab was open, by global id. */
  deleted: ReadonlyMap<string, RemoteChange>;
}

export const NO_CHANGES: RecentChanges = { recent: new Map(), deleted: new Map() };

/** Adds a batch of remote events (not this tab's own) to what is shown; the latest per record wins. */
export function addRemoteChanges(state: RecentChanges, events: readonly LiveEvent[], now: number): RecentChanges {
  if (!events.length) return state;
  const recent = new Map(state.recent);
  const deleted = new Map(state.deleted);
  for (const event of events) {
    const change: RemoteChange = {
      seq: event.seq,
      entityId: event.entityId,
      entityType: event.entityType,
      action: event.action,
      actorName: event.actorName,
      until: now + HIGHLIGHT_MS,
    };
    recent.set(event.entityId, change);
    if (event.action === 'DELETE') deleted.set(event.entityId, change);
  }
  while (deleted.size > DELETED_REMEMBERED) deleted.delete(deleted.keys().next().value!);
  return { recent, deleted };
}

/** Drops highlights that are over; the same object when none is. */
export function pruneExpired(state: RecentChanges, now: number): RecentChanges {
  const expired = [...state.recent.values()].filter((change) => change.until <= now);
  if (!expired.length) return state;
  const recent = new Map(state.recent);
  for (const change of expired) recent.delete(change.entityId);
  return { ...state, recent };
}

/** When the next highlight ends (for one timer), or null when none is shown. */
export function nextExpiry(state: RecentChanges): number | null {
  let next: number | null = null;
  for (const change of state.recent.values()) if (next === null || change.until < next) next = change.until;
  return next;
}
