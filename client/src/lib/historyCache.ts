import type { ApolloCache } from '@apollo/client';

/**
 * After a mutation changed a record: drops the record's cached `history` (every page of it), so
 * a timeline showing it reads it again at once, and one shown later never starts stale.
 * Use in a mutation's `update`, with the record from the answer.
 */
export function evictHistory(cache: ApolloCache, typename: string, id: string | null | undefined): void {
  if (!id) return;
  const cacheId = cache.identify({ __typename: typename, id });
  if (cacheId) cache.evict({ id: cacheId, fieldName: 'history' });
}
