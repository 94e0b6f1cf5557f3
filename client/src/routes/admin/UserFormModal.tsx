import { useEffect } from 'react';
import { Alert, Form, Input, Modal, type ButtonProps } from 'antd';
import { UserRole } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { UserRole as UserRoleValue } from '../../gql/graphql';
import { BlocPicker, UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import type { OneTimeSecret } from './OneTimeSecretDialog';
import { adminTexts, DISPLAY_NAME_MAX, USERNAME_PATTERN } from './texts';
import { useCreateUser, useUpdateUser } from './useUserMutations';

export const UserFormModal_user = graphql(`
  fragment UserFormModal_user on User {
    id username displayName role version
    unit { id name }
    bloc { id name }
  }
`);

interface Values {
  username: string;
  displayName: string;
  role: UserRoleValue;
  unitId?: string | null;
  blocId?: string | null;
}

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this account; create a new one when absent. */
  user?: FragmentType<typeof UserFormModal_user>;
  /** After creating: the new account's one-time password, to show once. */
  onCreated(secret: OneTimeSecret): void;
}

/** What an account's input holds of the form: only the role's own scope, a unit for a unit officer, a bloc for a bloc officer. */
const userInput = (values: Values) => ({
  displayName: values.displayName.trim(),
  role: values.role,
  unitId: values.role === 'UNIT_OFFICER' ? (values.unitId ?? null) : null,
  blocId: values.role === 'BLOC_OFFICER' ? (values.blocId ?? null) : null,
});

const TEXTS = {
  create: { vi: 'Thêm tài khoản', en: 'New account' },
  edit: { vi: 'Sửa tài khoản', en: 'Edit account' },
  usernameHelp: { vi: '3–60 ký tự a-z, 0-9, dấu chấm, gạch; không đổi được sau khi tạo.', en: '3–60 characters a-z, 0-9, dot, dash; cannot change later.' },
  usernameInvalid: { vi: 'Tên đăng nhập chỉ gồm 3–60 ký tự a-z, 0-9, dấu chấm, gạch.', en: 'A username has 3–60 characters a-z, 0-9, dot or dash.' },
  unitNeeded: { vi: 'Cán bộ đơn vị cần gắn với một đơn vị.', en: 'A unit officer needs a unit.' },
  blocNeeded: { vi: 'Cán bộ khối cần gắn với một khối thi đua.', en: 'A bloc officer needs a bloc.' },
  passwordOf: { vi: 'Mật khẩu một lần của tài khoản', en: 'One-time password of' },
  passwordHint: {
    vi: 'Người dùng đăng nhập bằng mật khẩu này và phải đổi mật khẩu ngay ở lần đăng nhập đầu tiên.',
    en: 'The user signs in with it and must choose a new password at once.',
  },
};

/** Create or edit an officer's account: role, and the unit or bloc the role needs. */
export function UserFormModal({ open, onClose, user: ref, onCreated }: Props) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const tx = useTexts(adminTexts);
  const user = getFragmentData(UserFormModal_user, ref);
  const [form] = Form.useForm<Values>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, { entityType: 'User', toInput: userInput, onDeleted: onClose });
  const [create, created] = useCreateUser();
  const [update, updated] = useUpdateUser();
  const role = Form.useWatch('role', form);
  const r = rules(language);

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (open)
      load(
        user && {
          values: { username: user.username, displayName: user.displayName, role: user.role, unitId: user.unit?.id ?? null, blocId: user.bloc?.id ?? null },
          version: user.version,
        },
      );
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (user) {
      if (await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: user.id } } })).data!.updateUser)) onClose();
      return;
    }
    const payload = await save(
      async () => (await create({ variables: { input: { ...userInput(values), username: values.username.trim() } } })).data!.createUser,
    );
    if (!payload) return;
    onClose();
    onCreated({ title: `${text.passwordOf} ${payload.user!.username}`, secret: payload.oneTimePassword!, hint: text.passwordHint });
  };

  return (
    <Modal
      open={open}
      title={user ? `${text.edit}: ${user.username}` : text.create}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'user-submit' } as ButtonProps}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'UNIT_OFFICER' }}>
        <Form.Item
          name="username"
          label={tx.username}
          extra={user ? undefined : text.usernameHelp}
          rules={user ? [] : [r.required, { pattern: USERNAME_PATTERN, message: text.usernameInvalid }]}
        >
          <Input disabled={!!user} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={tx.displayName} rules={[r.required, r.max(DISPLAY_NAME_MAX)]}>
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="role" label={tx.role} rules={[r.required]}>
          <VocabularySelect vocabulary={UserRole} data-testid="user-role" />
        </Form.Item>
        {role === 'UNIT_OFFICER' ? (
          <Form.Item name="unitId" label={tx.unit} rules={[{ required: true, message: text.unitNeeded }]}>
            <UnitPicker known={user?.unit ? [{ value: user.unit.id, label: user.unit.name }] : []} data-testid="user-unit" />
          </Form.Item>
        ) : null}
        {role === 'BLOC_OFFICER' ? (
          <Form.Item name="blocId" label={tx.bloc} rules={[{ required: true, message: text.blocNeeded }]}>
            <BlocPicker known={user?.bloc ? [{ value: user.bloc.id, label: user.bloc.name }] : []} data-testid="user-bloc" />
          </Form.Item>
        ) : null}
      </Form>
      {holder}
    </Modal>
  );
}
