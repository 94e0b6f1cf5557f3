import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, InputNumber, Modal, Space } from 'antd';
import { LIMITS } from '@thidua/shared';
import { UnitPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { useAddBlocMember } from './useBlocMutations';

interface Values {
  unitId: string;
  fromYear: number;
  toYear?: number | null;
  note?: string | null;
}

interface Props {
  open: boolean;
  onClose(): void;
  blocId: string;
  /** The year the page shows: the default first year. */
  year: number;
}

const TEXTS = {
  modal: { vi: 'Thêm đơn vị thành viên', en: 'Add member unit' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  fromYear: { vi: 'Từ năm', en: 'From year' },
  toYear: { vi: 'Đến năm (trống: vẫn còn)', en: 'To year (empty: ongoing)' },
  added: { vi: 'Đã thêm thành viên', en: 'Member added' },
};

/** Adds a unit to the bloc for a period of years. */
export function AddMemberModal({ open, onClose, blocId, year }: Props) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [add, { loading }] = useAddBlocMember();
  const r = rules(language);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ fromYear: year });
    setProblems([]);
  }, [open, year, form]);

  const submit = async (values: Values) => {
    setProblems([]);
    try {
      const { data } = await add({ variables: { input: { blocId, ...values, toYear: values.toYear ?? null, note: values.note || null } } });
      const payload = data!.addBlocMember;
      if (payload.userErrors.length) return setProblems(applyUserErrors(form, payload.userErrors, language));
      message.success(text.added);
      onClose();
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  const required = { required: true, message: t('required') };
  return (
    <Modal
      open={open}
      title={text.modal}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'member-save' }}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="unitId" label={text.unit} rules={[required]}>
          <UnitPicker data-testid="member-unit" />
        </Form.Item>
        <Space size="large">
          <Form.Item name="fromYear" label={text.fromYear} rules={[required, r.year()]}>
            <InputNumber min={LIMITS.yearMin} max={LIMITS.yearMax} data-testid="member-from-year" />
          </Form.Item>
          <Form.Item name="toYear" label={text.toYear} rules={[r.year()]}>
            <InputNumber min={LIMITS.yearMin} max={LIMITS.yearMax} data-testid="member-to-year" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('note')} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
