import { Checkbox, Form, type FormInstance } from 'antd';
import { DateInput } from '../../components/DateInput';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';

const TEXTS = {
  keep: {
    vi: 'Lưu tên cũ «{name}» là tên gọi trước đây (vẫn tìm được đơn vị theo tên cũ)',
    en: 'Keep «{name}» as a former name (the unit is still found by it)',
  },
  renamedOn: { vi: 'Ngày đổi tên', en: 'Renamed on' },
};

/** Shown while the name of an existing unit is being changed: keep the old name as a former name, with the date of the rename. */
export function FormerNameFields({ form, currentName }: { form: FormInstance; currentName: string }) {
  const text = useTexts(TEXTS);
  const { language } = useLanguage();
  const name = Form.useWatch('name', form) as string | undefined;
  const keep = Form.useWatch('keepFormerName', form) as boolean | undefined;
  if (!name || name.trim() === currentName) return null;
  return (
    <>
      <Form.Item name="keepFormerName" valuePropName="checked" style={{ marginBottom: keep ? 8 : undefined }}>
        <Checkbox data-testid="keep-former-name">{text.keep.replace('{name}', currentName)}</Checkbox>
      </Form.Item>
      {keep ? (
        <Form.Item name="renamedOn" label={text.renamedOn} rules={[rules(language).date]}>
          <DateInput style={{ width: '100%' }} data-testid="renamed-on" />
        </Form.Item>
      ) : null}
    </>
  );
}
