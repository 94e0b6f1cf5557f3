import { Form, Input, Modal, Select } from 'antd';
import { SubjectKind } from '@thidua/shared';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { eligibilityTexts } from './texts';
import { useCreateRule } from './useRuleMutations';

interface Values {
  code: string;
  titleVi: string;
  awardTypeCodes?: string[];
  subjectKinds?: string[];
  condition: string;
  sourceDocument: string;
  article?: string;
  effectiveFrom: string;
}

/** Adds a rule (revision 1): the Board's officers only; the server checks the condition. */
export function AddRuleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tx = useTexts(eligibilityTexts);
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const create = useCreateRule();
  const feedback = useMutationFeedback();
  const json = (text: string) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  const submit = async (v: Values) => {
    const input = {
      code: v.code,
      titleVi: v.titleVi,
      awardTypeCodes: v.awardTypeCodes ?? [],
      subjectKinds: (v.subjectKinds ?? []) as never,
      condition: json(v.condition),
      sourceDocument: v.sourceDocument,
      article: v.article || null,
      effectiveFrom: v.effectiveFrom,
    };
    if (await feedback(() => create(input), tx.added)) onClose();
  };
  return (
    <Modal
      open={open}
      title={tx.addRule}
      okText={t('save')}
      cancelText={t('cancel')}
      onCancel={onClose}
      onOk={() => void form.validateFields().then(submit)}
      okButtonProps={{ 'data-testid': 'rule-submit' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="code" label={tx.code} rules={[{ required: true, pattern: /^[A-Za-z0-9_]+$/ }]}>
          <Input data-testid="rule-code" />
        </Form.Item>
        <Form.Item name="titleVi" label={tx.title} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="awardTypeCodes" label={tx.awards} help={tx.anyAward}>
          <Select mode="tags" />
        </Form.Item>
        <Form.Item name="subjectKinds" label={tx.subjectKind}>
          <VocabularySelect vocabulary={SubjectKind} mode="multiple" />
        </Form.Item>
        <Form.Item
          name="condition"
          label={tx.condition}
          extra={tx.conditionHelp}
          rules={[
            { required: true },
            {
              validator: async (_, value: string) => {
                if (value && json(value) === undefined) throw new Error(tx.badJson);
              },
            },
          ]}
        >
          <Input.TextArea rows={3} data-testid="rule-condition" />
        </Form.Item>
        <Form.Item name="sourceDocument" label={tx.source} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="article" label={tx.article}>
          <Input />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={tx.effectiveFrom} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
