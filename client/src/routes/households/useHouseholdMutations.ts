import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

const CreateHousehold = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      household { id ...HouseholdFormModal_household }
      userErrors { field message code }
    }
  }
`);

const UpdateHousehold = graphql(`
  mutation UpdateHousehold($input: UpdateHouseholdInput!) {
    updateHousehold(input: $input) {
      household { id ...HouseholdFormModal_household }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Household { ...HouseholdFormModal_household } } }
    }
  }
`);

const DeleteHousehold = graphql(`
  mutation DeleteHousehold($id: ID!, $expectedVersion: Int) {
    deleteHousehold(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Creates a household; the list and the household picker's searches are read again. */
export function useCreateHousehold() {
  return useMutation(CreateHousehold, { refetchQueries: ['HouseholdsPage', 'HouseholdOptions'] });
}

/** Updates a household against the version its form opened; the cached row updates from the answer. */
export function useUpdateHousehold() {
  return useMutation(UpdateHousehold, { update: (cache, { data }) => evictHistory(cache, 'Household', data?.updateHousehold.household?.id) });
}

/** Deletes a household against the version the user saw; it leaves the cache, the list and the household picker are read again. */
export function useDeleteHousehold() {
  return useMutation(DeleteHousehold, {
    refetchQueries: ['HouseholdsPage', 'HouseholdOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Household', data?.deleteHousehold.deletedId),
  });
}
