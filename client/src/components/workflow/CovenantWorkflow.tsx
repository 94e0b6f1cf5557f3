import { useMutation } from '@apollo/client/react';
import { CovenantStatus, CovenantTransition } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { evictHistory } from '../../lib/historyCache';
import { useTransitionFeedback } from './useTransitionFeedback';
import { WorkflowBar } from './WorkflowBar';

export const CovenantWorkflow_covenant = graphql(`
  fragment CovenantWorkflow_covenant on Covenant {
    id status version
    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }
  }
`);

const TransitionCovenant = graphql(`
  mutation TransitionCovenant($input: TransitionCovenantInput!) {
    transitionCovenant(input: $input) {
      covenant { id ...CovenantWorkflow_covenant }
      userErrors { field message code }
      conflict { currentVersion current { id ... on Covenant { ...CovenantWorkflow_covenant } } }
    }
  }
`);

const COLORS = { DRAFT: 'default', IN_COMMENT: 'gold', READY_TO_SIGN: 'cyan', SIGNED: 'green', CLOSED: 'default' } as const;

/** A covenant's status with the steps the user may take (covenant workflow of the server). */
export function CovenantWorkflow({ covenant: ref }: { covenant: FragmentType<typeof CovenantWorkflow_covenant> }) {
  const covenant = getFragmentData(CovenantWorkflow_covenant, ref);
  const feedback = useTransitionFeedback();
  const [transition, { loading }] = useMutation(TransitionCovenant, {
    update: (cache, { data }) => evictHistory(cache, 'Covenant', data?.transitionCovenant.covenant?.id),
  });
  return (
    <WorkflowBar
      states={CovenantStatus}
      transitions={CovenantTransition}
      status={covenant.status}
      options={covenant.allowedTransitions}
      colors={COLORS}
      saving={loading}
      onTransition={(to, reason) =>
        feedback(
          async () => (await transition({ variables: { input: { id: covenant.id, to, reason, expectedVersion: covenant.version } } })).data?.transitionCovenant,
        )
      }
    />
  );
}
