import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { peopleTexts } from './texts';
import { useDeletePerson } from './useSavePerson';

/** Deletes the person shown with their affiliations (the version the user saw), then back to the list of people. */
export function DeletePersonButton({ person }: { person: { id: string; version: number } }) {
  const tx = useTexts(peopleTexts);
  const navigate = useNavigate();
  const [send] = useDeletePerson();
  const { remove, holder } = useDeleteRecord('Person');
  const onDelete = async () => {
    const gone = await remove(person.version, async (expectedVersion) => (await send({ variables: { id: person.id, expectedVersion } })).data!.deletePerson);
    if (gone) navigate('/people');
  };
  return (
    <>
      <DeleteRecordButton label={tx.deletePerson} confirmText={tx.confirmDelete} onDelete={onDelete} testId="delete-person" />
      {holder}
    </>
  );
}
