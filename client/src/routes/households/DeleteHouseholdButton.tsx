import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useVersionedDelete } from '../../live/useVersionedDelete';
import { householdTexts } from './texts';
import { useDeleteHousehold } from './useHouseholdMutations';

/** Deletes one household of the list against the version the list showed, after a confirmation. */
export function DeleteHouseholdButton({ household }: { household: { id: string; name: string; version: number } }) {
  const tx = useTexts(householdTexts);
  const [deleteHousehold] = useDeleteHousehold();
  const deletion = useVersionedDelete('Household');
  const send = async (expectedVersion: number) => (await deleteHousehold({ variables: { id: household.id, expectedVersion } })).data!.deleteHousehold;
  return (
    <>
      <DeleteRecordButton
        label={tx.deleteHousehold}
        confirmText={tx.confirmDelete.replace('{name}', household.name)}
        testId={`delete-household-${household.id}`}
        onDelete={async () => void (await deletion.remove(household.id, household.version, send))}
      />
      {deletion.holder}
    </>
  );
}
