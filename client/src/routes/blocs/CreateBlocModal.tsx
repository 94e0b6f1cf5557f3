import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Modal, type ButtonProps } from 'antd';
import { DuplicateWarning, pointsAtRecord } from '../../components/DuplicateWarning';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors, type UserErrorLike } from '../../lib/userErrors';
import { toInput } from '../../lib/formInput';
import { blocListTexts } from './blocListTexts';
import { BlocFormFields, type BlocFormValues as Values } from './BlocFormFields';
import { useCreateBloc } from './useCreateBloc';

/** Creates a bloc or cluster, then opens its page. Server errors show next to their fields. */
export function CreateBlocModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, language } = useLanguage();
  const tx = useTexts(blocListTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  // A code another bloc has: its message, with a link to that bloc.
  const [taken, setTaken] = useState<readonly UserErrorLike[]>([]);
  const [create, created] = useCreateBloc();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setProblems([]);
    setTaken([]);
  }, [open, form]);

  const submit = async (values: Values) => {
    setProblems([]);
    setTaken([]);
    try {
      const input = { ...toInput(values), name: values.name, code: values.code, kind: values.kind, level: values.level };
      const { data } = await create({ variables: { input } });
      const payload = data!.createBloc;
      setTaken(payload.userErrors.filter(pointsAtRecord));
      if (payload.userErrors.length) return setProblems(applyUserErrors(form, payload.userErrors, language));
      message.success(t('saved'));
      onClose();
      navigate(`/blocs/${encodeURIComponent(payload.bloc!.id)}`);
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  return (
    <Modal
      open={open}
      title={tx.newBloc}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'bloc-submit' } as ButtonProps}
      confirmLoading={created.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {taken.map((error) => (
        <DuplicateWarning key={error.recordId} error={error} type="error" />
      ))}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'BLOC', level: 'PROVINCE', area: null, foundingDecisionId: null, parentId: null }}
      >
        <BlocFormFields />
      </Form>
    </Modal>
  );
}
