import { DossierStatus, DossierTransition } from '@thidua/shared';
import type { DossierPage_DossierFragment } from '../../gql/graphql';
import { useTransitionFeedback } from '../../components/workflow/useTransitionFeedback';
import { WorkflowBar } from '../../components/workflow/WorkflowBar';
import { DOSSIER_STATUS_COLORS } from './dossierLevels';
import { useTransitionDossier } from './useDossierMutations';

/** The dossier's status with the steps the viewer may take (a reason asked where the step needs one). */
export function DossierWorkflow({ dossier }: { dossier: DossierPage_DossierFragment }) {
  const feedback = useTransitionFeedback();
  const [transition, { loading }] = useTransitionDossier();
  return (
    <WorkflowBar
      states={DossierStatus}
      transitions={DossierTransition}
      status={dossier.status}
      options={dossier.allowedTransitions}
      colors={DOSSIER_STATUS_COLORS}
      saving={loading}
      onTransition={(to, reason) =>
        feedback(
          async () => (await transition({ variables: { input: { id: dossier.id, to, reason, expectedVersion: dossier.version } } })).data?.transitionDossier,
        )
      }
    />
  );
}
