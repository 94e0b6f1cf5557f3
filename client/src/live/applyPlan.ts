import type { ApolloClient } from '@apollo/client';
import { typeOfGlobalId } from '../lib/changes';
import type { RefreshPlan } from './refreshPlan';

/**
 * Reads again exactly the active queries that show something stale: the records' fields and the
 * root fields are marked invalid in a temporary optimistic layer, Apollo notes which watched
 * queries read them, the layer is dropped (the data never changes, nothing flickers) and those
 * queries are refetched, each once.
 */
export function applyPlan(client: ApolloClient, plan: RefreshPlan): void {
  if (!plan.records.length && !plan.rootFields.length) return;
  // A failed refetch shows on the query that made it; nothing to add here.
  client
    .refetchQueries({
      optimistic: true,
      updateCache(cache) {
        for (const id of plan.records) {
          const typename = typeOfGlobalId(id);
          const cacheId = typename ? cache.identify({ __typename: typename, id }) : undefined;
          if (cacheId) cache.modify({ id: cacheId, fields: (_value, { INVALIDATE }) => INVALIDATE });
        }
        for (const fieldName of plan.rootFields) cache.modify({ id: 'ROOT_QUERY', fields: { [fieldName]: (_value, { INVALIDATE }) => INVALIDATE } });
      },
    })
    .catch(() => undefined);
}
