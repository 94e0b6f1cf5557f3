import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { mergeMap, of } from 'rxjs';

/** How often a query is asked again when its answer is older than what the tab has seen. */
const RETRIES = 3;

/** The newest version of each record seen in this tab's answers ("Dossier:RDox" → 5). */
export type Versions = Map<string, number>;

/**
 * Records the versions in `data` and tells whether one of them is older than one seen before.
 * A versioned record is an object with `__typename`, `id` and a numeric `version`.
 */
export function notOlder(versions: Versions, data: unknown): boolean {
  let fresh = true;
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.version === 'number' && record.id != null) {
      const key = `${String(record.__typename)}:${String(record.id)}`;
      const seen = versions.get(key) ?? 0;
      if (record.version < seen) fresh = false;
      else versions.set(key, record.version);
    }
    Object.values(record).forEach(walk);
  };
  walk(data);
  return fresh;
}

/**
 * Answers can arrive out of order: a refetch asked just before a change (a live update of another
 * officer's save, say) may come back after the change's own answer, and would put the older
 * record back on screen — a submitted dossier shown as a draft again. A query whose answer holds
 * a record older than one this tab has already seen is asked again (a few times), so the screen
 * never goes back.
 */
export function freshAnswersLink(versions: Versions = new Map()): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const query = operation.operationType === OperationTypeNode.QUERY;
    const ask = (left: number): ReturnType<typeof forward> =>
      forward(operation).pipe(mergeMap((result) => (!notOlder(versions, result.data) && query && left > 0 ? ask(left - 1) : of(result))));
    return ask(RETRIES);
  });
}
