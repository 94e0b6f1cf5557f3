import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/*
 * Each answer carries the person's affiliations and current unit again, so the cache (and the
 * person page) updates itself without a refetch.
 */
const AddAffiliation = graphql(`
  mutation AddPersonAffiliation($input: AddPersonAffiliationInput!) {
    addPersonAffiliation(input: $input) {
      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }
      userErrors { field message code }
    }
  }
`);

const EndAffiliation = graphql(`
  mutation EndPersonAffiliation($input: EndPersonAffiliationInput!) {
    endPersonAffiliation(input: $input) {
      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }
      userErrors { field message code }
    }
  }
`);

const DeleteAffiliation = graphql(`
  mutation DeletePersonAffiliation($id: ID!, $expectedVersion: Int) {
    deletePersonAffiliation(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

export function useAddAffiliation() {
  return useMutation(AddAffiliation, { refetchQueries: ['PeoplePage'] });
}

export function useEndAffiliation() {
  return useMutation(EndAffiliation, { refetchQueries: ['PeoplePage'] });
}

/** Deletes a mistaken affiliation: the record leaves the cache and the person is read again. */
export function useDeleteAffiliation() {
  return useMutation(DeleteAffiliation, {
    refetchQueries: ['PersonPage', 'PeoplePage'],
    update(cache, { data }) {
      const id = data?.deletePersonAffiliation.deletedId;
      if (id) cache.evict({ id: cache.identify({ __typename: 'PersonAffiliation', id }) });
    },
  });
}
