import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { unitTexts } from './texts';
import { useDeleteUnit } from './useSaveUnit';

/** Deletes the unit shown (the version the user saw), then back to the list of units. */
export function DeleteUnitButton({ unit }: { unit: { id: string; version: number } }) {
  const text = useTexts(unitTexts);
  const navigate = useNavigate();
  const [send] = useDeleteUnit();
  const { remove, holder } = useDeleteRecord('Unit');
  const onDelete = async () => {
    const gone = await remove(unit.version, async (expectedVersion) => (await send({ variables: { id: unit.id, expectedVersion } })).data!.deleteUnit);
    if (gone) navigate('/units');
  };
  return (
    <>
      <DeleteRecordButton label={text.deleteUnit} confirmText={text.confirmDelete} onDelete={onDelete} testId="unit-delete" />
      {holder}
    </>
  );
}
