import { useEffect } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { LIMITS } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { workflowTexts } from './texts';

interface Props {
  /** The step's button label, as the modal's title; null = closed. */
  title: string | null;
  required: boolean;
  saving: boolean;
  onSubmit(reason: string | null): void;
  onCancel(): void;
}

/** Asks why, before a step that needs (or accepts) a reason. */
export function ReasonModal({ title, required, saving, onSubmit, onCancel }: Props) {
  const text = useTexts(workflowTexts);
  const { language } = useLanguage();
  const r = rules(language);
  const [form] = Form.useForm<{ reason?: string }>();
  useEffect(() => {
    if (title) form.resetFields();
  }, [title, form]);
  return (
    <Modal
      open={title !== null}
      title={title}
      okText={text.confirm}
      cancelText={text.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason?.trim() || null)}>
        <Form.Item
          name="reason"
          label={text.reason}
          rules={[...(required ? [{ required: true, whitespace: true, message: text.reasonRequired }] : []), r.max(LIMITS.reasonMax)]}
          extra={<Typography.Text type="secondary">{text.reasonHint}</Typography.Text>}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.reasonMax + 1} data-testid="transition-reason" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
