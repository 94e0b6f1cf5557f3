import { useEffect } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { DOSSIER_LIMITS } from '@thidua/shared';
import type { Dayjs } from 'dayjs';
import { DateInput, validDate } from '../../components/DateInput';
import { useLanguage, useTexts } from '../../i18n/language';
import { toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { flowTexts } from './flowTexts';
import { useApproveDossier } from './useDossierFlowMutations';

interface Values {
  decisionNumber: string;
  issuedOn: Dayjs;
  issuer: string;
  signer?: string | null;
}

interface Props {
  dossier: { id: string; version: number };
  open: boolean;
  onClose(): void;
}

/** The Board approves a dossier awaiting its decision: the decision's number, date, issuer and signer. */
export function ApproveDossierModal({ dossier, open, onClose }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(flowTexts);
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [approve, { loading }] = useApproveDossier();
  const r = rules(language);

  useEffect(() => {
    if (open) clearProblems();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (v: Values) => {
    const input = {
      dossierId: dossier.id,
      decisionNumber: v.decisionNumber.trim(),
      issuedOn: toLocalDate(v.issuedOn)!,
      issuer: v.issuer.trim(),
      signer: v.signer?.trim() || null,
      expectedVersion: dossier.version,
    };
    const payload = await save(async () => (await approve({ variables: { input } })).data!.approveDossier);
    if (payload) onClose();
  };

  return (
    <Modal
      open={open}
      title={tx.approve}
      okText={tx.approve}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="approve-form">
        <Form.Item name="decisionNumber" label={tx.decisionNumber} rules={[r.required, r.max(DOSSIER_LIMITS.numberMax)]}>
          <Input data-testid="approve-number" />
        </Form.Item>
        <Form.Item name="issuedOn" label={tx.issuedOn} rules={[{ required: true, message: t('required') }, validDate(language)]}>
          <DateInput style={{ width: '100%' }} data-testid="approve-issued-on" />
        </Form.Item>
        <Form.Item name="issuer" label={tx.issuer} rules={[r.required, r.max(DOSSIER_LIMITS.signerMax)]}>
          <Input data-testid="approve-issuer" />
        </Form.Item>
        <Form.Item name="signer" label={tx.signer} rules={[r.max(DOSSIER_LIMITS.signerMax)]}>
          <Input data-testid="approve-signer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
