import { useEffect, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { Gender, LIMITS, TdktOrganizationKind, TrainingLevel } from '@thidua/shared';
import { graphql } from '../../gql';
import type { CreateTdktOfficerInput, CreateTdktOrganizationInput } from '../../gql/graphql';
import { UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { toInput } from '../../lib/formInput';
import type { UserErrorLike } from '../../lib/userErrors';
import { useVersionedForm, type Loaded } from '../../live/useVersionedForm';
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

type Saved = { userErrors: readonly UserErrorLike[] } | null | undefined;
type Changes<V> = Partial<ReturnType<typeof toInput<V & object>>> & { expectedVersion: number };

interface ModalProps<R> {
  record: R | null;
  onClose(): void;
  onSaved(): void;
}

interface FormModalProps<V> {
  title: string;
  /** The GraphQL type edited (useVersionedForm). */
  entityType: string;
  /** The record as the form shows it; none to create. */
  loaded: Loaded<V> | null;
  create(values: V): Promise<Saved>;
  update(changes: Changes<V>): Promise<NonNullable<Saved>>;
  saving: boolean;
  onClose(): void;
  onSaved(): void;
  children: ReactNode;
}

/** Adds a registry record, or edits one against the version it opened (only the changed fields). */
function RegistryFormModal<V extends object>({ title, entityType, loaded, create, update, saving, onClose, onSaved, children }: FormModalProps<V>) {
  const text = useTexts(registryTexts);
  const [form] = Form.useForm<V>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, { entityType, toInput });
  // The modal mounts as it opens: filled once, so a refetch never wipes typing.
  useEffect(() => load(loaded ?? undefined), []); // eslint-disable-line react-hooks/exhaustive-deps
  const submit = async (values: V) => {
    const payload = loaded ? await saveChanges(values, update) : await save(async () => (await create(values)) ?? null);
    if (payload) {
      onSaved();
      onClose();
    }
  };
  return (
    <Modal open title={title} okText={text.save} onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving}>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={loaded?.values} onFinish={submit}>
        {children}
      </Form>
      {holder}
    </Modal>
  );
}

export function OrganizationModal({ record, onClose, onSaved }: ModalProps<OrganizationRow>) {
  const text = useTexts(registryTexts);
  const [create, created] = useMutation(CreateOrganization);
  const [update, updated] = useMutation(UpdateOrganization);
  return (
    <RegistryFormModal<CreateTdktOrganizationInput>
      title={record ? text.edit : text.addOrganization}
      entityType="TdktOrganization"
      loaded={record && { values: { name: record.name, kind: record.kind, unitId: record.unit?.id ?? null, note: record.note }, version: record.version }}
      create={async (input) => (await create({ variables: { input } })).data?.createTdktOrganization}
      update={async (changes) => (await update({ variables: { input: { ...changes, id: record!.id } } })).data!.updateTdktOrganization}
      saving={created.loading || updated.loading}
      onClose={onClose}
      onSaved={onSaved}
    >
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
    </RegistryFormModal>
  );
}

const YEAR = { min: LIMITS.yearMin, max: LIMITS.yearMax, style: { width: 140 } };

export function OfficerModal({ record, organizations, onClose, onSaved }: ModalProps<OfficerRow> & { organizations: OrganizationRow[] }) {
  const text = useTexts(registryTexts);
  const [create, created] = useMutation(CreateOfficer);
  const [update, updated] = useMutation(UpdateOfficer);
  return (
    <RegistryFormModal<CreateTdktOfficerInput>
      title={record ? text.edit : text.addOfficer}
      entityType="TdktOfficer"
      loaded={
        record && {
          values: {
            fullName: record.fullName,
            organizationId: record.organization.id,
            gender: record.gender,
            birthYear: record.birthYear,
            trainingLevel: record.trainingLevel,
            tdktStartYear: record.tdktStartYear,
            note: record.note,
          },
          version: record.version,
        }
      }
      create={async (input) => (await create({ variables: { input } })).data?.createTdktOfficer}
      update={async (changes) => (await update({ variables: { input: { ...changes, id: record!.id } } })).data!.updateTdktOfficer}
      saving={created.loading || updated.loading}
      onClose={onClose}
      onSaved={onSaved}
    >
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
        <InputNumber {...YEAR} />
      </Form.Item>
      <Form.Item name="trainingLevel" label={text.trainingLevel}>
        <VocabularySelect vocabulary={TrainingLevel} allowClear />
      </Form.Item>
      <Form.Item name="tdktStartYear" label={text.tdktStartYear}>
        <InputNumber {...YEAR} />
      </Form.Item>
      <Form.Item name="note" label={text.note}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </RegistryFormModal>
  );
}
