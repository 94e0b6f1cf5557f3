import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { DateInput } from '../../components/DateInput';
import dayjs, { type Dayjs } from 'dayjs';
import type { SignaturesPanel_CovenantFragment } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { useSignCovenant } from './useSignatureMutations';

interface Values {
  signerName?: string;
  signerTitle?: string;
  signedOn: Dayjs;
}

interface Props {
  covenant: SignaturesPanel_CovenantFragment;
  unit: { id: string; name: string } | null;
  onClose(): void;
}

const TEXTS = {
  modal: { vi: 'Ký giao ước', en: 'Sign the covenant' },
  signerName: { vi: 'Người ký', en: 'Signer' },
  signerTitle: { vi: 'Chức vụ', en: 'Title' },
  signedOn: { vi: 'Ngày ký', en: 'Signed on' },
  signed: { vi: 'Đã ghi nhận chữ ký', en: 'Signature recorded' },
  sign: { vi: 'Ký', en: 'Sign' },
};

/** Records one member unit's signature: who signed, their title, the date (the conference's by default). */
export function SignModal({ covenant, unit, onClose }: Props) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [sign, { loading }] = useSignCovenant();
  const r = rules(language);
  const defaultDate = covenant.signingEvent?.heldOn;

  useEffect(() => {
    if (!unit) return;
    form.resetFields();
    form.setFieldsValue({ signedOn: defaultDate ? dayjs(defaultDate) : dayjs() });
    setProblems([]);
  }, [unit, form, defaultDate]);

  const submit = async ({ signedOn, ...values }: Values) => {
    if (!unit) return;
    setProblems([]);
    try {
      const { data } = await sign(covenant, unit, { ...values, signedOn: signedOn.format('YYYY-MM-DD') });
      const payload = data!.signCovenant;
      if (payload.userErrors.length) return setProblems(applyUserErrors(form, payload.userErrors, language));
      message.success(text.signed);
      onClose();
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  return (
    <Modal
      open={!!unit}
      title={`${text.modal}: ${unit?.name ?? ''}`}
      okText={text.sign}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'sign-submit' }}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="signerName" label={text.signerName} rules={[r.max(120)]}>
          <Input data-testid="signer-name" />
        </Form.Item>
        <Form.Item name="signerTitle" label={text.signerTitle} rules={[r.max(200)]}>
          <Input data-testid="signer-title" />
        </Form.Item>
        <Form.Item name="signedOn" label={text.signedOn} rules={[{ required: true, message: t('required') }, r.date]}>
          <DateInput data-testid="signed-on" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
