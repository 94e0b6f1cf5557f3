import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CriteriaEditor_CovenantFragment, MoveCovenantCriterionMutation } from '../../gql/graphql';
import { applyMove, type MoveTarget } from './criteria';

const AddCriterion = graphql(`
  mutation AddCovenantCriterion($input: AddCovenantCriterionInput!) {
    addCovenantCriterion(input: $input) {
      criterion { id covenant { id ...CriteriaEditor_covenant } }
      userErrors { field message code }
    }
  }
`);

/** Adds a criterion; the answer carries the covenant's whole outline, renumbered by the server. */
export function useAddCriterion() {
  return useMutation(AddCriterion);
}

const UpdateCriterion = graphql(`
  mutation UpdateCovenantCriterion($input: UpdateCovenantCriterionInput!) {
    updateCovenantCriterion(input: $input) {
      criterion { id title description maxScore kind version movements { id name } }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }
    }
  }
`);

/** Edits a criterion in place (its number does not change), against the version the form opened. */
export function useUpdateCriterion() {
  return useMutation(UpdateCriterion);
}

const MoveCriterion = graphql(`
  mutation MoveCovenantCriterion($input: MoveCovenantCriterionInput!) {
    moveCovenantCriterion(input: $input) {
      criterion { id covenant { id ...CriteriaEditor_covenant } }
      userErrors { field message code }
    }
  }
`);

/**
 * Moves a criterion among its siblings. The new order and numbering show at once (optimistic,
 * computed like the server does); the server's outline replaces it, or it rolls back on error.
 */
export function useMoveCriterion() {
  const [mutate, state] = useMutation(MoveCriterion);
  const move = useCallback(
    (covenant: CriteriaEditor_CovenantFragment, id: string, target: MoveTarget) =>
      mutate({
        variables: { input: { id, ...target } },
        optimisticResponse: {
          moveCovenantCriterion: {
            __typename: 'CovenantCriterionPayload',
            criterion: {
              __typename: 'CovenantCriterion',
              id,
              covenant: { ...covenant, __typename: 'Covenant', criteria: applyMove(covenant.criteria, id, target) },
            },
            userErrors: [],
          },
        } as unknown as MoveCovenantCriterionMutation,
      }),
    [mutate],
  );
  return [move, state] as const;
}

const DeleteCriterion = graphql(`
  mutation DeleteCovenantCriterion($id: ID!, $expectedVersion: Int) {
    deleteCovenantCriterion(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }
    }
  }
`);

/**
 * Deletes a criterion (and its sub-criteria) at the version the user saw; the outline is
 * refetched for the new numbers.
 */
export function useDeleteCriterion() {
  return useMutation(DeleteCriterion, {
    refetchQueries: ['CovenantPage'],
    awaitRefetchQueries: true,
    update(cache, { data }) {
      const id = data?.deleteCovenantCriterion.deletedId;
      if (id) cache.evict({ id: cache.identify({ __typename: 'CovenantCriterion', id }) });
    },
  });
}
