import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
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

const DeleteUnit = graphql(`
  mutation DeleteUnit($id: ID!, $expectedVersion: Int) {
    deleteUnit(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a unit against the version the user saw; it leaves the cache, unit lists and pickers are read again. */
export function useDeleteUnit() {
  return useMutation(DeleteUnit, {
    refetchQueries: ['UnitsPage', 'UnitOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Unit', data?.deleteUnit.deletedId),
  });
}
