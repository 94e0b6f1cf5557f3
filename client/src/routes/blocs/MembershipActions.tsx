import { useState } from 'react';
import { Button, InputNumber, Modal, Popconfirm, Space, Typography } from 'antd';
import { DeleteOutlined, StopOutlined } from '@ant-design/icons';
import { LIMITS } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { useDeleteRecord } from '../../live/useDeleteRecord';
import { useEndBlocMembership, useRemoveBlocMembership } from './useBlocMutations';

interface Props {
  membership: { id: string; fromYear: number; toYear?: number | null; version: number; unit: { name: string } };
  /** The year the page shows: the default last year when ending a membership. */
  year: number;
}

const TEXTS = {
  end: { vi: 'Kết thúc', en: 'End' },
  endTitle: { vi: 'Kết thúc tư cách thành viên', en: 'End membership' },
  changeEnd: { vi: 'Đổi năm cuối', en: 'Change last year' },
  changeEndTitle: { vi: 'Đổi năm cuối cùng là thành viên', en: 'Change the last year as a member' },
  lastYear: { vi: 'Năm cuối cùng còn là thành viên', en: 'Last year as a member' },
  ended: { vi: 'Đã kết thúc tư cách thành viên', en: 'Membership ended' },
  remove: { vi: 'Xóa (nhập nhầm)', en: 'Remove (entered by mistake)' },
  confirmRemove: {
    vi: 'Xóa tư cách thành viên của {unit} ({period})? Chỉ dùng khi nhập nhầm; đơn vị rời khối thì dùng "Kết thúc". Không xóa được khi đơn vị còn là trưởng, phó khối hay dẫn đầu khối trong giai đoạn này.',
    en: 'Remove the membership of {unit} ({period})? Only for mistakes; use "End" when a unit leaves. Not possible while the unit is head, deputy or leader of the bloc in that period.',
  },
  now: { vi: 'nay', en: 'now' },
};

/** End a membership at a year (the unit leaves the bloc), move an end year, or remove a membership entered by mistake. */
export function MembershipActions({ membership, year }: Props) {
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const feedback = useMutationFeedback();
  const [end, ending] = useEndBlocMembership();
  const [remove] = useRemoveBlocMembership();
  const deletion = useDeleteRecord('BlocMembership');
  const [open, setOpen] = useState(false);
  const [toYear, setToYear] = useState<number | null>(null);

  const confirmEnd = async () => {
    const done = await feedback(
      async () => (await end({ variables: { input: { membershipId: membership.id, toYear: toYear ?? year } } })).data?.endBlocMembership,
      text.ended,
    );
    if (done) setOpen(false);
  };

  return (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        icon={<StopOutlined />}
        onClick={() => {
          setToYear(Math.max(membership.fromYear, Math.min(year, membership.toYear ?? year)));
          setOpen(true);
        }}
        data-testid="end-membership"
      >
        {membership.toYear == null ? text.end : text.changeEnd}
      </Button>
      <Popconfirm
        title={text.confirmRemove.replace('{unit}', membership.unit.name).replace('{period}', `${membership.fromYear} – ${membership.toYear ?? text.now}`)}
        styles={{ root: { maxWidth: 420 } }}
        okText={t('delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('cancel')}
        onConfirm={() => {
          const send = async (expectedVersion: number) => (await remove({ variables: { id: membership.id, expectedVersion } })).data!.removeBlocMembership;
          // Not awaited: the confirmation closes, so a dialog the removal opens stands alone.
          void deletion.remove(membership.version, send);
        }}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={text.remove} data-testid="remove-membership" />
      </Popconfirm>
      <Modal
        open={open}
        title={`${membership.toYear == null ? text.endTitle : text.changeEndTitle}: ${membership.unit.name}`}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={ending.loading}
        onOk={confirmEnd}
        onCancel={() => setOpen(false)}
      >
        <Space orientation="vertical">
          <Typography.Text>{text.lastYear}</Typography.Text>
          <InputNumber min={Math.max(LIMITS.yearMin, membership.fromYear)} max={LIMITS.yearMax} value={toYear} onChange={setToYear} data-testid="end-year" />
        </Space>
      </Modal>
      {deletion.holder}
    </Space>
  );
}
