import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { HOUSEHOLD_LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { toInput } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { usePresenceField } from '../../presence';
import { householdTexts } from './texts';
import { useCreateHousehold, useUpdateHousehold } from './useHouseholdMutations';

export const HouseholdFormModal_household = graphql(`
  fragment HouseholdFormModal_household on Household { id name headName address area version }
`);

interface Values {
  name: string;
  headName?: string | null;
  address?: string | null;
  area?: string | null;
}

const householdInput = (values: Values) => ({ ...toInput(values), name: values.name });

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this household (at its version); create one when absent. */
  household?: FragmentType<typeof HouseholdFormModal_household>;
}

/** Create or edit a household. Server errors show next to their fields; typed values are kept. */
export function HouseholdFormModal({ open, onClose, household: ref }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(householdTexts);
  const { message } = App.useApp();
  const household = getFragmentData(HouseholdFormModal_household, ref);
  const [form] = Form.useForm<Values>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, { entityType: 'Household', toInput: householdInput, onDeleted: onClose });
  const [create, created] = useCreateHousehold();
  const [update, updated] = useUpdateHousehold();
  const presence = usePresenceField(open ? household?.id : null);
  const r = rules(language);

  // Filled when the modal opens, not on every cache update, so a live update never wipes typing.
  useEffect(() => {
    if (!open) return;
    if (!household) return load();
    const { id: _id, version, ...values } = household;
    load({ values, version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (household) {
      const send = async (input: Parameters<Parameters<typeof saveChanges>[1]>[0]) =>
        (await update({ variables: { input: { ...input, id: household.id } } })).data!.updateHousehold;
      if (!(await saveChanges(values, send))) return;
    } else if (!(await save(async () => (await create({ variables: { input: householdInput(values) } })).data!.createHousehold))) {
      return;
    }
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={household ? `${t('edit')}: ${household.name}` : tx.newHousehold}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'household-submit' } as ButtonProps}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden={false}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} {...presence.formProps}>
        <Form.Item name="name" label={presence.label('name', tx.name)} rules={[r.required, r.max(HOUSEHOLD_LIMITS.name)]}>
          <Input data-testid="household-name" />
        </Form.Item>
        <Form.Item name="headName" label={presence.label('headName', tx.headName)} rules={[r.max(HOUSEHOLD_LIMITS.headName)]}>
          <Input data-testid="household-head" />
        </Form.Item>
        <Form.Item name="address" label={presence.label('address', tx.address)} rules={[r.max(HOUSEHOLD_LIMITS.address)]}>
          <Input />
        </Form.Item>
        <Form.Item name="area" label={presence.label('area', t('area'))} rules={[r.max(HOUSEHOLD_LIMITS.area)]}>
          <Input />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
