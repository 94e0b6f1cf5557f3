import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Form } from 'antd';
// The two inputs alone: antd's Input index also bundles Search, TextArea and OTP.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LIMITS } from '@thidua/shared';
import { isSignedIn, useAuth, useViewer } from '../../auth/AuthProvider';
import { changePasswordPath, safeNext } from '../../auth/next';
import { useLogin } from '../../auth/useAuthMutations';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { AuthCard } from './AuthCard';

interface Values {
  username: string;
  password: string;
}

const TEXTS = {
  title: { vi: 'Đăng nhập', en: 'Sign in' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  submit: { vi: 'Đăng nhập', en: 'Sign in' },
  signedIn: { vi: 'Bạn đang đăng nhập với tài khoản', en: 'You are signed in as' },
  goOn: { vi: 'Tiếp tục', en: 'Continue' },
  please: { vi: 'Hãy đăng nhập để tiếp tục.', en: 'Please sign in to go on.' },
  lookup: { vi: 'Tra cứu khen thưởng', en: 'Commendation lookup' },
  hint: {
    vi: 'Quên mật khẩu? Liên hệ quản trị hệ thống để được cấp lại mật khẩu một lần.',
    en: 'Forgot your password? Ask an administrator for a one-time password.',
  },
};

/** Signing in with username and password; then back to the page in `?next=`. */
export function Component() {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const viewer = useViewer();
  const { reset } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [form] = Form.useForm<Values>();
  const [login, { loading }] = useLogin();
  const [problems, setProblems] = useState<string[]>([]);
  const r = rules(language);

  const submit = async (values: Values) => {
    setProblems([]);
    try {
      const { data } = await login({ variables: { input: { username: values.username.trim(), password: values.password } } });
      const payload = data!.login;
      // Wrong name or password: the server's message under the password; everything typed stays.
      if (payload.userErrors.length) return setProblems(applyUserErrors(form, payload.userErrors, language));
      await reset();
      await navigate(payload.user?.mustChangePassword ? changePasswordPath(next) : next, { replace: true });
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  return (
    <AuthCard title={text.title}>
      {isSignedIn(viewer) && viewer.user ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${text.signedIn} ${viewer.user.username}.`}
          action={<Link to={next}>{text.goOn}</Link>}
        />
      ) : params.get('next') ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={text.please} />
      ) : null}
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
        <Form.Item name="username" label={text.username} rules={[r.required, r.max(LIMITS.usernameMax)]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={text.password} rules={[{ required: true, message: t('required') }, r.max(LIMITS.passwordMax)]}>
          <Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
          {text.submit}
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0, color: 'rgba(0,0,0,0.45)' }}>{text.hint}</p>
      <p style={{ marginTop: 8, marginBottom: 0 }}>
        <Link to="/tra-cuu">{text.lookup}</Link>
      </p>
    </AuthCard>
  );
}
