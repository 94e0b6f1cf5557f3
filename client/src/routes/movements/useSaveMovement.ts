import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

const CreateMovement = graphql(`
  mutation CreateMovement($input: CreateMovementInput!) {
    createMovement(input: $input) {
      movement { id ...MovementFormModal_movement }
      userErrors { field message code }
    }
  }
`);

const UpdateMovement = graphql(`
  mutation UpdateMovement($input: UpdateMovementInput!) {
    updateMovement(input: $input) {
      movement {
        id
        ...MovementFormModal_movement
        ...MovementSummary_movement
        ...MovementGoals_movement
        parent { id children { id name status } }
      }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Movement { ...MovementFormModal_movement ...MovementSummary_movement ...MovementGoals_movement } } }
    }
  }
`);

/** Creates a movement; movement lists and the movement picker's searches are refetched. */
export function useCreateMovement() {
  return useMutation(CreateMovement, { refetchQueries: ['MovementsPage', 'MovementOptions'] });
}

/**
 * Updates a movement against the version the form opened; the answer carries everything the movement page shows of it, and the
 * new parent's children, so the cache updates itself. A former parent's list of children is
 * read again by the lists that show it, and the movement's history by its timeline.
 */
export function useUpdateMovement() {
  return useMutation(UpdateMovement, {
    refetchQueries: ['MovementsPage'],
    update: (cache, { data }) => evictHistory(cache, 'Movement', data?.updateMovement.movement?.id),
  });
}

const DeleteMovement = graphql(`
  mutation DeleteMovement($id: ID!, $expectedVersion: Int) {
    deleteMovement(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a movement against the version the user saw; it leaves the cache, the movement lists are read again. */
export function useDeleteMovement() {
  return useMutation(DeleteMovement, {
    refetchQueries: ['MovementsPage', 'MovementOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Movement', data?.deleteMovement.deletedId),
  });
}
