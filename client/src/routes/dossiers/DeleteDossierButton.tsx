import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { dossierTexts } from './texts';
import { useDeleteDossier } from './useDossierMutations';

/** Deletes a dossier not yet sent (the version the user saw); then back to the list. */
export function DeleteDossierButton({ dossier }: { dossier: { id: string; version: number } }) {
  const tx = useTexts(dossierTexts);
  const navigate = useNavigate();
  const [send] = useDeleteDossier();
  const { remove, holder } = useDeleteRecord('Dossier');
  const onDelete = async () => {
    const gone = await remove(dossier.version, async (expectedVersion) => (await send({ variables: { id: dossier.id, expectedVersion } })).data!.deleteDossier);
    if (gone) navigate('/dossiers');
  };
  return (
    <>
      <DeleteRecordButton label={tx.delete} confirmText={tx.deleteConfirm} onDelete={onDelete} testId="delete-dossier" />
      {holder}
    </>
  );
}
