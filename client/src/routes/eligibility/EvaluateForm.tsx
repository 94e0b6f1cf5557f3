import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, InputNumber, Select, Space } from 'antd';
import { graphql } from '../../gql';
import { PersonPicker, UnitPicker } from '../../components/pickers';
import { QueryError } from './QueryError';
import { useLanguage, useTexts } from '../../i18n/language';
import { EligibilityReport } from './EligibilityReport';
import { eligibilityTexts } from './texts';

const EvaluateQuery = graphql(`
  query EvaluateEligibility($subjectId: ID!, $awardTypeCode: String!, $year: Int!, $proposedUnitIds: [ID!]) {
    evaluateEligibility(subjectId: $subjectId, awardTypeCode: $awardTypeCode, year: $year, proposedUnitIds: $proposedUnitIds) { ...EligibilityReport_report }
  }
`);

const AwardCodesQuery = graphql(`
  query EligibilityAwardCodes($kind: SubjectKind!) {
    awardTypes(first: 100, filter: { subjectKind: { eq: $kind } }, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id code nameVi } }
  }
`);

interface Values {
  kind: 'COLLECTIVE' | 'INDIVIDUAL';
  subjectId: string;
  awardTypeCode: string;
  year: number;
  proposedUnitIds?: string[];
}

/** Evaluates a unit or a person for a proposed award and year, and shows the per-rule report. */
export function EvaluateForm() {
  const tx = useTexts(eligibilityTexts);
  const { language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<Values['kind']>('INDIVIDUAL');
  const codes = useQuery(AwardCodesQuery, { variables: { kind } });
  const [run, { data, loading, error }] = useLazyQuery(EvaluateQuery, { fetchPolicy: 'network-only' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={tx.evaluateHelp} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ kind, year: new Date().getFullYear() - 1 }}
        onFinish={(v) =>
          void run({
            variables: {
              subjectId: v.subjectId,
              awardTypeCode: v.awardTypeCode,
              year: v.year,
              proposedUnitIds: v.proposedUnitIds?.length ? v.proposedUnitIds : null,
            },
          })
        }
      >
        <Form.Item name="kind" label={tx.subjectKind}>
          <Select
            style={{ width: 140 }}
            onChange={(k: Values['kind']) => (setKind(k), form.setFieldsValue({ subjectId: undefined, awardTypeCode: undefined }))}
            options={[
              { value: 'INDIVIDUAL', label: language === 'vi' ? 'Cá nhân' : 'Individual' },
              { value: 'COLLECTIVE', label: language === 'vi' ? 'Tập thể' : 'Collective' },
            ]}
          />
        </Form.Item>
        <Form.Item name="subjectId" label={tx.subject} rules={[{ required: true, message: '' }]}>
          {kind === 'INDIVIDUAL' ? (
            <PersonPicker style={{ width: 260 }} data-testid="evaluate-subject" />
          ) : (
            <UnitPicker style={{ width: 260 }} data-testid="evaluate-subject" />
          )}
        </Form.Item>
        <Form.Item name="awardTypeCode" label={tx.award} rules={[{ required: true, message: '' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 300 }}
            data-testid="evaluate-award"
            options={codes.data?.awardTypes.nodes.map((a) => ({ value: a.code, label: a.nameVi }))}
          />
        </Form.Item>
        <Form.Item name="year" label={tx.year} rules={[{ required: true, message: '' }]}>
          <InputNumber min={1945} max={2100} data-testid="evaluate-year" />
        </Form.Item>
        {kind === 'COLLECTIVE' && (
          <Form.Item name="proposedUnitIds" label={tx.proposed} tooltip={tx.proposedHelp}>
            <UnitPicker mode="multiple" style={{ width: 320 }} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={loading} data-testid="evaluate-submit">
          {tx.evaluate}
        </Button>
      </Form>
      {error && <QueryError error={error} />}
      {data?.evaluateEligibility && <EligibilityReport report={data.evaluateEligibility} />}
    </Space>
  );
}
