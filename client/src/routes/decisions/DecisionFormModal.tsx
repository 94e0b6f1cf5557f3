import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { DateInput } from '../../components/DateInput';
import type { Dayjs } from 'dayjs';
import { AwardLevel, LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { AwardLevel as AwardLevelValue } from '../../gql/graphql';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { decisionTexts } from './texts';
import { useCreateDecision, useUpdateDecision } from './useSaveDecision';
import { usePresenceField } from '../../presence';

export const DecisionFormModal_decision = graphql(`
  fragment DecisionFormModal_decision on Decision {
    id number issuedOn issuer issuerLevel signer signerTitle subject note version
  }
`);

/** The server's limits for decision texts (CreateDecisionInput). */
export const DECISION_LIMITS = { issuer: 200, signer: 120, signerTitle: 200 } as const;

interface Values {
  number?: string | null;
  issuedOn?: Dayjs | null;
  issuer: string;
  issuerLevel: AwardLevelValue;
  signer?: string | null;
  signerTitle?: string | null;
  subject: string;
  note?: string | null;
}

/** The form's values as an input: a cleared text is null, the date as YYYY-MM-DD. */
const decisionInput = (values: Values) => ({
  number: values.number || null,
  issuedOn: toLocalDate(values.issuedOn),
  issuer: values.issuer,
  issuerLevel: values.issuerLevel,
  signer: values.signer || null,
  signerTitle: values.signerTitle || null,
  subject: values.subject,
  note: values.note || null,
});

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this decision; create a new one when absent. */
  decision?: FragmentType<typeof DecisionFormModal_decision>;
}

/** Create or edit a decision. Server errors show next to their fields; typed values are kept. */
export function DecisionFormModal({ open, onClose, decision: ref }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(decisionTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const decision = getFragmentData(DecisionFormModal_decision, ref);
  const [form] = Form.useForm<Values>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Decision',
    toInput: decisionInput,
    dateFields: ['issuedOn'],
    onDeleted: () => navigate('/decisions'),
  });
  const [create, created] = useCreateDecision();
  const [update, updated] = useUpdateDecision();
  const r = rules(language);
  const presence = usePresenceField(open ? decision?.id : null);

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (open) load(decision && { values: { ...decision, issuedOn: fromLocalDate(decision.issuedOn) }, version: decision.version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (decision) {
      if (!(await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: decision.id } } })).data!.updateDecision))) return;
    } else {
      const payload = await save(async () => (await create({ variables: { input: decisionInput(values) } })).data!.createDecision);
      if (!payload) return;
      navigate(`/decisions/${encodeURIComponent(payload.decision!.id)}`);
    }
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={decision ? `${t('edit')}: ${decision.number ?? tx.noNumber}` : tx.newDecision}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'decision-submit' } as ButtonProps}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ issuerLevel: 'PROVINCE', number: null, issuedOn: null }} {...presence.formProps}>
        <Form.Item name="number" label={presence.label('number', tx.number)} extra={tx.numberHint} rules={[r.max(LIMITS.decisionNumberMax)]}>
          <Input data-testid="decision-number" />
        </Form.Item>
        <Form.Item name="issuedOn" label={presence.label('issuedOn', tx.issuedOn)} rules={[r.date]}>
          <DateInput style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="issuer" label={presence.label('issuer', tx.issuer)} rules={[r.required, r.max(DECISION_LIMITS.issuer)]}>
          <Input data-testid="decision-issuer" />
        </Form.Item>
        <Form.Item name="issuerLevel" label={presence.label('issuerLevel', tx.issuerLevel)} rules={[r.required]}>
          <VocabularySelect vocabulary={AwardLevel} />
        </Form.Item>
        <Form.Item name="subject" label={presence.label('subject', tx.subject)} rules={[r.required, r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={3} data-testid="decision-subject" />
        </Form.Item>
        <Form.Item name="signer" label={presence.label('signer', tx.signer)} rules={[r.max(DECISION_LIMITS.signer)]}>
          <Input />
        </Form.Item>
        <Form.Item name="signerTitle" label={presence.label('signerTitle', tx.signerTitle)} rules={[r.max(DECISION_LIMITS.signerTitle)]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={presence.label('note', t('note'))} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
