import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const RecordCommendations = graphql(`
  mutation RecordCommendations($input: RecordCommendationsInput!) {
    recordCommendations(input: $input) {
      decision { id number issuer issuedOn subject }
      commendations { id unit { id } person { id } household { id } bloc { id } }
      userErrors { field message code recordId }
    }
  }
`);

/**
 * Records a batch of commendations under one decision (all or nothing). On success every list
 * that may now be missing them — the commendation and decision lists, each recipient's and the
 * bloc's commendations, the statistics — is dropped from the cache, so it is fetched again when
 * next shown.
 */
export function useRecordCommendations() {
  return useMutation(RecordCommendations, {
    update(cache, { data }) {
      const recorded = data?.recordCommendations.commendations ?? [];
      if (!recorded.length) return;
      for (const fieldName of ['commendations', 'commendationStats', 'decisions']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      const owners = new Set<string>();
      for (const c of recorded) {
        for (const owner of [c.unit, c.person, c.household, c.bloc]) {
          const id = owner ? cache.identify(owner) : undefined;
          if (id) owners.add(id);
        }
      }
      for (const id of owners) cache.evict({ id, fieldName: 'commendations' });
      cache.gc();
    },
  });
}
