import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { EventPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { commendationRecordTexts } from './texts';
import { useMarkCommendationPresented } from './useCommendationMutations';

/** Longest "presented by" the server takes (MarkCommendationPresentedInput). */
const PRESENTED_BY_MAX = 300;

interface Values {
  eventId?: string | null;
  presentedBy?: string | null;
}

interface Props {
  open: boolean;
  onClose(): void;
  commendation: { id: string; presentedAt?: { id: string; title: string; heldOn: string } | null; presentedBy?: string | null };
  /** Who received it and what, for the heading. */
  summary: string;
}

/** Records that a commendation was presented: at which conference (its date is the day) and/or by whom. */
export function PresentCommendationModal({ open, onClose, commendation, summary }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(commendationRecordTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [mark, { loading }] = useMarkCommendationPresented();
  const r = rules(language);
  const event = commendation.presentedAt;
  const known = event ? [{ value: event.id, label: `${event.title} (${event.heldOn})` }] : [];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ eventId: event?.id ?? null, presentedBy: commendation.presentedBy ?? null });
    clearProblems();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async ({ eventId, presentedBy }: Values) => {
    const input = { id: commendation.id, eventId: eventId || null, presentedBy: presentedBy?.trim() || null };
    const payload = await save(async () => (await mark({ variables: { input } })).data!.markCommendationPresented);
    if (!payload) return;
    message.success(tx.presented);
    onClose();
  };

  // One of the two says when or by whom; neither would only change the status.
  const needsOne = ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: async () => {
      if (!getFieldValue('eventId') && !String(getFieldValue('presentedBy') ?? '').trim()) throw new Error(tx.presentNeedsOne);
    },
  });

  return (
    <Modal
      open={open}
      title={`${tx.presentTitle}: ${summary}`}
      okText={tx.markPresented}
      okButtonProps={{ 'data-testid': 'present-submit' } as ButtonProps}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Typography.Paragraph type="secondary">{tx.presentIntro}</Typography.Paragraph>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="eventId" label={tx.presentedAt} dependencies={['presentedBy']} rules={[needsOne]}>
          <EventPicker known={known} data-testid="present-event" />
        </Form.Item>
        <Form.Item name="presentedBy" label={tx.presentedBy} rules={[r.max(PRESENTED_BY_MAX)]}>
          <Input placeholder={tx.presentedByHint} data-testid="present-by" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
