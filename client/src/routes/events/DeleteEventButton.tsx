import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { eventTexts } from './texts';
import { useDeleteEvent } from './useEventMutations';

/** Deletes the conference shown (the version the user saw), then back to the list of conferences. */
export function DeleteEventButton({ event }: { event: { id: string; version: number } }) {
  const tx = useTexts(eventTexts);
  const navigate = useNavigate();
  const [send] = useDeleteEvent();
  const { remove, holder } = useDeleteRecord('Event');
  const onDelete = async () => {
    const gone = await remove(event.version, async (expectedVersion) => (await send({ variables: { id: event.id, expectedVersion } })).data!.deleteEvent);
    if (gone) navigate('/events');
  };
  return (
    <>
      <DeleteRecordButton label={tx.deleteEvent} confirmText={tx.confirmDelete} onDelete={onDelete} testId="delete-event" />
      {holder}
    </>
  );
}
