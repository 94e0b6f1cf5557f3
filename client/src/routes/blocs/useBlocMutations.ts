import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

/*
 * Membership, yearly roles and the leading unit all change what `members(year)`, `head(year)`,
 * `leader(year)`… answer for some years; the bloc page is refetched rather than patching every
 * year-keyed field in the cache.
 */
const REFETCH = { refetchQueries: ['BlocPage'], awaitRefetchQueries: true };

const UpdateBloc = graphql(`
  mutation UpdateBloc($input: UpdateBlocInput!) {
    updateBloc(input: $input) {
      bloc { id name ...BlocFormModal_bloc ...BlocDetails_bloc }
      userErrors { field message code recordId }
      conflict { ...MergeDialog_conflict current { id ... on Bloc { ...BlocFormModal_bloc ...BlocDetails_bloc } } }
    }
  }
`);
/** Updates a bloc against the version its form opened; the cached bloc updates from the answer, its history is read again. */
export function useUpdateBloc() {
  return useMutation(UpdateBloc, { update: (cache, { data }) => evictHistory(cache, 'Bloc', data?.updateBloc.bloc?.id) });
}

const DeleteBloc = graphql(`
  mutation DeleteBloc($id: ID!, $expectedVersion: Int) {
    deleteBloc(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);
/** Deletes a bloc (its memberships, roles and leaders go too) against the version the user saw; it leaves the cache, bloc lists and pickers are read again. */
export function useDeleteBloc() {
  return useMutation(DeleteBloc, {
    refetchQueries: ['BlocsPage', 'BlocOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Bloc', data?.deleteBloc.deletedId),
  });
}

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
/*
 * removeBlocMembership takes no expectedVersion yet (it is being added): once the schema has it,
 * declare `$expectedVersion: Int`, pass it on, and send it from MembershipActions' `send`.
 */
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
