import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { decisionTexts } from './texts';
import { useDeleteDecision } from './useSaveDecision';

/** Deletes the decision shown (the version the user saw), then back to the list of decisions. */
export function DeleteDecisionButton({ decision }: { decision: { id: string; version: number } }) {
  const tx = useTexts(decisionTexts);
  const navigate = useNavigate();
  const [send] = useDeleteDecision();
  const { remove, holder } = useDeleteRecord('Decision');
  const onDelete = async () => {
    const gone = await remove(
      decision.version,
      async (expectedVersion) => (await send({ variables: { id: decision.id, expectedVersion } })).data!.deleteDecision,
    );
    if (gone) navigate('/decisions');
  };
  return (
    <>
      <DeleteRecordButton label={tx.deleteDecision} confirmText={tx.confirmDelete} onDelete={onDelete} testId="delete-decision" />
      {holder}
    </>
  );
}
