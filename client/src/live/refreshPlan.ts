import { referencedIds } from '../lib/changes';
import { recordEntries } from '../records/registry';
import type { LiveEvent } from './types';

/**
 * The root list fields that show records of each type (records/registry.ts). A created, changed or deleted record
 * can enter, move in or leave these lists, so the queries reading them are asked again.
 */
const LIST_FIELDS: Record<string, readonly string[]> = Object.fromEntries(
  recordEntries().flatMap(([type, entry]) => (entry.listFields ? [[type, entry.listFields]] : [])),
);

/** Every change is also a new line of the audit log. */
const ALWAYS = ['changeEvents'];

/**
 * Record types the app follows through their own subscription (the comments panel): refetching
 * the commented record's page for each comment would only repeat what that panel already shows.
 */
export const OWN_FEEDS: ReadonlySet<string> = new Set(recordEntries().flatMap(([type, entry]) => (entry.ownFeed ? [type] : [])));

export interface RefreshPlan {
  /** Records (global ids) whose queries are read again: the changed record and those it points to. */
  records: string[];
  /** Root fields whose queries are read again. */
  rootFields: string[];
  /** Records deleted by someone else: kept in the cache (an open form still needs them), marked gone. */
  deleted: string[];
}

/**
 * What a batch of other people's changes makes stale. This tab's own changes (`isOwn`) are left
 * out: the mutation's answer already updated the cache. A deleted record itself is not read
 * again (its page would turn into "not found" under an open form); the lists are.
 */
export function planRefresh(events: readonly LiveEvent[], isOwn: (event: LiveEvent) => boolean): RefreshPlan {
  const records = new Set<string>();
  const rootFields = new Set<string>();
  const deleted = new Set<string>();
  for (const event of events) {
    if (isOwn(event)) continue;
    ALWAYS.forEach((field) => rootFields.add(field));
    if (OWN_FEEDS.has(event.entityType)) continue;
    LIST_FIELDS[event.entityType]?.forEach((field) => rootFields.add(field));
    if (event.action === 'DELETE') deleted.add(event.entityId);
    else records.add(event.entityId);
    // A new parent, a new member, a moved affiliation: the records on both ends list it.
    for (const id of referencedIds(event.changes)) records.add(id);
  }
  for (const id of deleted) records.delete(id);
  return { records: [...records], rootFields: [...rootFields], deleted: [...deleted] };
}
