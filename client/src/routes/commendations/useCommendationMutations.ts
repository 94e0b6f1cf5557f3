import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

/** The queries that list commendations (their counts and filters change with a status or a deletion). */
const COMMENDATION_LISTS = [
  'CommendationsPage',
  'DecisionCommendations',
  'MovementCommendations',
  'PersonCommendations',
  'UnitPage',
  'BlocPage',
  'BlocMemberAwards',
];

const UpdateCommendation = graphql(`
  mutation UpdateCommendation($input: UpdateCommendationInput!) {
    updateCommendation(input: $input) {
      commendation { id ...CommendationActions_commendation ...CommendationTable_commendation ...AwardsTable_commendation ...CommendationSummary_commendation }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Commendation { ...CommendationActions_commendation ...CommendationSummary_commendation } } }
    }
  }
`);

/** Updates a commendation against the version the form opened; every view of it updates from the answer, its history is read again. */
export function useUpdateCommendation() {
  return useMutation(UpdateCommendation, { update: (cache, { data }) => evictHistory(cache, 'Commendation', data?.updateCommendation.commendation?.id) });
}

const RevokeCommendation = graphql(`
  mutation RevokeCommendation($input: RevokeCommendationInput!) {
    revokeCommendation(input: $input) {
      commendation { id ...CommendationActions_commendation ...CommendationTable_commendation ...AwardsTable_commendation ...CommendationSummary_commendation }
      userErrors { field message code }
    }
  }
`);

/** Revokes a commendation (status REVOKED, with date and reason); lists filtered by status are read again. */
export function useRevokeCommendation() {
  return useMutation(RevokeCommendation, {
    refetchQueries: ['CommendationsPage'],
    update: (cache, { data }) => evictHistory(cache, 'Commendation', data?.revokeCommendation.commendation?.id),
  });
}

const MarkCommendationPresented = graphql(`
  mutation MarkCommendationPresented($input: MarkCommendationPresentedInput!) {
    markCommendationPresented(input: $input) {
      commendation { id ...CommendationActions_commendation ...CommendationTable_commendation ...AwardsTable_commendation ...CommendationSummary_commendation }
      userErrors { field message code }
    }
  }
`);

/** Records where and by whom a commendation was presented (status PRESENTED); lists filtered by status are read again. */
export function useMarkCommendationPresented() {
  return useMutation(MarkCommendationPresented, {
    refetchQueries: ['CommendationsPage'],
    update: (cache, { data }) => evictHistory(cache, 'Commendation', data?.markCommendationPresented.commendation?.id),
  });
}

const DeleteCommendation = graphql(`
  mutation DeleteCommendation($id: ID!, $expectedVersion: Int) {
    deleteCommendation(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a mistaken commendation against the version the user saw; it leaves the cache, the lists that count commendations are read again. */
export function useDeleteCommendation() {
  return useMutation(DeleteCommendation, {
    refetchQueries: COMMENDATION_LISTS,
    update: (cache, { data }) => evictDeleted(cache, 'Commendation', data?.deleteCommendation.deletedId),
  });
}
