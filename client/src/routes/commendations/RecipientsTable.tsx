import { Button, Card, Col, Form, Input, Row, Segmented, Space, Tooltip, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { LIMITS, SubjectKind } from '@thidua/shared';
import { HouseholdPicker, PersonPicker, UnitPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import type { UserErrorLike } from '../../lib/userErrors';
import { CommendationDuplicateWarning } from './CommendationDuplicateWarning';
import { emptyRecipient, fillAchievements, type EntryValues, type RecipientValues } from './batch';

const TEXTS = {
  card: { vi: 'Danh sách được khen', en: 'Recipients' },
  subject: { vi: 'Đối tượng', en: 'Recipient' },
  achievement: { vi: 'Thành tích', en: 'Achievement' },
  note: { vi: 'Ghi chú', en: 'Note' },
  add: { vi: 'Thêm dòng', en: 'Add row' },
  remove: { vi: 'Bỏ dòng', en: 'Remove row' },
  fill: { vi: 'Chép thành tích đầu tiên vào các dòng trống', en: 'Copy the first achievement into empty rows' },
  subjectRequired: { vi: 'Chọn đối tượng được khen.', en: 'Choose the recipient.' },
  achievementHint: { vi: 'Ví dụ: Đã hoàn thành xuất sắc nhiệm vụ công tác năm…', en: 'E.g. Excellent completion of tasks in…' },
  listRequired: { vi: 'Cần ít nhất một đối tượng được khen.', en: 'Add at least one recipient.' },
};

function SubjectPicker({ kind, ...props }: { kind: RecipientValues['kind'] } & Record<string, unknown>) {
  if (kind === 'INDIVIDUAL') return <PersonPicker {...props} />;
  if (kind === 'HOUSEHOLD') return <HouseholdPicker {...props} />;
  return <UnitPicker {...props} />;
}

/** One recipient: its kind, the matching searching picker, the achievement text. */
function RecipientRow({
  name,
  index,
  onRemove,
  failed,
  duplicate,
}: {
  name: number;
  index: number;
  onRemove(): void;
  failed: boolean;
  duplicate?: UserErrorLike;
}) {
  const { label, language } = useLanguage();
  const text = useTexts(TEXTS);
  const form = Form.useFormInstance<EntryValues>();
  const kind = Form.useWatch(['recipients', name, 'kind']) as RecipientValues['kind'] | undefined;
  const r = rules(language);
  return (
    <Row gutter={8} align="top" data-testid="recipient-row" style={{ borderLeft: `3px solid ${failed ? '#ff4d4f' : 'transparent'}`, paddingTop: 8 }}>
      <Col flex="32px">
        <Typography.Text strong>{index + 1}.</Typography.Text>
      </Col>
      <Col xs={22} lg={9}>
        <Form.Item name={[name, 'kind']} style={{ marginBottom: 4 }}>
          <Segmented
            size="small"
            options={SubjectKind.values.map((value) => ({ value, label: label(SubjectKind.labels[value]) }))}
            onChange={() => form.setFieldValue(['recipients', name, 'subjectId'], undefined)}
            aria-label={text.subject}
            data-testid="recipient-kind"
          />
        </Form.Item>
        <Form.Item name={[name, 'subjectId']} rules={[{ required: true, message: text.subjectRequired }]}>
          <SubjectPicker kind={kind ?? 'COLLECTIVE'} data-testid="recipient-subject" />
        </Form.Item>
        {duplicate ? <CommendationDuplicateWarning error={duplicate} name={[name, 'allowDuplicate']} /> : null}
      </Col>
      <Col xs={22} lg={9}>
        <Form.Item name={[name, 'achievement']} rules={[r.required, r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={text.achievementHint} data-testid="recipient-achievement" />
        </Form.Item>
      </Col>
      <Col xs={20} lg={4}>
        <Form.Item name={[name, 'note']} rules={[r.max(LIMITS.textMax)]}>
          <Input placeholder={text.note} />
        </Form.Item>
      </Col>
      <Col flex="32px">
        <Tooltip title={text.remove}>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={text.remove} data-testid="remove-recipient" />
        </Tooltip>
      </Col>
    </Row>
  );
}

/**
 * The rows of the batch: add and remove rows; errors show on the row and field they concern, a
 * duplicate as the row's warning with its "second award" checkbox.
 */
export function RecipientsTable({ failedRows, duplicates = {} }: { failedRows: number[]; duplicates?: Record<number, UserErrorLike> }) {
  const text = useTexts(TEXTS);
  const form = Form.useFormInstance<EntryValues>();
  const count = (Form.useWatch('recipients') as RecipientValues[] | undefined)?.length ?? 0;
  return (
    <Form.List
      name="recipients"
      rules={[{ validator: async (_, rows?: unknown[]) => (rows?.length ? undefined : Promise.reject(new Error(text.listRequired))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Card
          title={`${text.card} (${count})`}
          extra={
            <Button icon={<CopyOutlined />} onClick={() => form.setFieldValue('recipients', fillAchievements(form.getFieldValue('recipients') ?? []))}>
              {text.fill}
            </Button>
          }
        >
          {fields.map((field, index) => (
            <RecipientRow
              key={field.key}
              name={field.name}
              index={index}
              onRemove={() => remove(field.name)}
              failed={failedRows.includes(index)}
              duplicate={duplicates[index]}
            />
          ))}
          <Form.ErrorList errors={errors} />
          <Space style={{ marginTop: 8 }}>
            <Button icon={<PlusOutlined />} onClick={() => add(emptyRecipient(form.getFieldValue('subjectKind') ?? 'COLLECTIVE'))} data-testid="add-recipient">
              {text.add}
            </Button>
          </Space>
        </Card>
      )}
    </Form.List>
  );
}
