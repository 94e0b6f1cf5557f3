import { useNavigate } from 'react-router';
import { useCan } from '../../auth/AuthProvider';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { useDeleteCovenant } from './useCovenantMutations';

const TEXTS = {
  label: { vi: 'Xóa giao ước', en: 'Delete covenant' },
  confirm: {
    vi: 'Giao ước bị xóa cùng toàn bộ nhiệm vụ, tiêu chí và chữ ký của các đơn vị. Hội nghị ký kết vẫn giữ nguyên.',
    en: "The covenant is deleted with all its tasks, criteria and the units' signatures. The signing conference stays.",
  },
};

/** Deletes the covenant shown (the version the user saw), for the Board or the covenant's bloc officer; then back to the covenants. */
export function DeleteCovenantButton({ covenant }: { covenant: { id: string; version: number; bloc: { id: string } } }) {
  const text = useTexts(TEXTS);
  const navigate = useNavigate();
  const mayDelete = useCan('write:bloc', { blocId: covenant.bloc.id });
  const [send] = useDeleteCovenant();
  const { remove, holder } = useDeleteRecord('Covenant');
  if (!mayDelete) return null;
  const onDelete = async () => {
    const gone = await remove(
      covenant.version,
      async (expectedVersion) => (await send({ variables: { id: covenant.id, expectedVersion } })).data!.deleteCovenant,
    );
    if (gone) navigate('/covenants');
  };
  return (
    <>
      <DeleteRecordButton label={text.label} confirmText={text.confirm} onDelete={onDelete} testId="delete-covenant" />
      {holder}
    </>
  );
}
