import { Form, Input, Modal } from 'antd';
import { useLanguage, useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { eligibilityTexts } from './texts';
import { useRetireRule } from './useRuleMutations';

interface Props {
  rule: { id: string; code: string; version: number } | null;
  onClose: () => void;
}

/** Retires a rule version: the day it stops applying, and why (kept in its history). */
export function RetireRuleModal({ rule, onClose }: Props) {
  const tx = useTexts(eligibilityTexts);
  const { t } = useLanguage();
  const [form] = Form.useForm<{ effectiveTo: string; reason?: string }>();
  const retire = useRetireRule();
  const feedback = useMutationFeedback();
  return (
    <Modal
      open={!!rule}
      title={`${tx.retire} ${rule?.code ?? ''}`}
      okText={tx.retire}
      cancelText={t('cancel')}
      onCancel={onClose}
      okButtonProps={{ danger: true, 'data-testid': 'retire-submit' } as never}
      onOk={() =>
        void form.validateFields().then(async (v) => {
          if (rule && (await feedback(() => retire(rule.id, v.effectiveTo, v.reason?.trim() || null, rule.version), tx.retired))) onClose();
        })
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="effectiveTo" label={tx.retireOn} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}>
          <Input type="date" data-testid="retire-date" />
        </Form.Item>
        <Form.Item name="reason" label={tx.reason}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
