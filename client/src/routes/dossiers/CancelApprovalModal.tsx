import { ReasonModal } from '../../components/workflow/ReasonModal';
import { useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { flowTexts } from './flowTexts';
import { useCancelDossierApproval } from './useDossierFlowMutations';

interface Props {
  dossier: { id: string; version: number };
  open: boolean;
  onClose(): void;
}

/**
 * Undoing the approval (its commendations and, if nothing else cites it, its decision) needs a
 * reason; a refusal or failure is told and the dialog stays open with the reason typed.
 */
export function CancelApprovalModal({ dossier, open, onClose }: Props) {
  const tx = useTexts(flowTexts);
  const feedback = useMutationFeedback({ toast: false });
  const [cancel, { loading }] = useCancelDossierApproval();

  const submit = async (reason: string | null) => {
    const input = { dossierId: dossier.id, reason: reason ?? '', expectedVersion: dossier.version };
    const payload = await feedback(async () => (await cancel({ variables: { input } })).data?.cancelDossierApproval);
    if (payload) onClose();
  };

  return <ReasonModal title={open ? tx.cancelApproval : null} required saving={loading} onSubmit={(reason) => void submit(reason)} onCancel={onClose} />;
}
