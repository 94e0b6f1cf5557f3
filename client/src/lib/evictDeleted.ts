import type { ApolloCache } from '@apollo/client';

/**
 * After a record was deleted: drops it from the cache, so lists and references that still point
 * at it stop showing it. Use in a delete mutation's `update`, with `deletedId` from the answer.
 */
export function evictDeleted(cache: ApolloCache, typename: string, id: string | null | undefined): void {
  if (!id) return;
  const cacheId = cache.identify({ __typename: typename, id });
  if (!cacheId) return;
  cache.evict({ id: cacheId });
  cache.gc();
}
