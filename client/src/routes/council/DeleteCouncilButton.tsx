import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { councilTexts } from './texts';
import { useDeleteCouncilSession } from './useCouncilMutations';

/** Deletes a draft or cancelled session (the version the user saw); then back to the list. */
export function DeleteCouncilButton({ session }: { session: { id: string; version: number } }) {
  const tx = useTexts(councilTexts);
  const navigate = useNavigate();
  const [send] = useDeleteCouncilSession();
  const { remove, holder } = useDeleteRecord('CouncilSession');
  const onDelete = async () => {
    const gone = await remove(
      session.version,
      async (expectedVersion) => (await send({ variables: { id: session.id, expectedVersion } })).data!.deleteCouncilSession,
    );
    if (gone) navigate('/council');
  };
  return (
    <>
      <DeleteRecordButton label={tx.delete} confirmText={tx.deleteConfirm} onDelete={onDelete} testId="delete-council" />
      {holder}
    </>
  );
}
