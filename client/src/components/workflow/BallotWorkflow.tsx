import { useMutation } from '@apollo/client/react';
import { BallotStatus, BallotTransition } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { evictHistory } from '../../lib/historyCache';
import { useTransitionFeedback } from './useTransitionFeedback';
import { WorkflowBar } from './WorkflowBar';

export const BallotWorkflow_session = graphql(`
  fragment BallotWorkflow_session on BallotSession {
    id status version
    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }
  }
`);

const TransitionBallotSession = graphql(`
  mutation TransitionBallotSession($input: TransitionBallotSessionInput!) {
    transitionBallotSession(input: $input) {
      session { id ...BallotWorkflow_session ...BallotTurnout_session ...BallotResults_session }
      userErrors { field message code }
      conflict { currentVersion current { id ... on BallotSession { ...BallotWorkflow_session } } }
    }
  }
`);

const COLORS: Record<BallotStatus, string> = { DRAFT: 'default', OPEN: 'green', CLOSED: 'purple', CANCELLED: 'red' };

/** A ballot session's status with the steps the user may take (open, close and tally, cancel). */
export function BallotWorkflow({ session: ref }: { session: FragmentType<typeof BallotWorkflow_session> }) {
  const session = getFragmentData(BallotWorkflow_session, ref);
  const feedback = useTransitionFeedback();
  const [transition, { loading }] = useMutation(TransitionBallotSession, {
    update: (cache, { data }) => evictHistory(cache, 'BallotSession', data?.transitionBallotSession.session?.id),
  });
  return (
    <WorkflowBar
      states={BallotStatus}
      transitions={BallotTransition}
      status={session.status}
      options={session.allowedTransitions}
      colors={COLORS}
      saving={loading}
      onTransition={(to, reason) =>
        feedback(
          async () =>
            (await transition({ variables: { input: { id: session.id, to, reason, expectedVersion: session.version } } })).data?.transitionBallotSession,
        )
      }
    />
  );
}
