import { lazy, Suspense, useMemo } from 'react';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { countOf, toYearAwardSeries, type AwardSeries } from './commendationSeries';
import { FigureTable, type FigureColumn } from './FigureTable';

const chartChunk = () => import('./CommendationChart');
const CommendationChart = lazy(chartChunk);
/** The trend charts, from the same lazy chunk (one list of its files on the first screen, whose budget is full). */
export const Trends = lazy(() => chartChunk().then((chunk) => ({ default: chunk.Trends })));

export const DashboardCommendations_query = graphql(`
  fragment DashboardCommendations_query on Query {
    commendationStats(groupBy: [YEAR, AWARD_TYPE], filter: { not: { status: { eq: REVOKED } } }) {
      count
      key { year awardType { id nameVi nameEn rank } }
    }
  }
`);

const TEXTS = {
  title: { vi: 'Khen thưởng theo năm và danh hiệu', en: 'Commendations by year and award type' },
  note: { vi: 'Không tính khen thưởng đã thu hồi.', en: 'Revoked commendations are not counted.' },
  award: { vi: 'Danh hiệu, hình thức', en: 'Award type' },
  total: { vi: 'Tổng', en: 'Total' },
  empty: { vi: 'Chưa có khen thưởng nào được ghi nhận.', en: 'No commendations recorded yet.' },
};

/** Years shown as table columns: the most recent ones; the chart shows them all. */
const TABLE_YEARS = 6;

export function CommendationsCard({ query, year }: { query: FragmentType<typeof DashboardCommendations_query>; year: number }) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const { commendationStats } = getFragmentData(DashboardCommendations_query, query);
  const data = useMemo(() => toYearAwardSeries(commendationStats), [commendationStats]);
  const tableYears = data.years.slice(-TABLE_YEARS);

  const columns: FigureColumn<AwardSeries>[] = [
    { key: 'award', title: text.award, render: (s) => (language === 'vi' ? s.nameVi : s.nameEn) },
    ...tableYears.map((y) => ({
      key: String(y),
      title: y === year ? <strong>{y}</strong> : String(y),
      numeric: true,
      render: (s: AwardSeries) => formatNumber(countOf(data, y, s.dataKey)),
    })),
    { key: 'total', title: text.total, numeric: true, render: (s) => <strong>{formatNumber(s.total)}</strong> },
  ];

  return (
    <Card title={text.title} data-testid="dashboard-commendations">
      {data.total === 0 ? (
        <Empty description={text.empty} />
      ) : (
        <>
          <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
            <CommendationChart data={data} selectedYear={year} />
          </Suspense>
          <FigureTable<AwardSeries>
            columns={columns}
            rows={data.series}
            rowKey={(s) => s.dataKey}
            data-testid="commendation-table"
            footer={[text.total, ...tableYears.map((y) => formatNumber(data.rows.find((r) => r.year === y)?.total ?? 0)), formatNumber(data.total)]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {text.note}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
