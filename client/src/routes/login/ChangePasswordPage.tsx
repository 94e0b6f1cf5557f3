import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { LIMITS } from '@thidua/shared';
import { isSignedIn, useAuth, useViewer } from '../../auth/AuthProvider';
import { loginPath, safeNext } from '../../auth/next';
import { useChangePassword } from '../../auth/useAuthMutations';
import { useSignOut } from '../../auth/useSignOut';
import { strongPasswordRule } from '../../auth/passwordRules';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { AuthCard } from './AuthCard';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const TEXTS = {
  title: { vi: 'Đổi mật khẩu', en: 'Change password' },
  forced: {
    vi: 'Bạn đang dùng mật khẩu một lần. Hãy đặt mật khẩu mới trước khi tiếp tục.',
    en: 'You signed in with a one-time password. Choose a new password to go on.',
  },
  current: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  next: { vi: 'Mật khẩu mới', en: 'New password' },
  nextHelp: { vi: `Ít nhất ${LIMITS.passwordMin} ký tự, có cả chữ và số.`, en: `At least ${LIMITS.passwordMin} characters, with letters and digits.` },
  confirm: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  mismatch: { vi: 'Hai lần nhập mật khẩu mới không khớp.', en: 'The two new passwords differ.' },
  same: { vi: 'Mật khẩu mới phải khác mật khẩu cũ.', en: 'The new password must differ from the old one.' },
  submit: { vi: 'Đổi mật khẩu', en: 'Change password' },
  back: { vi: 'Quay lại', en: 'Back' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  changed: { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
};

/** Changing one's own password; required first after signing in with a one-time password. */
export function Component() {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const viewer = useViewer();
  const { refresh } = useAuth();
  const { signOut } = useSignOut();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [form] = Form.useForm<Values>();
  const [change, { loading }] = useChangePassword();
  const [problems, setProblems] = useState<string[]>([]);
  const r = rules(language);

  if (!isSignedIn(viewer) || !viewer.user) return <Navigate to={loginPath(next)} replace />;
  const forced = viewer.user.mustChangePassword;

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setProblems([]);
    try {
      const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
      const payload = data!.changePassword;
      if (payload.userErrors.length) return setProblems(applyUserErrors(form, payload.userErrors, language));
      await refresh();
      message.success(text.changed);
      await navigate(next, { replace: true });
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  return (
    <AuthCard title={text.title}>
      {forced ? <Alert type="warning" showIcon title={text.forced} style={{ marginBottom: 16 }} data-testid="must-change-password" /> : null}
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <input type="text" name="username" autoComplete="username" value={viewer.user.username} readOnly hidden />
        <Form.Item name="currentPassword" label={text.current} rules={[{ required: true, message: t('required') }, r.max(LIMITS.passwordMax)]}>
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={text.next}
          extra={text.nextHelp}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('required') },
            r.max(LIMITS.passwordMax),
            strongPasswordRule(language),
            ({ getFieldValue }) => ({
              validator: (_, value) => (value && value === getFieldValue('currentPassword') ? Promise.reject(new Error(text.same)) : Promise.resolve()),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={text.confirm}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(text.mismatch))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          {forced ? (
            <Button onClick={() => void signOut()}>{text.signOut}</Button>
          ) : (
            <Link to={next}>
              <Button>{text.back}</Button>
            </Link>
          )}
          <Button type="primary" htmlType="submit" loading={loading} data-testid="change-password-submit">
            {text.submit}
          </Button>
        </Space>
      </Form>
    </AuthCard>
  );
}
