import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictHistory } from '../../lib/historyCache';

/* The dossier's way from the bloc's vote to the decision: one hook per mutation. */

const CreateDossierFromProposals = graphql(`
  mutation CreateDossierFromProposals($input: CreateDossierFromProposalsInput!) {
    createDossierFromProposals(input: $input) {
      dossier { id code }
      userErrors { field message code }
    }
  }
`);
/** The proposals turn IN_DOSSIER: the covenant and ballot pages that list them ask again. */
export const useCreateDossierFromProposals = () => useMutation(CreateDossierFromProposals, { refetchQueries: ['CovenantPage', 'BallotPage'] });

const AppraiseDossierLine = graphql(`
  mutation AppraiseDossierLine($input: AppraiseDossierLineInput!) {
    appraiseDossierLine(input: $input) {
      line { id ...DossierLines_line }
      userErrors { field message code }
    }
  }
`);
/** The dossier's steps change (SEND_TO_DECISION needs every line appraised): the page asks again. */
export const useAppraiseDossierLine = () => useMutation(AppraiseDossierLine, { refetchQueries: ['DossierPage'] });

const ApproveDossier = graphql(`
  mutation ApproveDossier($input: ApproveDossierInput!) {
    approveDossier(input: $input) {
      dossier { id ...DossierPage_dossier }
      userErrors { field message code }
    }
  }
`);
export const useApproveDossier = () =>
  useMutation(ApproveDossier, { update: (cache, { data }) => evictHistory(cache, 'Dossier', data?.approveDossier.dossier?.id) });

const CancelDossierApproval = graphql(`
  mutation CancelDossierApproval($input: CancelDossierApprovalInput!) {
    cancelDossierApproval(input: $input) {
      dossier { id ...DossierPage_dossier }
      userErrors { field message code }
    }
  }
`);
export const useCancelDossierApproval = () =>
  useMutation(CancelDossierApproval, { update: (cache, { data }) => evictHistory(cache, 'Dossier', data?.cancelDossierApproval.dossier?.id) });
