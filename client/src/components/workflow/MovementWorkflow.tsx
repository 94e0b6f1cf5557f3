import { useMutation } from '@apollo/client/react';
import { MovementStatus, MovementTransition } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { evictHistory } from '../../lib/historyCache';
import { useTransitionFeedback } from './useTransitionFeedback';
import { WorkflowBar } from './WorkflowBar';
import { movementStatusColor } from '../../routes/movements';

export const MovementWorkflow_movement = graphql(`
  fragment MovementWorkflow_movement on Movement {
    id status version
    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }
  }
`);

const TransitionMovement = graphql(`
  mutation TransitionMovement($input: TransitionMovementInput!) {
    transitionMovement(input: $input) {
      movement { id ...MovementWorkflow_movement }
      userErrors { field message code }
      conflict { currentVersion current { id ... on Movement { ...MovementWorkflow_movement } } }
    }
  }
`);

const COLORS = movementStatusColor;

/** A movement's status with the steps the user may take (movement workflow of the server). */
export function MovementWorkflow({ movement: ref }: { movement: FragmentType<typeof MovementWorkflow_movement> }) {
  const movement = getFragmentData(MovementWorkflow_movement, ref);
  const feedback = useTransitionFeedback();
  const [transition, { loading }] = useMutation(TransitionMovement, {
    update: (cache, { data }) => evictHistory(cache, 'Movement', data?.transitionMovement.movement?.id),
  });
  return (
    <WorkflowBar
      states={MovementStatus}
      transitions={MovementTransition}
      status={movement.status}
      options={movement.allowedTransitions}
      colors={COLORS}
      saving={loading}
      onTransition={(to, reason) =>
        feedback(
          async () => (await transition({ variables: { input: { id: movement.id, to, reason, expectedVersion: movement.version } } })).data?.transitionMovement,
        )
      }
    />
  );
}
