import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row } from 'antd';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AwardLevel, CommendationKind, SubjectKind } from '@thidua/shared';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { seriesColor } from './seriesColors';
import { directWorkerShare, pivotByYear } from './trendSeries';

const TrendsQuery = graphql(`
  query DashboardTrends {
    byLevel: commendationStats(groupBy: [YEAR, ISSUING_LEVEL], filter: { not: { status: { eq: REVOKED } } }) { count key { year level } }
    byKind: commendationStats(groupBy: [KIND], filter: { not: { status: { eq: REVOKED } } }) { count key { kind } }
    bySubject: commendationStats(groupBy: [YEAR, SUBJECT_KIND], filter: { not: { status: { eq: REVOKED } } }) { count key { year subjectKind } }
    byCategory: commendationStats(
      groupBy: [YEAR, RECIPIENT_CATEGORY]
      filter: { subjectKind: { eq: INDIVIDUAL }, not: { status: { eq: REVOKED } } }
    ) { count key { year recipientCategory } }
    dossierDecisionTimes { year dossiers averageDays medianDays maxDays }
  }
`);

const TEXTS = {
  byLevel: { vi: 'Khen thưởng theo cấp qua các năm', en: 'Awards by level over the years' },
  byKind: { vi: 'Khen thưởng theo loại hình', en: 'Awards by kind' },
  bySubject: { vi: 'Tập thể, cá nhân, hộ gia đình', en: 'Collectives, individuals, households' },
  directWorkers: { vi: 'Tỷ lệ người lao động trực tiếp trong cá nhân được khen (%)', en: "Direct workers' share of individual awards (%)" },
  share: { vi: 'Tỷ lệ (%)', en: 'Share (%)' },
  decisionTimes: { vi: 'Số ngày từ khi gửi hồ sơ đến quyết định', en: 'Days from sending a dossier to its decision' },
  average: { vi: 'Trung bình', en: 'Average' },
  median: { vi: 'Trung vị', en: 'Median' },
  none: { vi: 'Chưa có số liệu.', en: 'No data yet.' },
  noIndividuals: { vi: 'Chưa có khen thưởng cá nhân nào được ghi nhận.', en: 'No individual awards recorded yet.' },
  noDossiers: {
    vi: 'Chưa có hồ sơ nào được gửi qua hệ thống rồi có quyết định (hồ sơ ghi lại sau quyết định không có ngày gửi).',
    en: 'No dossier sent through the system has a decision yet (dossiers recorded after their decision have no sending date).',
  },
};

function ChartCard({ title, testId, empty, emptyText, children }: { title: string; testId: string; empty: boolean; emptyText: string; children: ReactNode }) {
  return (
    <Card title={title} size="small" data-testid={testId}>
      {empty ? (
        <Empty description={emptyText} />
      ) : (
        <div style={{ width: '100%', height: 260 }}>
          <ResponsiveContainer width="100%" height="100%">
            {children as never}
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}

/** The analyst's trends, loaded after the dashboard renders (recharts is large): levels, kinds, subjects, direct workers, decision times. */
export default function TrendCharts() {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const { data, loading, error, refetch } = useQuery(TrendsQuery);
  const label = (vocabulary: { labels: Record<string, { vi: string; en: string }> }, value: string) => vocabulary.labels[value]?.[language] ?? value;
  const levels = data ? pivotByYear(data.byLevel, (k) => k.level) : { rows: [], keys: [] };
  const subjects = data ? pivotByYear(data.bySubject, (k) => k.subjectKind) : { rows: [], keys: [] };
  const kinds = (data?.byKind ?? []).map((g) => ({ name: label(CommendationKind, g.key.kind ?? ''), value: g.count }));
  const share = data ? directWorkerShare(data.byCategory) : [];
  const times = data?.dossierDecisionTimes ?? [];
  const tooltip = <Tooltip formatter={(value) => formatNumber(Number(value))} />;
  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <Row gutter={[16, 16]} data-testid="dashboard-trends">
        <Col xs={24} lg={12}>
          <ChartCard title={text.byLevel} testId="trend-levels" empty={!levels.rows.length} emptyText={text.none}>
            <BarChart data={levels.rows}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis allowDecimals={false} width={40} />
              {tooltip}
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {levels.keys.map((key, i) => (
                <Bar key={key} dataKey={key} name={label(AwardLevel, key)} stackId="l" fill={seriesColor(i)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={text.byKind} testId="trend-kinds" empty={!kinds.length} emptyText={text.none}>
            <PieChart>
              <Pie data={kinds} dataKey="value" nameKey="name" outerRadius={90} label isAnimationActive={false}>
                {kinds.map((k, i) => (
                  <Cell key={k.name} fill={seriesColor(i)} />
                ))}
              </Pie>
              {tooltip}
              <Legend wrapperStyle={{ fontSize: 12 }} />
            </PieChart>
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={text.bySubject} testId="trend-subjects" empty={!subjects.rows.length} emptyText={text.none}>
            <BarChart data={subjects.rows}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis allowDecimals={false} width={40} />
              {tooltip}
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {subjects.keys.map((key, i) => (
                <Bar key={key} dataKey={key} name={label(SubjectKind, key)} fill={seriesColor(i)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={text.directWorkers} testId="trend-direct-workers" empty={!share.length} emptyText={text.noIndividuals}>
            <LineChart data={share}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis domain={[0, 100]} width={40} />
              <Tooltip formatter={(value) => `${value}%`} />
              <Line dataKey="share" name={text.share} stroke={seriesColor(0)} isAnimationActive={false} />
            </LineChart>
          </ChartCard>
        </Col>
        <Col xs={24}>
          <ChartCard title={text.decisionTimes} testId="trend-decision-times" empty={!times.length} emptyText={text.noDossiers}>
            <BarChart data={times}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis width={40} />
              {tooltip}
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="averageDays" name={text.average} fill={seriesColor(1)} isAnimationActive={false} />
              <Bar dataKey="medianDays" name={text.median} fill={seriesColor(2)} isAnimationActive={false} />
            </BarChart>
          </ChartCard>
        </Col>
      </Row>
    </QueryState>
  );
}
