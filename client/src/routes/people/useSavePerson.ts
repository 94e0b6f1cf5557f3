import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person { id ...PersonFormModal_person }
      userErrors { field message code }
    }
  }
`);

const UpdatePerson = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person { id ...PersonFormModal_person ...PersonSummary_person }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Person { ...PersonFormModal_person ...PersonSummary_person } } }
    }
  }
`);

/** Creates a person (and their first affiliation); people lists and pickers are refetched. */
export function useCreatePerson() {
  return useMutation(CreatePerson, { refetchQueries: ['PeoplePage', 'PersonOptions'] });
}

/**
 * Updates a person against the version the form opened; the normalized cache entry updates every
 * view of them from the answer (on a conflict: to the person as they are now), their history is read again.
 */
export function useUpdatePerson() {
  return useMutation(UpdatePerson, { update: (cache, { data }) => evictHistory(cache, 'Person', data?.updatePerson.person?.id) });
}

const DeletePerson = graphql(`
  mutation DeletePerson($id: ID!, $expectedVersion: Int) {
    deletePerson(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a person (their affiliations go too) against the version the user saw; they leave the cache, people lists and pickers are read again. */
export function useDeletePerson() {
  return useMutation(DeletePerson, {
    refetchQueries: ['PeoplePage', 'PersonOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Person', data?.deletePerson.deletedId),
  });
}
