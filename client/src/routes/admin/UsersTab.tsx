import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { UserRole } from '@thidua/shared';
import { graphql, type FragmentType } from '../../gql';
import type { UserRole as UserRoleValue, UsersTab_UserFragment } from '../../gql/graphql';
import { useViewer } from '../../auth/AuthProvider';
import { SearchInput } from '../../components/SearchInput';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDateTime } from '../../lib/format';
import type { listSort } from '../../lib/listSort';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { payloadOf, useVersionedSave } from '../../live/useVersionedSave';
import { AdminListTab, type AdminTabProps } from './AdminListTab';
import { adminTexts } from './texts';
import { UserFormModal, type UserFormModal_user } from './UserFormModal';
import { useResetUserPassword, useUpdateUser } from './useUserMutations';

export const UsersTab_user = graphql(`
  fragment UsersTab_user on User {
    id username displayName role active mustChangePassword lastLoginAt version
    unit { id name }
    bloc { id name }
    ...UserFormModal_user
  }
`);

type Row = UsersTab_UserFragment;

interface Props extends AdminTabProps<typeof UsersTab_user> {
  sort: ReturnType<typeof listSort<'USERNAME' | 'DISPLAY_NAME'>>;
}

const TEXTS = {
  search: { vi: 'Tìm theo tên đăng nhập, họ tên (không cần dấu)', en: 'Search username or name' },
  create: { vi: 'Thêm tài khoản', en: 'New account' },
  lock: { vi: 'Khóa', en: 'Lock' },
  unlock: { vi: 'Mở khóa', en: 'Unlock' },
  confirmLock: { vi: 'Khóa tài khoản này? Mọi phiên đăng nhập của tài khoản sẽ kết thúc.', en: 'Lock this account? All its sessions end.' },
  confirmUnlock: { vi: 'Mở khóa tài khoản này?', en: 'Unlock this account?' },
  locked: { vi: 'Đã khóa tài khoản', en: 'Account locked' },
  unlocked: { vi: 'Đã mở khóa tài khoản', en: 'Account unlocked' },
  self: { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot lock your own account.' },
  reset: { vi: 'Cấp lại mật khẩu', en: 'Reset password' },
  confirmReset: {
    vi: 'Cấp mật khẩu một lần mới cho tài khoản này? Mật khẩu cũ hết hiệu lực và mọi phiên đăng nhập kết thúc.',
    en: 'Issue a new one-time password? The old password stops working and all sessions end.',
  },
  resetDone: { vi: 'Đã cấp mật khẩu một lần mới', en: 'New one-time password issued' },
  passwordOf: { vi: 'Mật khẩu một lần mới của tài khoản', en: 'New one-time password of' },
  passwordHint: { vi: 'Người dùng đăng nhập bằng mật khẩu này và phải đổi mật khẩu ngay.', en: 'The user signs in with it and must change it at once.' },
};

/** Officers' accounts: search, role and status filters; create, edit, lock or unlock, reset the password. */
export function UsersTab({ sort, onSecret, ...page }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(adminTexts);
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const viewer = useViewer();
  const feedback = useMutationFeedback();
  const [update] = useUpdateUser();
  const versioned = useVersionedSave('User');
  const [reset] = useResetUserPassword();
  const [editing, setEditing] = useState<FragmentType<typeof UserFormModal_user>>();
  const [formOpen, setFormOpen] = useState(false);

  const setActive = (row: Row, active: boolean) =>
    feedback(
      async () =>
        payloadOf(
          await versioned.save(
            { version: row.version, base: { active: row.active }, current: { active } },
            async (input) => (await update({ variables: { input: { ...input, id: row.id } } })).data!.updateUser,
          ),
        ),
      active ? text.unlocked : text.locked,
    );

  const resetPassword = async (row: Row) => {
    const payload = await feedback(async () => (await reset({ variables: { id: row.id } })).data?.resetUserPassword, text.resetDone);
    if (payload?.oneTimePassword) onSecret({ title: `${text.passwordOf} ${row.username}`, secret: payload.oneTimePassword, hint: text.passwordHint });
  };

  return (
    <AdminListTab<Row>
      {...page}
      fragment={UsersTab_user}
      create={{ label: text.create, testId: 'create-user', onClick: () => (setEditing(undefined), setFormOpen(true)) }}
      filters={
        <Space wrap>
          <SearchInput placeholder={text.search} value={page.list.search} onSearch={(q) => page.list.update({ q })} width={340} data-testid="users-search" />
          <VocabularySelect
            vocabulary={UserRole}
            allowClear
            placeholder={tx.role}
            value={page.list.get('role') as UserRoleValue | undefined}
            onChange={(role) => page.list.update({ role })}
            style={{ width: 260 }}
            data-testid="users-role-filter"
          />
          <Select
            allowClear
            placeholder={tx.status}
            value={page.list.get('active')}
            onChange={(active) => page.list.update({ active })}
            options={[
              { value: 'yes', label: tx.active },
              { value: 'no', label: tx.locked },
            ]}
            style={{ width: 170 }}
          />
        </Space>
      }
      columns={[
        {
          title: tx.username,
          dataIndex: 'username',
          ...sort.column('USERNAME'),
          render: (username: string) => (
            <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
              {username}
            </Typography.Text>
          ),
        },
        { title: tx.displayName, dataIndex: 'displayName', ...sort.column('DISPLAY_NAME') },
        {
          title: tx.role,
          dataIndex: 'role',
          export: { labels: vocabularyLabels(UserRole, language) },
          render: (role: Row['role']) => <Tag>{vocab(UserRole, role)}</Tag>,
        },
        {
          title: tx.scope,
          key: 'scope',
          // A unit's account, or else a bloc's: the unit is the usual one.
          export: { path: 'unit.name' },
          render: (_, u) =>
            u.unit ? (
              <Link to={`/units/${encodeURIComponent(u.unit.id)}`}>{u.unit.name}</Link>
            ) : u.bloc ? (
              <Link to={`/blocs/${encodeURIComponent(u.bloc.id)}`}>{u.bloc.name}</Link>
            ) : null,
        },
        {
          title: tx.status,
          key: 'status',
          export: { path: 'active', labels: { true: tx.active, false: tx.locked } },
          render: (_, u) => (
            <Space size={4} wrap>
              {u.active ? <Tag color="green">{tx.active}</Tag> : <Tag color="red">{tx.locked}</Tag>}
              {u.mustChangePassword ? <Tag color="gold">{tx.mustChange}</Tag> : null}
            </Space>
          ),
        },
        {
          title: tx.lastLogin,
          dataIndex: 'lastLoginAt',
          export: { format: 'DATETIME' },
          render: (at: string | null) => (at ? formatDateTime(at) : <Typography.Text type="secondary">{tx.never}</Typography.Text>),
        },
        {
          key: 'actions',
          align: 'right',
          render: (_, u) => {
            const self = u.id === viewer.user?.id;
            return (
              <Space size={0}>
                <Tooltip title={t('edit')}>
                  <Button
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={t('edit')}
                    onClick={() => (setEditing(u), setFormOpen(true))}
                    data-testid="edit-user"
                  />
                </Tooltip>
                <Popconfirm title={text.confirmReset} okText={text.reset} cancelText={t('cancel')} onConfirm={() => resetPassword(u)}>
                  <Tooltip title={text.reset}>
                    <Button type="text" icon={<KeyOutlined />} aria-label={text.reset} data-testid="reset-password" />
                  </Tooltip>
                </Popconfirm>
                {u.active ? (
                  <Popconfirm
                    title={text.confirmLock}
                    okText={text.lock}
                    okButtonProps={{ danger: true }}
                    cancelText={t('cancel')}
                    onConfirm={() => setActive(u, false)}
                    disabled={self}
                  >
                    <Tooltip title={self ? text.self : text.lock}>
                      <Button type="text" danger icon={<LockOutlined />} aria-label={text.lock} disabled={self} data-testid="lock-user" />
                    </Tooltip>
                  </Popconfirm>
                ) : (
                  <Popconfirm title={text.confirmUnlock} okText={text.unlock} cancelText={t('cancel')} onConfirm={() => setActive(u, true)}>
                    <Tooltip title={text.unlock}>
                      <Button type="text" icon={<UnlockOutlined />} aria-label={text.unlock} data-testid="unlock-user" />
                    </Tooltip>
                  </Popconfirm>
                )}
              </Space>
            );
          },
        },
      ]}
    >
      <UserFormModal open={formOpen} user={editing} onClose={() => setFormOpen(false)} onCreated={onSecret} />
      {versioned.holder}
    </AdminListTab>
  );
}
