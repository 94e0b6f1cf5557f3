import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/*
 * Membership, yearly roles and the leading unit all change what `members(year)`, `head(year)`,
 * `leader(year)`… answer for some years; the bloc page is refetched rather than patching every
 * year-keyed field in the cache.
 */
const REFETCH = { refetchQueries: ['BlocPage'], awaitRefetchQueries: true };

const AddBlocMember = graphql(`
  mutation AddBlocMember($input: AddBlocMemberInput!) {
    addBlocMember(input: $input) {
      membership { id fromYear toYear note unit { id name } }
      userErrors { field message code }
    }
  }
`);
export function useAddBlocMember() {
  return useMutation(AddBlocMember, REFETCH);
}

const EndBlocMembership = graphql(`
  mutation EndBlocMembership($input: EndBlocMembershipInput!) {
    endBlocMembership(input: $input) {
      membership { id fromYear toYear }
      userErrors { field message code }
    }
  }
`);
export function useEndBlocMembership() {
  return useMutation(EndBlocMembership, REFETCH);
}

const RemoveBlocMembership = graphql(`
  mutation RemoveBlocMembership($id: ID!, $expectedVersion: Int) {
    removeBlocMembership(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);
export function useRemoveBlocMembership() {
  return useMutation(RemoveBlocMembership, REFETCH);
}

const SetBlocYearRoles = graphql(`
  mutation SetBlocYearRoles($input: SetBlocYearRolesInput!) {
    setBlocYearRoles(input: $input) {
      bloc { id }
      userErrors { field message code }
    }
  }
`);
export function useSetBlocYearRoles() {
  return useMutation(SetBlocYearRoles, REFETCH);
}

const RecordBlocLeader = graphql(`
  mutation RecordBlocLeader($input: RecordBlocLeaderInput!) {
    recordBlocLeader(input: $input) {
      leader { id year note unit { id name } }
      userErrors { field message code }
    }
  }
`);
export function useRecordBlocLeader() {
  return useMutation(RecordBlocLeader, REFETCH);
}

const ClearBlocLeader = graphql(`
  mutation ClearBlocLeader($input: ClearBlocLeaderInput!) {
    clearBlocLeader(input: $input) {
      bloc { id }
      userErrors { field message code }
    }
  }
`);
export function useClearBlocLeader() {
  return useMutation(ClearBlocLeader, REFETCH);
}
