import { useNavigate } from 'react-router';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { blocListTexts } from './blocListTexts';
import { useDeleteBloc } from './useBlocMutations';

/** Deletes the bloc shown with its memberships and yearly roles (the version the user saw), then back to the list of blocs. */
export function DeleteBlocButton({ bloc }: { bloc: { id: string; version: number } }) {
  const tx = useTexts(blocListTexts);
  const navigate = useNavigate();
  const [send] = useDeleteBloc();
  const { remove, holder } = useDeleteRecord('Bloc');
  const onDelete = async () => {
    const gone = await remove(bloc.version, async (expectedVersion) => (await send({ variables: { id: bloc.id, expectedVersion } })).data!.deleteBloc);
    if (gone) navigate('/blocs');
  };
  return (
    <>
      <DeleteRecordButton label={tx.deleteBloc} confirmText={tx.confirmDelete} onDelete={onDelete} testId="bloc-delete" />
      {holder}
    </>
  );
}
