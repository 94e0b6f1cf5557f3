import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { AppraisalResult as Results } from '@thidua/shared';
import type { AppraisalResult, DossierLines_LineFragment, EligibilityOutcome } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { useSaveForm } from '../../lib/useSaveForm';
import { EligibilityTag, RuleResults } from './EligibilityTag';
import { flowTexts } from './flowTexts';
import { useAppraiseDossierLine } from './useDossierFlowMutations';

interface Values {
  result: AppraisalResult;
  note?: string | null;
  overrideReason?: string | null;
}

/** As the server says (dossier-appraisal.service.ts): NEEDS_REVIEW is the Board's call either way. */
export const contradictsEngine = (result: AppraisalResult | undefined, engine: EligibilityOutcome | undefined) =>
  (result === 'ELIGIBLE' && engine === 'FAIL') || (result === 'INELIGIBLE' && engine === 'PASS');

interface Props {
  line: DossierLines_LineFragment | null;
  onClose(): void;
}

/** The Board's appraisal of one line, beside the engine's outcome and its rule results; departing from it needs a reason. */
export function AppraiseLineModal({ line, onClose }: Props) {
  const { t, language, label } = useLanguage();
  const tx = useTexts(flowTexts);
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [appraise, { loading }] = useAppraiseDossierLine();
  const engine = line?.eligibility?.outcome;
  const result = Form.useWatch('result', form);
  const overriding = contradictsEngine(result, engine);

  useEffect(() => {
    if (!line) return;
    clearProblems();
    form.setFieldsValue({ result: line.appraisalResult ?? undefined, note: line.appraisalNote, overrideReason: line.appraisalOverrideReason });
  }, [line?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (v: Values) => {
    if (!line) return;
    const input = {
      lineId: line.id,
      result: v.result,
      note: v.note?.trim() || null,
      overrideReason: contradictsEngine(v.result, engine) ? v.overrideReason?.trim() || null : null,
      expectedVersion: line.version,
    };
    const payload = await save(async () => (await appraise({ variables: { input } })).data!.appraiseDossierLine);
    if (payload) onClose();
  };

  return (
    <Modal
      open={!!line}
      title={tx.appraiseTitle}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="appraisal-engine">
        <Typography.Text>
          {tx.engine}: {engine ? <EligibilityTag outcome={engine} /> : tx.noEngine}
        </Typography.Text>
        {line?.eligibility?.results.length ? <RuleResults results={line.eligibility.results} /> : null}
      </Space>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="appraise-form">
        <Form.Item name="result" label={tx.result} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group data-testid="appraisal-result">
            {Results.values.map((value) => (
              <Radio key={value} value={value} data-testid={`appraisal-${value}`}>
                {label(Results.labels[value])}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={tx.note}>
          <Input.TextArea rows={2} data-testid="appraisal-note" />
        </Form.Item>
        {overriding ? (
          <Form.Item
            name="overrideReason"
            label={tx.overrideReason}
            extra={tx.overrideNeeded}
            rules={[{ required: true, whitespace: true, message: language === 'vi' ? 'Cần nêu lý do.' : 'A reason is required.' }]}
          >
            <Input.TextArea rows={2} data-testid="appraisal-override" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
