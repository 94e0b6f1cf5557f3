import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, Popconfirm, Progress, Space, Table, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useViewer } from '../../auth/AuthProvider';
import { canSign } from '../../auth/permissions';
import type { CovenantStatus } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { SignModal } from './SignModal';
import { useUnsignCovenant } from './useSignatureMutations';

export const SignaturesPanel_covenant = graphql(`
  fragment SignaturesPanel_covenant on Covenant {
    id year status signedCount memberCount version
    bloc { id }
    signingEvent { id heldOn }
    signatures { id signedOn signerName signerTitle unit { id name } }
    unsignedMembers { id name }
  }
`);

const BEFORE_SIGNED: CovenantStatus[] = ['DRAFT', 'IN_COMMENT', 'READY_TO_SIGN'];

const TEXTS = {
  panel: { vi: 'Ký kết giao ước', en: 'Signatures' },
  signed: { vi: 'Đã ký', en: 'Signed' },
  unsigned: { vi: 'Chưa ký', en: 'Not signed yet' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  signer: { vi: 'Người ký', en: 'Signer' },
  signerTitle: { vi: 'Chức vụ', en: 'Title' },
  signedOn: { vi: 'Ngày ký', en: 'Signed on' },
  sign: { vi: 'Ký', en: 'Sign' },
  undo: { vi: 'Hủy ký', en: 'Undo' },
  confirmUndo: { vi: 'Hủy chữ ký của đơn vị này?', en: "Undo this unit's signature?" },
  undone: { vi: 'Đã hủy chữ ký', en: 'Signature undone' },
  allSigned: {
    vi: 'Tất cả đơn vị thành viên đã ký: có thể xác nhận đã ký kết ở thanh trạng thái.',
    en: 'Every member unit has signed: mark the covenant signed in the status bar.',
  },
  noMembers: { vi: 'Khối chưa có thành viên trong năm này.', en: 'The bloc has no members this year.' },
  everyoneSigned: { vi: 'Không còn đơn vị nào chưa ký.', en: 'Nobody left to sign.' },
};

/** Which member units have signed (signer, title, date) and which have not, with sign and undo. */
export function SignaturesPanel({ covenant: ref }: { covenant: FragmentType<typeof SignaturesPanel_covenant> }) {
  const covenant = getFragmentData(SignaturesPanel_covenant, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const feedback = useMutationFeedback();
  const [unsign] = useUnsignCovenant();
  const [signing, setSigning] = useState<{ id: string; name: string } | null>(null);
  const { signedCount, memberCount } = covenant;
  const complete = memberCount > 0 && signedCount >= memberCount;
  // Signing for a unit (and undoing it): the Board, the bloc's officer, or that unit's own officer.
  const viewer = useViewer();
  const maySign = (unitId: string) => canSign(viewer, covenant.bloc.id, unitId);

  return (
    <Card
      title={text.panel}
      extra={
        <Space>
          <Typography.Text strong data-testid="signed-count">
            {text.signed}: {signedCount}/{memberCount}
          </Typography.Text>
          <Progress type="circle" size={36} percent={memberCount ? Math.round((signedCount / memberCount) * 100) : 0} />
        </Space>
      }
    >
      {complete && BEFORE_SIGNED.includes(covenant.status) ? <Alert type="success" showIcon title={text.allSigned} style={{ marginBottom: 16 }} /> : null}
      <Typography.Title level={5}>
        {text.unsigned} ({covenant.unsignedMembers.length})
      </Typography.Title>
      {covenant.unsignedMembers.length ? (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          showHeader={false}
          dataSource={covenant.unsignedMembers}
          data-testid="unsigned-table"
          columns={[
            { dataIndex: 'name', render: (name: string, u) => <Link to={`/units/${encodeURIComponent(u.id)}`}>{name}</Link> },
            {
              key: 'sign',
              align: 'right',
              render: (_, u) =>
                maySign(u.id) ? (
                  <Button type="primary" size="small" onClick={() => setSigning(u)} data-testid="sign-button">
                    {text.sign}
                  </Button>
                ) : null,
            },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={memberCount ? text.everyoneSigned : text.noMembers} />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {text.signed} ({covenant.signatures.length})
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={covenant.signatures}
        locale={{ emptyText: t('empty') }}
        data-testid="signed-table"
        scroll={{ x: true }}
        columns={[
          { title: text.unit, key: 'unit', render: (_, s) => <Link to={`/units/${encodeURIComponent(s.unit.id)}`}>{s.unit.name}</Link> },
          { title: text.signer, dataIndex: 'signerName' },
          { title: text.signerTitle, dataIndex: 'signerTitle' },
          { title: text.signedOn, dataIndex: 'signedOn', render: (d: string) => formatDate(d), width: 110 },
          {
            key: 'undo',
            align: 'right',
            // Once signed, signatures stay: the Board reopens signing to correct one.
            render: (_, s) =>
              maySign(s.unit.id) && BEFORE_SIGNED.includes(covenant.status) ? (
                <Popconfirm
                  title={text.confirmUndo}
                  okText={text.undo}
                  cancelText={t('cancel')}
                  onConfirm={() => feedback(async () => (await unsign(covenant, s.unit.id)).data?.unsignCovenant, text.undone)}
                >
                  <Button size="small" icon={<UndoOutlined />} data-testid="unsign-button">
                    {text.undo}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <SignModal covenant={covenant} unit={signing} onClose={() => setSigning(null)} />
    </Card>
  );
}
