import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { Gender, LIMITS, TdktOrganizationKind, TrainingLevel } from '@thidua/shared';
import { graphql } from '../../gql';
import { UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { useSaveForm } from '../../lib/useSaveForm';
import { registryTexts } from './registryTexts';
import type { OfficerRow, OrganizationRow } from './TdktRegistryPage';

const CreateOrganization = graphql(`
  mutation CreateTdktOrganization($input: CreateTdktOrganizationInput!) {
    createTdktOrganization(input: $input) { organization { id } userErrors { field message code } }
  }
`);
const UpdateOrganization = graphql(`
  mutation UpdateTdktOrganization($input: UpdateTdktOrganizationInput!) {
    updateTdktOrganization(input: $input) { organization { id version } userErrors { field message code } }
  }
`);
const CreateOfficer = graphql(`
  mutation CreateTdktOfficer($input: CreateTdktOfficerInput!) {
    createTdktOfficer(input: $input) { officer { id } userErrors { field message code } }
  }
`);
const UpdateOfficer = graphql(`
  mutation UpdateTdktOfficer($input: UpdateTdktOfficerInput!) {
    updateTdktOfficer(input: $input) { officer { id version } userErrors { field message code } }
  }
`);

/** The fields whose value differs from what the form opened with (an edit sends only those). */
function changed<T extends Record<string, unknown>>(values: T, initial: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => (value ?? null) !== (initial[key] ?? null))) as Partial<T>;
}

interface ModalProps<R> {
  record: R | null;
  onClose(): void;
  onSaved(): void;
}

export function OrganizationModal({ record, onClose, onSaved }: ModalProps<OrganizationRow>) {
  const text = useTexts(registryTexts);
  const [form] = Form.useForm();
  const { problems, save } = useSaveForm(form);
  const [create, created] = useMutation(CreateOrganization);
  const [update, updated] = useMutation(UpdateOrganization);
  const initial = record ? { name: record.name, kind: record.kind, unitId: record.unit?.id ?? null, note: record.note } : {};
  const submit = async () => {
    const values = await form.validateFields();
    const payload = await save(async () =>
      record
        ? ((await update({ variables: { input: { id: record.id, expectedVersion: record.version, ...changed(values, initial) } } })).data
            ?.updateTdktOrganization ?? null)
        : ((await create({ variables: { input: values } })).data?.createTdktOrganization ?? null),
    );
    if (payload) {
      onSaved();
      onClose();
    }
  };
  return (
    <Modal
      open
      title={record ? text.edit : text.addOrganization}
      okText={text.save}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={created.loading || updated.loading}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="name" label={text.name} rules={[{ required: true, whitespace: true }, { max: LIMITS.nameMax }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={text.kind} rules={[{ required: true }]}>
          <VocabularySelect vocabulary={TdktOrganizationKind} />
        </Form.Item>
        <Form.Item name="unitId" label={text.unit}>
          <UnitPicker allowClear known={record?.unit ? [{ value: record.unit.id, label: record.unit.name }] : undefined} />
        </Form.Item>
        <Form.Item name="note" label={text.note}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function OfficerModal({ record, organizations, onClose, onSaved }: ModalProps<OfficerRow> & { organizations: OrganizationRow[] }) {
  const text = useTexts(registryTexts);
  const [form] = Form.useForm();
  const { problems, save } = useSaveForm(form);
  const [create, created] = useMutation(CreateOfficer);
  const [update, updated] = useMutation(UpdateOfficer);
  const initial = record
    ? {
        fullName: record.fullName,
        organizationId: record.organization.id,
        gender: record.gender,
        birthYear: record.birthYear,
        trainingLevel: record.trainingLevel,
        tdktStartYear: record.tdktStartYear,
        note: record.note,
      }
    : {};
  const submit = async () => {
    const values = await form.validateFields();
    const payload = await save(async () =>
      record
        ? ((await update({ variables: { input: { id: record.id, expectedVersion: record.version, ...changed(values, initial) } } })).data?.updateTdktOfficer ??
          null)
        : ((await create({ variables: { input: values } })).data?.createTdktOfficer ?? null),
    );
    if (payload) {
      onSaved();
      onClose();
    }
  };
  const year = { min: LIMITS.yearMin, max: LIMITS.yearMax, style: { width: 140 } };
  return (
    <Modal
      open
      title={record ? text.edit : text.addOfficer}
      okText={text.save}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={created.loading || updated.loading}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="fullName" label={text.fullName} rules={[{ required: true, whitespace: true }, { max: LIMITS.personNameMax }]}>
          <Input />
        </Form.Item>
        <Form.Item name="organizationId" label={text.organization} rules={[{ required: true }]}>
          <VocabularySelect
            vocabulary={{
              values: organizations.map((o) => o.id),
              labels: Object.fromEntries(organizations.map((o) => [o.id, { vi: o.name, en: o.name }])),
            }}
          />
        </Form.Item>
        <Form.Item name="gender" label={text.gender}>
          <VocabularySelect vocabulary={Gender} allowClear />
        </Form.Item>
        <Form.Item name="birthYear" label={text.birthYear}>
          <InputNumber {...year} />
        </Form.Item>
        <Form.Item name="trainingLevel" label={text.trainingLevel}>
          <VocabularySelect vocabulary={TrainingLevel} allowClear />
        </Form.Item>
        <Form.Item name="tdktStartYear" label={text.tdktStartYear}>
          <InputNumber {...year} />
        </Form.Item>
        <Form.Item name="note" label={text.note}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
