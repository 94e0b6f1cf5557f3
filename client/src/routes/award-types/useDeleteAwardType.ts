import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';

const DeleteAwardType = graphql(`
  mutation DeleteAwardType($id: ID!, $expectedVersion: Int) {
    deleteAwardType(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes an award type no commendation uses, against the version the user saw; the catalogue and the pickers are read again. */
export function useDeleteAwardType() {
  return useMutation(DeleteAwardType, {
    refetchQueries: ['AwardTypesPage', 'AwardTypeOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'AwardType', data?.deleteAwardType.deletedId),
  });
}
