import { Link, useLocation } from 'react-router';
import { Button, Grid, Tag, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { UserRole } from '@thidua/shared';
import { useViewer } from '../auth/AuthProvider';
import { changePasswordPath } from '../auth/next';
import { useSignOut } from '../auth/useSignOut';
import { useLanguage, useTexts } from '../i18n/language';

const TEXTS = {
  changePassword: { vi: 'Đổi mật khẩu', en: 'Change password' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
};

/** Who is signed in (name, role, their unit or bloc), with "change password" and "sign out". */
export function HeaderUser() {
  const viewer = useViewer();
  const { label } = useLanguage();
  const text = useTexts(TEXTS);
  const { pathname, search } = useLocation();
  const { signOut, loading } = useSignOut();
  const user = viewer.user;
  const screens = Grid.useBreakpoint();
  const place = viewer.unit
    ? { to: `/units/${encodeURIComponent(viewer.unit.id)}`, name: viewer.unit.name }
    : viewer.bloc
      ? { to: `/blocs/${encodeURIComponent(viewer.bloc.id)}`, name: viewer.bloc.name }
      : null;
  const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, minWidth: 0, lineHeight: 'normal' }} data-testid="header-user">
      <UserOutlined style={{ flexShrink: 0 }} />
      <Typography.Text strong style={{ ...ellipsis, maxWidth: 300 }} title={user?.displayName ?? viewer.name} data-testid="header-user-name">
        {user?.displayName ?? viewer.name}
      </Typography.Text>
      {viewer.role ? (
        <Tag color="red" style={{ marginInlineEnd: 0, flexShrink: 0 }} data-testid="header-user-role">
          {label(UserRole.labels[viewer.role])}
        </Tag>
      ) : null}
      {place && screens.xl ? (
        <Link to={place.to} title={place.name} style={{ ...ellipsis, maxWidth: 260, minWidth: 0 }} data-testid="header-user-place">
          {place.name}
        </Link>
      ) : null}
      {user ? (
        <Link to={changePasswordPath(pathname + search)} style={{ flexShrink: 0 }}>
          <Button size="small" icon={<KeyOutlined />} aria-label={text.changePassword} title={text.changePassword} data-testid="change-password">
            {screens.lg ? text.changePassword : null}
          </Button>
        </Link>
      ) : null}
      <Button
        size="small"
        icon={<LogoutOutlined />}
        loading={loading}
        onClick={() => void signOut()}
        aria-label={text.signOut}
        title={text.signOut}
        style={{ flexShrink: 0 }}
        data-testid="sign-out"
      >
        {screens.lg ? text.signOut : null}
      </Button>
    </div>
  );
}
