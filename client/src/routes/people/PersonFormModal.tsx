import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Divider, Form, Input, InputNumber, Modal, type ButtonProps } from 'antd';
import { DateInput } from '../../components/DateInput';
import type { Dayjs } from 'dayjs';
import { Gender, LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Gender as GenderValue } from '../../gql/graphql';
import { UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { toInput, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { birthYearRule, POSITION_MAX } from './personRules';
import { peopleTexts } from './texts';
import { useCreatePerson, useUpdatePerson } from './useSavePerson';
import { useOwnUnitOnly } from './useOwnUnitOnly';
import { usePresenceField } from '../../presence';

export const PersonFormModal_person = graphql(`
  fragment PersonFormModal_person on Person { id fullName gender birthYear note version }
`);

interface Values {
  fullName: string;
  gender?: GenderValue | null;
  birthYear?: number | null;
  note?: string | null;
  /** Only when creating: the first affiliation. */
  unitId?: string | null;
  position?: string | null;
  startedOn?: Dayjs | null;
}

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this person; create a new one (optionally with a unit and position) when absent. */
  person?: FragmentType<typeof PersonFormModal_person>;
}

/** What an edit sends of the form (its first-affiliation fields are for creating only). */
const personInput = ({ fullName, gender, birthYear, note }: Values) => ({ ...toInput({ gender, birthYear, note }), fullName });

/** Create or edit a person. Server errors show next to their fields; typed values are kept. */
export function PersonFormModal({ open, onClose, person: ref }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(peopleTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const person = getFragmentData(PersonFormModal_person, ref);
  const [form] = Form.useForm<Values>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Person',
    toInput: personInput,
    onDeleted: () => navigate('/people'),
  });
  const [create, created] = useCreatePerson();
  const [update, updated] = useUpdatePerson();
  const r = rules(language);
  const ownUnit = useOwnUnitOnly();
  const presence = usePresenceField(open ? person?.id : null);

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (open) load(person && { values: person, version: person.version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (person) {
      if (!(await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: person.id } } })).data!.updatePerson))) return;
    } else {
      const input = { ...toInput(values), fullName: values.fullName, startedOn: toLocalDate(values.startedOn) };
      const payload = await save(async () => (await create({ variables: { input } })).data!.createPerson);
      if (!payload) return;
      navigate(`/people/${encodeURIComponent(payload.person!.id)}`);
    }
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={person ? `${t('edit')}: ${person.fullName}` : tx.newPerson}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'person-submit' } as ButtonProps}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ gender: null, birthYear: null, unitId: ownUnit?.id ?? null }}
        {...presence.formProps}
      >
        <Form.Item name="fullName" label={presence.label('fullName', tx.fullName)} rules={[r.required, r.max(LIMITS.personNameMax)]}>
          <Input data-testid="person-full-name" />
        </Form.Item>
        <Form.Item name="gender" label={presence.label('gender', tx.gender)}>
          <VocabularySelect vocabulary={Gender} allowClear />
        </Form.Item>
        <Form.Item name="birthYear" label={presence.label('birthYear', tx.birthYear)} rules={[birthYearRule(language)]}>
          <InputNumber style={{ width: 140 }} data-testid="person-birth-year" />
        </Form.Item>
        <Form.Item name="note" label={presence.label('note', t('note'))} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {person ? null : <FirstAffiliationFields />}
      </Form>
      {holder}
    </Modal>
  );
}

/** Unit, position and start date of a new person's current workplace; the unit is needed for the others. */
function FirstAffiliationFields() {
  const { language } = useLanguage();
  const tx = useTexts(peopleTexts);
  const r = rules(language);
  const ownUnit = useOwnUnitOnly();
  return (
    <>
      <Divider plain>{tx.firstAffiliation}</Divider>
      <Form.Item
        name="unitId"
        label={tx.unit}
        dependencies={['position', 'startedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, unitId) =>
              !unitId && (ownUnit || String(getFieldValue('position') ?? '').trim() || getFieldValue('startedOn'))
                ? Promise.reject(new Error(tx.unitNeeded))
                : Promise.resolve(),
          }),
        ]}
      >
        {/* A unit officer adds people to their own unit only. */}
        <UnitPicker disabled={!!ownUnit} known={ownUnit ? [{ value: ownUnit.id, label: ownUnit.name }] : undefined} />
      </Form.Item>
      <Form.Item name="position" label={tx.position} rules={[r.max(POSITION_MAX)]}>
        <Input data-testid="person-position" />
      </Form.Item>
      <Form.Item name="startedOn" label={tx.startedOn} rules={[r.date]}>
        <DateInput />
      </Form.Item>
    </>
  );
}
