import { useEffect } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { flowTexts } from './flowTexts';
import { useCancelDossierApproval } from './useDossierFlowMutations';

interface Props {
  dossier: { id: string; version: number };
  open: boolean;
  onClose(): void;
}

/** Undoing the approval (its commendations and, if nothing else cites it, its decision) needs a reason. */
export function CancelApprovalModal({ dossier, open, onClose }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(flowTexts);
  const [form] = Form.useForm<{ reason: string }>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [cancel, { loading }] = useCancelDossierApproval();

  useEffect(() => {
    if (open) clearProblems();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async ({ reason }: { reason: string }) => {
    const input = { dossierId: dossier.id, reason: reason.trim(), expectedVersion: dossier.version };
    const payload = await save(async () => (await cancel({ variables: { input } })).data!.cancelDossierApproval);
    if (payload) onClose();
  };

  return (
    <Modal
      open={open}
      title={tx.cancelApproval}
      okText={tx.cancelApproval}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="cancel-approval-form">
        <Form.Item name="reason" label={tx.cancelReason} rules={[rules(language).required]}>
          <Input.TextArea rows={3} data-testid="cancel-approval-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
