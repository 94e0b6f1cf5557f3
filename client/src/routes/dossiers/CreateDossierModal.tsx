import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { DossierKind, LIMITS } from '@thidua/shared';
import type { Dayjs } from 'dayjs';
import type { CreateDossierInput, DossierKind as Kind } from '../../gql/graphql';
import { useViewer } from '../../auth/AuthProvider';
import { DateInput } from '../../components/DateInput';
import { BlocPicker, MovementPicker, UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { dossierTexts } from './texts';
import { useCreateDossier } from './useDossierMutations';

export interface CreateDossierValues {
  kind: Kind;
  year: number;
  proposingUnitId: string;
  blocId?: string | null;
  movementId?: string | null;
  title: string;
  proposalNumber?: string | null;
  proposalDate?: Dayjs | null;
  proposalSigner?: string | null;
}

/** The form's values as the create input; a cleared text is left out. */
export const createDossierInput = (v: CreateDossierValues): CreateDossierInput => ({
  kind: v.kind,
  year: v.year,
  proposingUnitId: v.proposingUnitId,
  title: v.title,
  blocId: v.blocId || null,
  movementId: v.movementId || null,
  proposalNumber: v.proposalNumber || null,
  proposalDate: toLocalDate(v.proposalDate),
  proposalSigner: v.proposalSigner || null,
});

/** A new dossier of a unit (a unit officer's own unit comes filled in); opens the new dossier. */
export function CreateDossierModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, language } = useLanguage();
  const tx = useTexts(dossierTexts);
  const viewer = useViewer();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateDossierValues>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [create, { loading }] = useCreateDossier();
  const r = rules(language);
  const ownUnit = viewer.unit ? [{ value: viewer.unit.id, label: viewer.unit.name }] : undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clearProblems();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: CreateDossierValues) => {
    const payload = await save(async () => (await create({ variables: { input: createDossierInput(values) } })).data!.createDossier);
    if (!payload?.dossier) return;
    onClose();
    navigate(`/dossiers/${encodeURIComponent(payload.dossier.id)}`);
  };

  return (
    <Modal open={open} title={tx.create} okText={t('save')} cancelText={t('cancel')} confirmLoading={loading} onOk={() => form.submit()} onCancel={onClose}>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'MERIT', year: new Date().getFullYear(), proposingUnitId: viewer.unit?.id }}
        data-testid="create-dossier-form"
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="kind" label={tx.kind} rules={[r.required]}>
              <VocabularySelect vocabulary={DossierKind} data-testid="dossier-kind" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('required') }, r.year()]}>
              <InputNumber min={LIMITS.yearMin} max={LIMITS.yearMax} style={{ width: '100%' }} data-testid="dossier-year" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="proposingUnitId" label={tx.proposingUnit} rules={[r.required]}>
          <UnitPicker known={ownUnit} data-testid="dossier-unit" />
        </Form.Item>
        <Form.Item name="blocId" label={tx.bloc}>
          <BlocPicker allowClear data-testid="dossier-bloc" />
        </Form.Item>
        <Form.Item name="movementId" label={tx.movement}>
          <MovementPicker allowClear />
        </Form.Item>
        <Form.Item name="title" label={tx.title} rules={r.name()}>
          <Input maxLength={LIMITS.nameMax + 1} data-testid="dossier-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="proposalNumber" label={tx.proposalNumber} rules={[r.max(LIMITS.shortNameMax)]}>
              <Input data-testid="dossier-proposal-number" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="proposalDate" label={tx.proposalDate}>
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="proposalSigner" label={tx.proposalSigner} rules={[r.max(LIMITS.nameMax)]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
