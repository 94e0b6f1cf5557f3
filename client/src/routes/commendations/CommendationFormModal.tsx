import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, type ButtonProps } from 'antd';
import { CommendationKind, LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CommendationKind as CommendationKindValue } from '../../gql/graphql';
import { AwardTypePicker, BlocPicker, DecisionPicker, MovementPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { usePresenceField } from '../../presence';
import { commendationRecordTexts } from './texts';
import { useUpdateCommendation } from './useCommendationMutations';

export const CommendationFormModal_commendation = graphql(`
  fragment CommendationFormModal_commendation on Commendation {
    id version year achievement kind note subjectKind
    awardType { id nameVi }
    decision { id number issuer }
    movement { id name }
    bloc { id name }
  }
`);

interface Values {
  awardTypeId: string;
  year: number;
  kind: CommendationKindValue;
  achievement: string;
  decisionId?: string | null;
  movementId?: string | null;
  blocId?: string | null;
  note?: string | null;
}

/** The form's values as an update input: a cleared reference or text is null. */
const commendationInput = (values: Values) => ({
  awardTypeId: values.awardTypeId,
  year: values.year,
  kind: values.kind,
  achievement: values.achievement,
  decisionId: values.decisionId || null,
  movementId: values.movementId || null,
  blocId: values.blocId || null,
  note: values.note || null,
});

interface Props {
  open: boolean;
  onClose(): void;
  commendation: FragmentType<typeof CommendationFormModal_commendation>;
  /** Who received it, shown (not edited) above the fields. */
  recipient: string;
}

/**
 * Corrects a commendation: award, year, kind, achievement, decision, movement, bloc, note. Only
 * the changed fields are sent, against the version the form opened; user errors (a DUPLICATE
 * among them) show next to their fields or above the form, and typed values stay.
 */
export function CommendationFormModal({ open, onClose, commendation: ref, recipient }: Props) {
  const commendation = getFragmentData(CommendationFormModal_commendation, ref);
  const { t, language } = useLanguage();
  const tx = useTexts(commendationRecordTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Commendation',
    toInput: commendationInput,
    onDeleted: () => navigate('/commendations'),
  });
  const [update, { loading }] = useUpdateCommendation();
  const r = rules(language);
  const presence = usePresenceField(open ? commendation.id : null);
  const known = [
    { value: commendation.awardType.id, label: commendation.awardType.nameVi },
    ...(commendation.decision
      ? [{ value: commendation.decision.id, label: `${commendation.decision.number ?? '(không số)'} – ${commendation.decision.issuer}` }]
      : []),
    ...(commendation.movement ? [{ value: commendation.movement.id, label: commendation.movement.name }] : []),
    ...(commendation.bloc ? [{ value: commendation.bloc.id, label: commendation.bloc.name }] : []),
  ];

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (!open) return;
    const c = commendation;
    load({
      values: {
        awardTypeId: c.awardType.id,
        year: c.year,
        kind: c.kind,
        achievement: c.achievement,
        decisionId: c.decision?.id ?? null,
        movementId: c.movement?.id ?? null,
        blocId: c.bloc?.id ?? null,
        note: c.note ?? null,
      },
      version: c.version,
    });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    const payload = await saveChanges(
      values,
      async (input) => (await update({ variables: { input: { ...input, id: commendation.id } } })).data!.updateCommendation,
    );
    if (!payload) return;
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={tx.editTitle}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'commendation-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} data-testid="commendation-problems" /> : null}
      <Form form={form} layout="vertical" onFinish={submit} {...presence.formProps}>
        <Form.Item label={tx.recipient} extra={tx.recipientHint}>
          <strong data-testid="commendation-recipient">{recipient}</strong>
        </Form.Item>
        <Form.Item name="awardTypeId" label={presence.label('awardTypeId', tx.awardType)} rules={[{ required: true, message: t('required') }]}>
          <AwardTypePicker known={known} filter={{ subjectKind: { eq: commendation.subjectKind } }} allowClear={false} data-testid="commendation-award-type" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            <Form.Item name="year" label={presence.label('year', tx.year)} rules={[{ required: true, message: t('required') }, r.year()]}>
              <InputNumber min={LIMITS.yearMin} max={LIMITS.yearMax} style={{ width: '100%' }} data-testid="commendation-year" />
            </Form.Item>
          </Col>
          <Col xs={12} md={16}>
            <Form.Item name="kind" label={presence.label('kind', tx.kind)} rules={[{ required: true, message: t('required') }]}>
              <VocabularySelect vocabulary={CommendationKind} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="achievement" label={presence.label('achievement', tx.achievement)} rules={[r.required, r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="commendation-achievement" />
        </Form.Item>
        <Form.Item name="decisionId" label={presence.label('decisionId', tx.decision)}>
          <DecisionPicker known={known} data-testid="commendation-decision" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="movementId" label={presence.label('movementId', tx.movement)}>
              <MovementPicker known={known} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="blocId" label={presence.label('blocId', tx.bloc)}>
              <BlocPicker known={known} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={presence.label('note', t('note'))} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={2} data-testid="commendation-note" />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
