import { CouncilStatus, CouncilTransition } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useTransitionFeedback } from '../../components/workflow/useTransitionFeedback';
import { WorkflowBar } from '../../components/workflow/WorkflowBar';
import { COUNCIL_STATUS_COLORS } from './councilTags';
import { useTransitionCouncilSession } from './useCouncilMutations';

export const CouncilWorkflow_session = graphql(`
  fragment CouncilWorkflow_session on CouncilSession {
    id status version
    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }
  }
`);

/** The session's status with the steps the Board may take: start voting, close and write the minutes, cancel (with a reason). */
export function CouncilWorkflow({ session: ref }: { session: FragmentType<typeof CouncilWorkflow_session> }) {
  const session = getFragmentData(CouncilWorkflow_session, ref);
  const feedback = useTransitionFeedback();
  const [transition, { loading }] = useTransitionCouncilSession();
  return (
    <WorkflowBar
      states={CouncilStatus}
      transitions={CouncilTransition}
      status={session.status}
      options={session.allowedTransitions}
      colors={COUNCIL_STATUS_COLORS}
      saving={loading}
      onTransition={(to, reason) =>
        feedback(
          async () =>
            (await transition({ variables: { input: { id: session.id, to, reason, expectedVersion: session.version } } })).data?.transitionCouncilSession,
        )
      }
    />
  );
}
