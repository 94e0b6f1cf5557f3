import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LIMITS } from '@thidua/shared';
import { graphql } from '../../gql';
import { DecisionPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { commendationRecordTexts } from './texts';
import { useRevokeCommendation } from './useCommendationMutations';

const RevokingDecisionQuery = graphql(`
  query RevokingDecision($id: ID!) {
    decision(id: $id) { id number issuedOn issuer }
  }
`);

/** "Số 12/QĐ-UBND ngày 15/01/2024 – UBND thành phố". */
const decisionLine = (d: { number?: string | null; issuedOn?: string | null; issuer: string }) =>
  [d.number ?? '(không số)', d.issuedOn ? formatDate(d.issuedOn) : null, d.issuer].filter(Boolean).join(' – ');

interface Values {
  decisionId?: string;
  revokedOn?: Dayjs | null;
  reason?: string;
}

interface Props {
  open: boolean;
  onClose(): void;
  commendation: { id: string };
  /** Who received it and what, for the heading. */
  summary: string;
}

/** Revokes a commendation by a decision, on a date, for a reason; the date follows the decision's until the user sets one. */
export function RevokeCommendationModal({ open, onClose, commendation, summary }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(commendationRecordTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [revoke, { loading }] = useRevokeCommendation();
  const r = rules(language);
  const decisionId = Form.useWatch('decisionId', form);
  const { data } = useQuery(RevokingDecisionQuery, { variables: { id: decisionId ?? '' }, skip: !decisionId });
  const decision = decisionId && data?.decision.id === decisionId ? data.decision : null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ revokedOn: dayjs() });
    clearProblems();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (decision?.issuedOn && !form.isFieldTouched('revokedOn')) form.setFieldsValue({ revokedOn: fromLocalDate(decision.issuedOn) });
  }, [decision, form]);

  const submit = async (values: Values) => {
    if (!decision) return;
    const input = { id: commendation.id, decisionId: decision.id, revokedOn: toLocalDate(values.revokedOn)!, reason: values.reason ?? '' };
    const payload = await save(async () => (await revoke({ variables: { input } })).data!.revokeCommendation);
    if (!payload) return;
    message.success(tx.revoked);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={`${tx.revokeTitle}: ${summary}`}
      okText={tx.revoke}
      okButtonProps={{ danger: true, 'data-testid': 'revoke-submit' } as ButtonProps}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      <Typography.Paragraph type="secondary">{tx.revokeIntro}</Typography.Paragraph>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="decisionId"
          label={tx.revokingDecision}
          rules={[{ required: true, message: tx.revokingDecisionRequired }]}
          extra={decision ? <span data-testid="revoke-decision-issued">{decisionLine(decision)}</span> : null}
        >
          <DecisionPicker data-testid="revoke-decision" />
        </Form.Item>
        <Form.Item name="revokedOn" label={tx.revokedOn} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} data-testid="revoke-date" />
        </Form.Item>
        <Form.Item name="reason" label={tx.revocationReason} rules={[r.required, r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={3} placeholder={tx.reasonHint} data-testid="revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
