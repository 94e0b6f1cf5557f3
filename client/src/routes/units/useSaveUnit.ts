import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictHistory } from '../../lib/historyCache';

const CreateUnit = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit { id name shortName kind area note version }
      userErrors { field message code recordId }
    }
  }
`);

const UpdateUnit = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      unit { id name shortName kind area note version }
      userErrors { field message code recordId }
      conflict { ...MergeDialog_conflict current { id ... on Unit { name shortName kind area note version } } }
    }
  }
`);

/** Creates a unit; lists of units are refetched so the new one shows up. */
export function useCreateUnit() {
  return useMutation(CreateUnit, { refetchQueries: ['UnitsPage'] });
}

/**
 * Updates a unit against the version the form opened; the cache entry of the unit updates itself
 * from the answer (on a conflict: to the unit as it is now), its history is read again.
 */
export function useUpdateUnit() {
  return useMutation(UpdateUnit, { update: (cache, { data }) => evictHistory(cache, 'Unit', data?.updateUnit.unit?.id) });
}
