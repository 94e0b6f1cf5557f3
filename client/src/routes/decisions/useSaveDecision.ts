import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

const CreateDecision = graphql(`
  mutation CreateDecision($input: CreateDecisionInput!) {
    createDecision(input: $input) {
      decision { id ...DecisionFormModal_decision }
      userErrors { field message code }
    }
  }
`);

const UpdateDecision = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      decision { id ...DecisionFormModal_decision ...DecisionSummary_decision }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Decision { ...DecisionFormModal_decision ...DecisionSummary_decision } } }
    }
  }
`);

/** Creates a decision; decision lists (and the pickers' searches) are refetched. */
export function useCreateDecision() {
  return useMutation(CreateDecision, { refetchQueries: ['DecisionsPage', 'DecisionOptions'] });
}

/**
 * Updates a decision against the version the form opened; the normalized cache entry updates
 * every view of it from the answer (on a conflict: to the decision as it is now), its history is read again.
 */
export function useUpdateDecision() {
  return useMutation(UpdateDecision, { update: (cache, { data }) => evictHistory(cache, 'Decision', data?.updateDecision.decision?.id) });
}

const DeleteDecision = graphql(`
  mutation DeleteDecision($id: ID!, $expectedVersion: Int) {
    deleteDecision(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a decision against the version the user saw; it leaves the cache, the decision lists are read again. */
export function useDeleteDecision() {
  return useMutation(DeleteDecision, {
    refetchQueries: ['DecisionsPage', 'DecisionOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Decision', data?.deleteDecision.deletedId),
  });
}
