import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { DateInput } from '../../components/DateInput';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '@thidua/shared';
import { UnitPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors, userErrorText } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { useCreateSigningEvent, useSetSigningEvent } from './useCovenantMutations';

interface Values {
  title: string;
  heldOn: Dayjs;
  venue?: string;
  hostUnitId?: string;
  attendees?: string;
}

interface Props {
  open: boolean;
  onClose(): void;
  covenantId: string;
  /** The covenant's version on screen: attaching the new conference is checked against it. */
  version: number;
  year: number;
  blocName: string;
}

const TEXTS = {
  modal: { vi: 'Tạo hội nghị ký kết giao ước', en: 'New signing conference' },
  title: { vi: 'Tên hội nghị', en: 'Title' },
  heldOn: { vi: 'Ngày tổ chức', en: 'Date' },
  venue: { vi: 'Địa điểm', en: 'Venue' },
  host: { vi: 'Đơn vị chủ trì', en: 'Host unit' },
  attendees: { vi: 'Thành phần dự', en: 'Attendees' },
  defaultTitle: { vi: 'Hội nghị ký kết giao ước thi đua năm', en: 'Covenant signing conference' },
};

/** Creates a covenant-signing conference and attaches it to the covenant. */
export function SigningEventModal({ open, onClose, covenantId, version, year, blocName }: Props) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [create, created] = useCreateSigningEvent();
  const [attach, attached] = useSetSigningEvent();
  const r = rules(language);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ title: `${text.defaultTitle} ${year} – ${blocName}` });
    setProblems([]);
  }, [open, form, year, blocName, text.defaultTitle]);

  const submit = async ({ heldOn, ...values }: Values) => {
    setProblems([]);
    try {
      const input = { ...values, heldOn: heldOn.format('YYYY-MM-DD'), kind: 'COVENANT_SIGNING' as const };
      const made = (await create({ variables: { input } })).data!.createEvent;
      if (made.userErrors.length) return setProblems(applyUserErrors(form, made.userErrors, language));
      const linked = (await attach({ variables: { input: { covenantId, eventId: made.event!.id, expectedVersion: version } } })).data!.setCovenantSigningEvent;
      if (linked.userErrors.length) return setProblems(linked.userErrors.map((e) => userErrorText(e, language)));
      message.success(t('saved'));
      onClose();
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  return (
    <Modal
      open={open}
      title={text.modal}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={created.loading || attached.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'event-save' }}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={text.title} rules={r.name()}>
          <Input data-testid="event-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={text.heldOn} rules={[{ required: true, message: t('required') }, r.date]}>
          <DateInput data-testid="event-date" />
        </Form.Item>
        <Form.Item name="venue" label={text.venue} rules={[r.max(LIMITS.nameMax)]}>
          <Input data-testid="event-venue" />
        </Form.Item>
        <Form.Item name="hostUnitId" label={text.host}>
          <UnitPicker data-testid="event-host" />
        </Form.Item>
        <Form.Item name="attendees" label={text.attendees} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
