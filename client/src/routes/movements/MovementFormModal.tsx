import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Modal, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { MovementKind, MovementScope } from '../../gql/graphql';
import { useVersionedForm } from '../../live/useVersionedForm';
import { useLanguage, useTexts } from '../../i18n/language';
import { fromLocalDate, toInput, toLocalDate } from '../../lib/formInput';
import { MovementFormFields, type KnownRefs } from './MovementFormFields';
import { movementTexts } from './texts';
import { useCreateMovement, useUpdateMovement } from './useSaveMovement';
import { usePresenceField } from '../../presence';

export const MovementFormModal_movement = graphql(`
  fragment MovementFormModal_movement on Movement {
    id name slogan kind scope startYear endYear
    launchedBy launchDocument launchedOn goals description version
    launchDecision { id number issuer subject }
    parent { id name }
    organizerUnit { id name area }
  }
`);

export interface MovementValues {
  name: string;
  slogan?: string | null;
  kind: MovementKind;
  scope: MovementScope;
  startYear?: number | null;
  endYear?: number | null;
  launchedBy?: string | null;
  launchDocument?: string | null;
  launchedOn?: Dayjs | null;
  launchDecisionId?: string | null;
  parentId?: string | null;
  organizerUnitId?: string | null;
  goals: string[];
  description?: string | null;
}

const EMPTY: Partial<MovementValues> = {
  kind: 'REGULAR',
  scope: 'PROVINCE',
  goals: [],
  startYear: null,
  endYear: null,
  launchDecisionId: null,
  parentId: null,
  organizerUnitId: null,
};

/** The form's values as an input: cleared texts are null, the launch date YYYY-MM-DD. */
const movementInput = (values: MovementValues) => ({
  ...toInput(values),
  name: values.name,
  kind: values.kind,
  scope: values.scope,
  goals: values.goals ?? [],
  launchedOn: toLocalDate(values.launchedOn),
});

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this movement; create a new one when absent. */
  movement?: FragmentType<typeof MovementFormModal_movement>;
}

/** Create or edit a movement with its goals. Server errors show next to their fields (goals by number); typing is kept. */
export function MovementFormModal({ open, onClose, movement: ref }: Props) {
  const { t } = useLanguage();
  const tx = useTexts(movementTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const movement = getFragmentData(MovementFormModal_movement, ref);
  const [form] = Form.useForm<MovementValues>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Movement',
    toInput: movementInput,
    dateFields: ['launchedOn'],
    onDeleted: () => navigate('/movements'),
  });
  const [create, created] = useCreateMovement();
  const [update, updated] = useUpdateMovement();
  const presence = usePresenceField(open ? movement?.id : null);

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (!open) return;
    if (!movement) return load();
    const { launchDecision, parent, organizerUnit, launchedOn, id: _id, version, ...rest } = movement;
    load({
      values: {
        ...rest,
        launchedOn: fromLocalDate(launchedOn),
        launchDecisionId: launchDecision?.id ?? null,
        parentId: parent?.id ?? null,
        organizerUnitId: organizerUnit?.id ?? null,
      },
      version,
    });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const known: KnownRefs = {
    decision: movement?.launchDecision
      ? [
          {
            value: movement.launchDecision.id,
            label: `${movement.launchDecision.number ?? tx.noNumber} – ${movement.launchDecision.issuer}: ${movement.launchDecision.subject}`,
          },
        ]
      : [],
    parent: movement?.parent ? [{ value: movement.parent.id, label: movement.parent.name }] : [],
    organizer: movement?.organizerUnit ? [{ value: movement.organizerUnit.id, label: movement.organizerUnit.name }] : [],
  };

  const submit = async (values: MovementValues) => {
    if (movement) {
      if (!(await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: movement.id } } })).data!.updateMovement))) return;
    } else {
      const payload = await save(async () => (await create({ variables: { input: movementInput(values) } })).data!.createMovement);
      if (!payload) return;
      navigate(`/movements/${encodeURIComponent(payload.movement!.id)}`);
    }
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={movement ? `${t('edit')}: ${movement.name}` : tx.newMovement}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'movement-submit' } as ButtonProps}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={EMPTY} {...presence.formProps}>
        <MovementFormFields known={known} label={presence.label} />
      </Form>
      {holder}
    </Modal>
  );
}
