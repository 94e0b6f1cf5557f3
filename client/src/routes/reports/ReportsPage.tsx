import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Radio, Space, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { StatisticsForm } from '@thidua/shared';
import { graphql } from '../../gql';
import type { StatisticsForm as Form } from '../../gql/graphql';
import { BlocPicker, UnitPicker } from '../../components/pickers';
import { QueryState } from '../../components/QueryState';
import { VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useTexts } from '../../i18n/language';
import { intParam } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { StatisticsTable } from './StatisticsTable';
import { reportTexts } from './texts';

const ReportQuery = graphql(`
  query ReportsPage($form: StatisticsForm!, $year: Int!, $scope: StatisticsScopeInput) {
    statisticsReport(form: $form, year: $year, scope: $scope) {
      form code title unitLabel year scopeLabel notes
      ...StatisticsTable_report
    }
  }
`);

type Scope = 'all' | 'unit' | 'bloc';

/** The download of the form as xlsx: the same figures, from the server, with the session cookie. */
export function exportUrl(form: Form, year: number, scope: { unitId?: string; blocId?: string }): string {
  const params = new URLSearchParams({ form, year: String(year) });
  if (scope.unitId) params.set('unitId', scope.unitId);
  if (scope.blocId) params.set('blocId', scope.blocId);
  return `/exports/statistics.xlsx?${params.toString()}`;
}

/** "Báo cáo thống kê": a form of the circular for a year and scope (all in the URL), laid out as the form, and its xlsx. */
export function Component() {
  const text = useTexts(reportTexts);
  const list = useListParams();
  const form = (StatisticsForm.values as string[]).includes(list.get('form') ?? '') ? (list.get('form') as Form) : 'F0603';
  const year = intParam(list.get('year')) ?? new Date().getFullYear() - 1;
  const scope: Scope = list.get('scope') === 'unit' ? 'unit' : list.get('scope') === 'bloc' ? 'bloc' : 'all';
  const unitId = scope === 'unit' ? list.get('unit') : undefined;
  const blocId = scope === 'bloc' ? list.get('bloc') : undefined;
  const waiting = (scope === 'unit' && !unitId) || (scope === 'bloc' && !blocId);
  const { data, previousData, loading, error, refetch } = useQuery(ReportQuery, {
    variables: { form, year, scope: unitId || blocId ? { unitId, blocId } : null },
    skip: waiting,
  });
  const report = (data ?? previousData)?.statisticsReport;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary">{text.subtitle}</Typography.Text>
        </div>
        <Link to="/reports/registry">{text.registry}</Link>
      </Space>
      <Space wrap align="center">
        <label htmlFor="report-form">{text.form}</label>
        <VocabularySelect<Form>
          id="report-form"
          data-testid="report-form"
          vocabulary={StatisticsForm}
          value={form}
          onChange={(value) => list.update({ form: value })}
          style={{ width: 440 }}
        />
        <label htmlFor="report-year">{text.year}</label>
        <YearSelect
          id="report-year"
          data-testid="report-year"
          allowClear={false}
          value={year}
          onChange={(value) => list.update({ year: value })}
          style={{ width: 110 }}
        />
        <Radio.Group
          aria-label={text.scope}
          optionType="button"
          value={scope}
          onChange={(e) => list.update({ scope: e.target.value === 'all' ? null : e.target.value, unit: null, bloc: null })}
          options={[
            { value: 'all', label: text.all },
            { value: 'unit', label: text.unit },
            { value: 'bloc', label: text.bloc },
          ]}
        />
        {scope === 'unit' ? (
          <UnitPicker placeholder={text.pickUnit} value={unitId} onChange={(value) => list.update({ unit: value as string })} style={{ width: 300 }} />
        ) : null}
        {scope === 'bloc' ? (
          <BlocPicker placeholder={text.pickBloc} value={blocId} onChange={(value) => list.update({ bloc: value as string })} style={{ width: 300 }} />
        ) : null}
        <Button
          type="primary"
          icon={<FileExcelOutlined />}
          href={waiting ? undefined : exportUrl(form, year, { unitId, blocId })}
          disabled={waiting}
          download
          data-testid="export-xlsx"
        >
          {text.export}
        </Button>
      </Space>
      {waiting ? (
        <Alert type="info" showIcon title={text.chooseScope} />
      ) : (
        <QueryState loading={loading && !report} error={error} onRetry={() => void refetch()}>
          {report ? (
            <Card>
              <Typography.Text strong>Biểu số: {report.code}</Typography.Text>
              <Typography.Title level={4} style={{ textAlign: 'center', margin: '8px 0 0' }} data-testid="report-title">
                {report.title}
              </Typography.Title>
              <Typography.Paragraph style={{ textAlign: 'center' }} italic>
                Năm {report.year} — {report.scopeLabel}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ textAlign: 'right' }} italic>
                {report.unitLabel}
              </Typography.Paragraph>
              <StatisticsTable report={report} />
              {report.notes.length ? (
                <div style={{ marginTop: 16 }} data-testid="report-notes">
                  <Typography.Text strong>{text.notes}</Typography.Text>
                  <ul>
                    {report.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </Card>
          ) : null}
        </QueryState>
      )}
    </Space>
  );
}
