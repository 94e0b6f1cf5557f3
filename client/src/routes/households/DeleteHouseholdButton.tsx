import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { householdTexts } from './texts';
import { useDeleteHousehold } from './useHouseholdMutations';

/** Deletes one household of the list against the version the list showed, after a confirmation. */
export function DeleteHouseholdButton({ household }: { household: { id: string; name: string; version: number } }) {
  const tx = useTexts(householdTexts);
  const [send] = useDeleteHousehold();
  const { remove, holder } = useDeleteRecord('Household');
  const onDelete = async () => {
    await remove(household.version, async (expectedVersion) => (await send({ variables: { id: household.id, expectedVersion } })).data!.deleteHousehold);
  };
  return (
    <>
      <DeleteRecordButton
        label={tx.deleteHousehold}
        confirmText={tx.confirmDelete.replace('{name}', household.name)}
        onDelete={onDelete}
        testId={`delete-household-${household.id}`}
      />
      {holder}
    </>
  );
}
