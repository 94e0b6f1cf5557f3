import { useState } from 'react';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { CheckCircleOutlined, DeleteOutlined, DownOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { useLanguage, useTexts } from '../../i18n/language';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { CommendationFormModal } from './CommendationFormModal';
import { PresentCommendationModal } from './PresentCommendationModal';
import { RevokeCommendationModal } from './RevokeCommendationModal';
import { commendationRecordTexts } from './texts';
import { useDeleteCommendation } from './useCommendationMutations';

export const CommendationActions_commendation = graphql(`
  fragment CommendationActions_commendation on Commendation {
    id version status year
    awardType { id nameVi nameEn }
    unit { id name }
    person { id fullName }
    household { id name }
    presentedAt { id title heldOn }
    presentedBy
    ...CommendationFormModal_commendation
  }
`);

type Open = 'edit' | 'revoke' | 'present' | null;

interface Props {
  commendation: FragmentType<typeof CommendationActions_commendation>;
  /** Leave out "edit" (the commendation's page has its own edit button). */
  withoutEdit?: boolean;
  /** After the commendation was deleted (its page goes back to the list). */
  onDeleted?(): void;
}

/** The recipient's name, for headings and confirmations. */
export function recipientName(c: { unit?: { name: string } | null; person?: { fullName: string } | null; household?: { name: string } | null }): string {
  return c.unit?.name ?? c.person?.fullName ?? c.household?.name ?? '';
}

/**
 * What the Board may do with one commendation, wherever it is listed: edit, mark presented and
 * revoke (none once revoked: the server refuses them) and delete after a confirmation. Nothing for anyone else.
 */
export function CommendationActions({ commendation: ref, withoutEdit, onDeleted }: Props) {
  const commendation = getFragmentData(CommendationActions_commendation, ref);
  const { t, language } = useLanguage();
  const tx = useTexts(commendationRecordTexts);
  const { modal } = App.useApp();
  const mayWrite = useCan('write:domain');
  const [open, setOpen] = useState<Open>(null);
  const [send] = useDeleteCommendation();
  const { remove, holder } = useDeleteRecord('Commendation');
  if (!mayWrite) return null;

  const recipient = recipientName(commendation);
  const summary = `${recipient} – ${language === 'vi' ? commendation.awardType.nameVi : commendation.awardType.nameEn} ${commendation.year}`;
  const revoked = commendation.status === 'REVOKED';
  const confirmDelete = () =>
    modal.confirm({
      title: tx.deleteTitle,
      content: (
        <>
          <p>
            <strong>{summary}</strong>
          </p>
          <p>{tx.confirmDelete}</p>
        </>
      ),
      okText: t('delete'),
      okButtonProps: { danger: true, 'data-testid': 'commendation-delete-confirm' } as never,
      cancelText: t('cancel'),
      onOk: async () => {
        const gone = await remove(
          commendation.version,
          async (expectedVersion) => (await send({ variables: { id: commendation.id, expectedVersion } })).data!.deleteCommendation,
        );
        if (gone) onDeleted?.();
      },
    });
  const items: MenuProps['items'] = [
    ...(withoutEdit || revoked ? [] : [{ key: 'edit', icon: <EditOutlined />, label: <span data-testid="commendation-action-edit">{t('edit')}</span> }]),
    ...(revoked
      ? []
      : [
          { key: 'present', icon: <CheckCircleOutlined />, label: <span data-testid="commendation-action-present">{tx.markPresented}</span> },
          { key: 'revoke', icon: <StopOutlined />, label: <span data-testid="commendation-action-revoke">{tx.revoke}</span> },
        ]),
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, danger: true, label: <span data-testid="commendation-action-delete">{tx.delete}</span> },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => (key === 'delete' ? confirmDelete() : setOpen(key as Open));

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button size="small" data-testid="commendation-actions">
          {tx.actions} <DownOutlined />
        </Button>
      </Dropdown>
      {/* Mounted only while open: a table holds many rows. */}
      {open === 'edit' ? <CommendationFormModal open onClose={() => setOpen(null)} commendation={commendation} recipient={recipient} /> : null}
      {open === 'revoke' ? <RevokeCommendationModal open onClose={() => setOpen(null)} commendation={commendation} summary={summary} /> : null}
      {open === 'present' ? <PresentCommendationModal open onClose={() => setOpen(null)} commendation={commendation} summary={summary} /> : null}
      {holder}
    </>
  );
}
