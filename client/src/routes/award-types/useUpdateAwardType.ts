import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const UpdateAwardType = graphql(`
  mutation UpdateAwardType($input: UpdateAwardTypeInput!) {
    updateAwardType(input: $input) {
      awardType { id ...AwardTypeFormModal_awardType }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on AwardType { ...AwardTypeFormModal_awardType } } }
    }
  }
`);

/**
 * Updates an award type against the version the form opened; its cache entry updates itself, and the catalogue is read again because
 * a new rank or active flag can move it in (or out of) the current order and filter.
 */
export function useUpdateAwardType() {
  return useMutation(UpdateAwardType, { refetchQueries: ['AwardTypesPage'] });
}
