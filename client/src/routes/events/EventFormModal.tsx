import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, DatePicker, Form, Input, Modal, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { EventKind, LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { EventKind as EventKindValue } from '../../gql/graphql';
import { UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { usePresenceField } from '../../presence';
import { eventTexts } from './texts';
import { useCreateEvent, useUpdateEvent } from './useEventMutations';

export const EventFormModal_event = graphql(`
  fragment EventFormModal_event on Event {
    id kind title heldOn venue attendees description version
    hostUnit { id name }
  }
`);

interface Values {
  kind: EventKindValue;
  title: string;
  heldOn?: Dayjs | null;
  venue?: string | null;
  hostUnitId?: string | null;
  attendees?: string | null;
  description?: string | null;
}

/** The form's values as an input: a cleared text or unit is null, the date as YYYY-MM-DD. */
const eventInput = (values: Values) => ({
  kind: values.kind,
  title: values.title,
  heldOn: toLocalDate(values.heldOn)!,
  venue: values.venue || null,
  hostUnitId: values.hostUnitId || null,
  attendees: values.attendees || null,
  description: values.description || null,
});

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this conference; create a new one when absent. */
  event?: FragmentType<typeof EventFormModal_event>;
}

/** Create or correct a conference. Server errors show next to their fields; typed values are kept. */
export function EventFormModal({ open, onClose, event: ref }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(eventTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const event = getFragmentData(EventFormModal_event, ref);
  const [form] = Form.useForm<Values>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Event',
    toInput: eventInput,
    dateFields: ['heldOn'],
    onDeleted: () => navigate('/events'),
  });
  const [create, created] = useCreateEvent();
  const [update, updated] = useUpdateEvent();
  const r = rules(language);
  const presence = usePresenceField(open ? event?.id : null);
  const known = event?.hostUnit ? [{ value: event.hostUnit.id, label: event.hostUnit.name }] : [];

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (!open) return;
    load(event && { values: { ...event, heldOn: fromLocalDate(event.heldOn), hostUnitId: event.hostUnit?.id ?? null }, version: event.version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (event) {
      if (!(await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: event.id } } })).data!.updateEvent))) return;
    } else {
      const payload = await save(async () => (await create({ variables: { input: eventInput(values) } })).data!.createEvent);
      if (!payload) return;
      navigate(`/events/${encodeURIComponent(payload.event!.id)}`);
    }
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={event ? `${t('edit')}: ${event.title}` : tx.newEvent}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'event-submit' } as ButtonProps}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} {...presence.formProps}>
        <Form.Item name="kind" label={presence.label('kind', tx.kind)} rules={[{ required: true, message: t('required') }]}>
          <VocabularySelect vocabulary={EventKind} data-testid="event-kind" />
        </Form.Item>
        <Form.Item name="title" label={presence.label('title', tx.title)} rules={r.name()}>
          <Input data-testid="event-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={presence.label('heldOn', tx.heldOn)} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} data-testid="event-date" />
        </Form.Item>
        <Form.Item name="venue" label={presence.label('venue', tx.venue)} rules={[r.max(LIMITS.nameMax)]}>
          <Input data-testid="event-venue" />
        </Form.Item>
        <Form.Item name="hostUnitId" label={presence.label('hostUnitId', tx.host)}>
          <UnitPicker known={known} />
        </Form.Item>
        <Form.Item name="attendees" label={presence.label('attendees', tx.attendees)} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="description" label={presence.label('description', tx.description)} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
