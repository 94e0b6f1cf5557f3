import { Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { Col, Row, Select, Space, Spin, Typography } from 'antd';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { useLanguage, useTexts } from '../../i18n/language';
import { CommendationsCard, Trends } from './CommendationsCard';
import { HeadlessBlocsCard } from './HeadlessBlocsCard';
import { RecentDecisionsCard } from './RecentDecisionsCard';
import { YearCovenantsCard } from './YearCovenantsCard';
import { useDashboardYear, yearOptions } from './useDashboardYear';

const DashboardQuery = graphql(`
  query DashboardPage($year: Int!) {
    ...DashboardCommendations_query
    ...DashboardDecisions_query
    ...DashboardCovenants_query
    ...DashboardHeadlessBlocs_query
  }
`);

const TEXTS = {
  year: { vi: 'Năm', en: 'Year' },
  subtitle: { vi: 'Tình hình thi đua, khen thưởng trong năm', en: 'Emulation and commendation at a glance' },
};

/** The officer's first screen: commendations over the years, latest decisions, the year's covenants and blocs without a head. */
export function Component() {
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const [year, setYear] = useDashboardYear();
  const { data, previousData, loading, error, refetch } = useQuery(DashboardQuery, { variables: { year } });
  const shown = data ?? previousData;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('dashboard')}
          </Typography.Title>
          <Typography.Text type="secondary">{text.subtitle}</Typography.Text>
        </div>
        <Space>
          {loading && shown ? <Spin size="small" /> : null}
          <label htmlFor="dashboard-year">{text.year}</label>
          <Select<number>
            id="dashboard-year"
            data-testid="year-select"
            value={year}
            onChange={setYear}
            options={yearOptions(new Date().getFullYear(), year).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Space>
      </Space>
      <QueryState loading={loading && !shown} error={error} onRetry={() => void refetch()}>
        {shown ? (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <CommendationsCard query={shown} year={year} />
            </Col>
            <Col xs={24} xl={8}>
              <RecentDecisionsCard query={shown} />
            </Col>
            <Col xs={24} lg={12}>
              <YearCovenantsCard query={shown} year={year} />
            </Col>
            <Col xs={24} lg={12}>
              <HeadlessBlocsCard query={shown} year={year} />
            </Col>
            <Col xs={24}>
              <Suspense fallback={null}>
                <Trends />
              </Suspense>
            </Col>
          </Row>
        ) : null}
      </QueryState>
    </Space>
  );
}
