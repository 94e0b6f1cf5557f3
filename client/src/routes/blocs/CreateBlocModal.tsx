import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { BlocKind, BlocLevel, LIMITS } from '@thidua/shared';
import type { BlocKind as BlocKindValue, BlocLevel as BlocLevelValue } from '../../gql/graphql';
import { BlocPicker, DecisionPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { DuplicateWarning, pointsAtRecord } from '../../components/DuplicateWarning';
import { useLanguage, useTexts } from '../../i18n/language';
import { applyUserErrors, describeError, type UserErrorLike } from '../../lib/errors';
import { toInput } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { blocListTexts } from './blocListTexts';
import { useCreateBloc } from './useCreateBloc';

/** The server's limit for a bloc's area (CreateBlocInput.area). */
export const BLOC_AREA_MAX = 120;

interface Values {
  name: string;
  code: string;
  kind: BlocKindValue;
  level: BlocLevelValue;
  area?: string | null;
  foundingDecisionId?: string | null;
  parentId?: string | null;
  description?: string | null;
}

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
  const r = rules(language);

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
      {problems.length ? <Alert type="error" showIcon message={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {taken.map((error) => (
        <DuplicateWarning key={error.recordId} error={error} type="error" />
      ))}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'BLOC', level: 'PROVINCE', area: null, foundingDecisionId: null, parentId: null }}
      >
        <Form.Item name="name" label={t('name')} rules={r.name()}>
          <Input data-testid="bloc-name" />
        </Form.Item>
        <Form.Item name="code" label={tx.code} rules={[r.required, r.max(LIMITS.codeMax)]}>
          <Input data-testid="bloc-code" style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')} rules={[r.required]}>
          <VocabularySelect vocabulary={BlocKind} />
        </Form.Item>
        <Form.Item name="level" label={tx.level} rules={[r.required]}>
          <VocabularySelect vocabulary={BlocLevel} />
        </Form.Item>
        <Form.Item name="area" label={t('area')} rules={[r.max(BLOC_AREA_MAX)]}>
          <Input />
        </Form.Item>
        <Form.Item name="foundingDecisionId" label={tx.foundingDecision}>
          <DecisionPicker />
        </Form.Item>
        <Form.Item name="parentId" label={tx.parent}>
          <BlocPicker />
        </Form.Item>
        <Form.Item name="description" label={tx.description} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
