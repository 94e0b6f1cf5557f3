import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { movementTexts } from './texts';
import { useDeleteMovement } from './useSaveMovement';

/** Deletes the movement shown (the version the user saw), then back to the list of movements. */
export function DeleteMovementButton({ movement }: { movement: { id: string; version: number } }) {
  const tx = useTexts(movementTexts);
  const navigate = useNavigate();
  const [send] = useDeleteMovement();
  const { remove, holder } = useDeleteRecord('Movement');
  const onDelete = async () => {
    const gone = await remove(
      movement.version,
      async (expectedVersion) => (await send({ variables: { id: movement.id, expectedVersion } })).data!.deleteMovement,
    );
    if (gone) navigate('/movements');
  };
  return (
    <>
      <DeleteRecordButton label={tx.deleteMovement} confirmText={tx.confirmDelete} onDelete={onDelete} testId="delete-movement" />
      {holder}
    </>
  );
}
