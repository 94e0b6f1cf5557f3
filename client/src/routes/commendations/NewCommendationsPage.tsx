import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Breadcrumb, Button, Form, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import type { UserErrorLike } from '../../lib/userErrors';
import { formatNumber } from '../../lib/format';
import { emptyRecipient, placeBatchErrors, toRecordInput, type EntryValues } from './batch';
import { BatchFields } from './BatchFields';
import { DecisionFields } from './DecisionFields';
import { RecipientsTable } from './RecipientsTable';
import { RecordedResult, type Recorded } from './RecordedResult';
import { useRecordCommendations } from './useRecordCommendations';

const TEXTS = {
  title: { vi: 'Nhập khen thưởng theo quyết định', en: 'Enter commendations under a decision' },
  intro: {
    vi: 'Một quyết định, một danh hiệu hoặc hình thức, nhiều tập thể, cá nhân, hộ gia đình. Tất cả được lưu cùng lúc, hoặc không lưu gì nếu có lỗi.',
    en: 'One decision, one award, many collectives, individuals or households. Everything is saved at once, or nothing if there is an error.',
  },
  save: { vi: 'Lưu', en: 'Save' },
  rows: { vi: 'khen thưởng', en: 'commendations' },
  notSaved: {
    vi: 'Chưa lưu khen thưởng nào. Sửa các ô được đánh dấu đỏ rồi lưu lại; dữ liệu đã nhập vẫn giữ nguyên.',
    en: 'Nothing was saved. Fix the fields marked in red and save again; everything typed is kept.',
  },
  duplicates: {
    vi: 'Chưa lưu khen thưởng nào: có đối tượng đã được khen cùng danh hiệu, năm và quyết định. Xem cảnh báo ở từng dòng; nếu đúng là lần khen thứ hai, đánh dấu "Vẫn ghi nhận" rồi lưu lại, nếu không thì bỏ dòng đó.',
    en: 'Nothing was saved: some recipients already have this award for this year and decision. See the warning on each row; tick "Record anyway" if it really is a second award and save again, or remove the row.',
  },
};

const initialValues = (): EntryValues => ({
  decisionMode: 'new',
  decision: {},
  subjectKind: 'COLLECTIVE',
  year: new Date().getFullYear() - 1,
  kind: 'MERIT',
  recipients: [emptyRecipient('COLLECTIVE')],
});

/** Commendation entry: a batch of recipients under one new or existing decision, all or nothing. */
export function Component() {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const [form] = Form.useForm<EntryValues>();
  const [record, { loading }] = useRecordCommendations();
  const [problems, setProblems] = useState<string[] | null>(null);
  const [failed, setFailed] = useState<{ rows: number[]; total: number }>({ rows: [], total: 0 });
  const [duplicates, setDuplicates] = useState<Record<number, UserErrorLike>>({});
  // Refused for duplicates alone: the alert says how to confirm them rather than "fix the red fields".
  const [onlyDuplicates, setOnlyDuplicates] = useState(false);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const count = (Form.useWatch('recipients', form) ?? []).length;

  const submit = async (values: EntryValues) => {
    setProblems(null);
    setFailed({ rows: [], total: 0 });
    setDuplicates({});
    try {
      const { data } = await record({ variables: { input: toRecordInput(values) } });
      const payload = data!.recordCommendations;
      if (payload.userErrors.length) {
        const placed = placeBatchErrors(payload.userErrors, language);
        form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
        setFailed({ rows: placed.rows, total: values.recipients.length });
        setDuplicates(placed.duplicates);
        setOnlyDuplicates(!placed.fields.length && !placed.general.length);
        return setProblems(placed.general);
      }
      setRecorded({ count: payload.commendations.length, decision: payload.decision! });
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  const onValuesChange = (changed: Partial<EntryValues>, all: EntryValues) => {
    if (changed.subjectKind) {
      // Rows without a chosen recipient follow the batch's kind; the award must be chosen again for it.
      form.setFieldsValue({
        awardTypeId: undefined,
        recipients: all.recipients.map((r) => (r.subjectId ? r : { ...r, kind: changed.subjectKind! })),
      });
    }
    // Row marks hold while the rows stay where they were; adding or removing a row drops them.
    if (failed.rows.length && all.recipients.length !== failed.total) {
      setFailed({ rows: [], total: 0 });
      setDuplicates({});
    }
    // Another recipient on a warned row: its warning and confirmation no longer apply.
    const rechosen = (changed.recipients ?? []).flatMap((row, i) => (row && 'subjectId' in row && duplicates[i] ? [i] : []));
    if (rechosen.length) {
      setDuplicates(Object.fromEntries(Object.entries(duplicates).filter(([i]) => !rechosen.includes(Number(i)))));
      for (const i of rechosen) form.setFieldValue(['recipients', i, 'allowDuplicate'], false);
    }
  };

  const again = () => {
    form.resetFields();
    setProblems(null);
    setFailed({ rows: [], total: 0 });
    setDuplicates({});
    setRecorded(null);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/commendations">{t('commendations')}</Link> }, { title: text.title }]} />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {text.title}
      </Typography.Title>
      {recorded ? <RecordedResult recorded={recorded} onAgain={again} /> : null}
      <div hidden={!!recorded}>
        <Typography.Paragraph type="secondary">{text.intro}</Typography.Paragraph>
        {problems ? (
          <Alert
            type="error"
            showIcon
            title={onlyDuplicates ? text.duplicates : text.notSaved}
            description={problems.length ? problems.join(' ') : undefined}
            style={{ marginBottom: 16 }}
            data-testid="form-error"
          />
        ) : null}
        <Form form={form} layout="vertical" initialValues={initialValues()} onFinish={submit} onValuesChange={onValuesChange} scrollToFirstError>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <DecisionFields />
            <BatchFields />
            <RecipientsTable failedRows={failed.rows} duplicates={duplicates} />
            <Button type="primary" size="large" htmlType="submit" icon={<SaveOutlined />} loading={loading} data-testid="save-commendations">
              {text.save} {formatNumber(count)} {text.rows}
            </Button>
          </Space>
        </Form>
      </div>
    </Space>
  );
}
