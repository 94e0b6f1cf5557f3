import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

/* One hook per mutation; the lists it changes refetch through the record registry (listFields). */

const CreateDossier = graphql(`
  mutation CreateDossier($input: CreateDossierInput!) {
    createDossier(input: $input) {
      dossier { id code }
      userErrors { field message code recordId }
    }
  }
`);
export const useCreateDossier = () => useMutation(CreateDossier);

const UpdateDossier = graphql(`
  mutation UpdateDossier($input: UpdateDossierInput!) {
    updateDossier(input: $input) {
      dossier { id ...DossierPage_dossier }
      userErrors { field message code recordId }
      conflict { ...MergeDialog_conflict current { id ... on Dossier { ...DossierPage_dossier } } }
    }
  }
`);
export const useUpdateDossier = () =>
  useMutation(UpdateDossier, { update: (cache, { data }) => evictHistory(cache, 'Dossier', data?.updateDossier.dossier?.id) });

const DeleteDossier = graphql(`
  mutation DeleteDossier($id: ID!, $expectedVersion: Int) {
    deleteDossier(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);
export const useDeleteDossier = () =>
  useMutation(DeleteDossier, { update: (cache, { data }) => evictDeleted(cache, 'Dossier', data?.deleteDossier.deletedId) });

const TransitionDossier = graphql(`
  mutation TransitionDossier($input: TransitionDossierInput!) {
    transitionDossier(input: $input) {
      dossier { id ...DossierPage_dossier }
      userErrors { field message code }
      conflict { currentVersion current { id ... on Dossier { ...DossierPage_dossier } } }
    }
  }
`);
export const useTransitionDossier = () =>
  useMutation(TransitionDossier, { update: (cache, { data }) => evictHistory(cache, 'Dossier', data?.transitionDossier.dossier?.id) });

const AggregateDossiers = graphql(`
  mutation AggregateDossiers($input: AggregateDossiersInput!) {
    aggregateDossiers(input: $input) {
      dossier { id code }
      userErrors { field message code }
    }
  }
`);
export const useAggregateDossiers = () => useMutation(AggregateDossiers);

const AddDossierLine = graphql(`
  mutation AddDossierLine($input: AddDossierLineInput!) {
    addDossierLine(input: $input) {
      line { id ...DossierLines_line }
      userErrors { field message code recordId }
    }
  }
`);
// A line changes what the dossier must carry (checklist) and whether it may be sent: the page's query reads both again.
const AFTER_LINE_CHANGE = { refetchQueries: ['DossierPage'] };

export const useAddDossierLine = () => useMutation(AddDossierLine, AFTER_LINE_CHANGE);

const UpdateDossierLine = graphql(`
  mutation UpdateDossierLine($input: UpdateDossierLineInput!) {
    updateDossierLine(input: $input) {
      line { id ...DossierLines_line }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on DossierLine { ...DossierLines_line } } }
    }
  }
`);
export const useUpdateDossierLine = () => useMutation(UpdateDossierLine, AFTER_LINE_CHANGE);

const DeleteDossierLine = graphql(`
  mutation DeleteDossierLine($id: ID!, $expectedVersion: Int) {
    deleteDossierLine(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);
export const useDeleteDossierLine = () => useMutation(DeleteDossierLine, AFTER_LINE_CHANGE);
