import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { awardTypeTexts } from './texts';
import { useDeleteAwardType } from './useDeleteAwardType';

/** Deletes one award type of the catalogue (the version the row shows); the catalogue stays open. */
export function DeleteAwardTypeButton({ awardType }: { awardType: { id: string; code: string; version: number } }) {
  const tx = useTexts(awardTypeTexts);
  const [send] = useDeleteAwardType();
  const { remove, holder } = useDeleteRecord('AwardType');
  const onDelete = async () => {
    await remove(awardType.version, async (expectedVersion) => (await send({ variables: { id: awardType.id, expectedVersion } })).data!.deleteAwardType);
  };
  return (
    <>
      <DeleteRecordButton label={tx.delete} confirmText={tx.confirmDelete} onDelete={onDelete} testId={`delete-award-type-${awardType.code}`} />
      {holder}
    </>
  );
}
