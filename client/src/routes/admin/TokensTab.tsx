import { useState } from 'react';
import { Button, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { TokenScope } from '@thidua/shared';
import { graphql } from '../../gql';
import type { TokensTab_TokenFragment } from '../../gql/graphql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { AdminListTab, type AdminTabProps } from './AdminListTab';
import { adminTexts } from './texts';
import { TokenFormModal } from './TokenFormModal';
import { useRevokeApiToken } from './useTokenMutations';

export const TokensTab_token = graphql(`
  fragment TokensTab_token on ApiToken {
    id name prefix scopes expiresAt lastUsedAt revokedAt createdAt rateCapacity ratePerSecond trustedOperations
  }
`);

type Row = TokensTab_TokenFragment;

type Props = AdminTabProps<typeof TokensTab_token>;

const TEXTS = {
  create: { vi: 'Tạo mã API', en: 'New API token' },
  name: { vi: 'Tên gợi nhớ', en: 'Name' },
  prefix: { vi: 'Tiền tố', en: 'Prefix' },
  scopes: { vi: 'Phạm vi', en: 'Scopes' },
  expiresAt: { vi: 'Hết hạn', en: 'Expires' },
  lastUsed: { vi: 'Dùng gần nhất', en: 'Last used' },
  never: { vi: 'Chưa dùng', en: 'Never' },
  rate: { vi: 'Giới hạn tốc độ', en: 'Rate limit' },
  perSecond: { vi: '/giây', en: '/s' },
  trusted: { vi: 'thao tác tin cậy', en: 'trusted operations' },
  valid: { vi: 'Đang hiệu lực', en: 'Valid' },
  expired: { vi: 'Đã hết hạn', en: 'Expired' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  revoke: { vi: 'Thu hồi', en: 'Revoke' },
  confirmRevoke: {
    vi: 'Thu hồi mã API này? Ứng dụng đối tác dùng mã sẽ bị từ chối ngay; không thể hoàn tác.',
    en: 'Revoke this API token? The partner app using it is refused at once; this cannot be undone.',
  },
  revokedDone: { vi: 'Đã thu hồi mã API', en: 'Token revoked' },
};

/** API tokens of partner apps: prefix, scopes, expiry, last use, revocation; create (secret shown once) and revoke. */
export function TokensTab({ onSecret, ...page }: Props) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const tx = useTexts(adminTexts);
  const vocab = useVocabularyLabel();
  const feedback = useMutationFeedback();
  const [revoke] = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const now = dayjs();

  return (
    <AdminListTab<Row>
      {...page}
      fragment={TokensTab_token}
      create={{ label: text.create, testId: 'create-token', onClick: () => setCreating(true) }}
      columns={[
        { title: text.name, dataIndex: 'name' },
        { title: text.prefix, dataIndex: 'prefix', render: (prefix: string) => <Typography.Text code>{`thd_${prefix}_…`}</Typography.Text> },
        {
          title: text.scopes,
          dataIndex: 'scopes',
          export: { labels: vocabularyLabels(TokenScope, language) },
          render: (scopes: Row['scopes']) =>
            scopes.map((s) => (
              <Tag key={s} color={s === 'WRITE' ? 'volcano' : 'blue'}>
                {vocab(TokenScope, s)}
              </Tag>
            )),
        },
        { title: text.expiresAt, dataIndex: 'expiresAt', export: { format: 'DATETIME' }, render: (at: string) => formatDate(at) },
        {
          title: text.lastUsed,
          dataIndex: 'lastUsedAt',
          export: { format: 'DATETIME' },
          render: (at: string | null) => (at ? formatDateTime(at) : <Typography.Text type="secondary">{text.never}</Typography.Text>),
        },
        {
          title: text.rate,
          key: 'rate',
          export: { path: 'ratePerSecond', format: 'NUMBER' },
          render: (_, token) => (
            <Space orientation="vertical" size={0}>
              <span>{`${formatNumber(token.rateCapacity)} · ${formatNumber(token.ratePerSecond)}${text.perSecond}`}</span>
              {token.trustedOperations?.length ? (
                <Typography.Text type="secondary">{`${formatNumber(token.trustedOperations.length)} ${text.trusted}`}</Typography.Text>
              ) : null}
            </Space>
          ),
        },
        {
          title: tx.status,
          key: 'status',
          // Revoked or not (the expiry is its own column).
          export: { path: 'revokedAt', format: 'DATETIME' },
          render: (_, token) =>
            token.revokedAt ? (
              <Tooltip title={formatDateTime(token.revokedAt)}>
                <Tag color="red" data-testid="token-revoked">
                  {text.revoked}
                </Tag>
              </Tooltip>
            ) : dayjs(token.expiresAt).isBefore(now) ? (
              <Tag>{text.expired}</Tag>
            ) : (
              <Tag color="green">{text.valid}</Tag>
            ),
        },
        {
          key: 'actions',
          align: 'right',
          render: (_, token) =>
            token.revokedAt ? null : (
              <Popconfirm
                title={text.confirmRevoke}
                okText={text.revoke}
                okButtonProps={{ danger: true }}
                cancelText={t('cancel')}
                onConfirm={() => feedback(async () => (await revoke({ variables: { input: { id: token.id } } })).data?.revokeApiToken, text.revokedDone)}
              >
                <Button size="small" danger icon={<StopOutlined />} data-testid="revoke-token">
                  {text.revoke}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    >
      <TokenFormModal open={creating} onClose={() => setCreating(false)} onCreated={onSecret} />
    </AdminListTab>
  );
}
