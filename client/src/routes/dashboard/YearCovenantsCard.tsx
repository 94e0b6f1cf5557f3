import { Link } from 'react-router';
import { Card, Empty, Progress, Space, Tag, Typography } from 'antd';
import { CovenantStatus } from '@thidua/shared';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { ItemList } from './ItemList';

export const DashboardCovenants_query = graphql(`
  fragment DashboardCovenants_query on Query {
    yearCovenants: covenants(first: 50, filter: { year: { eq: $year } }) {
      totalCount
      nodes { id title year status signedCount memberCount bloc { id name } }
    }
  }
`);

const TEXTS = {
  title: { vi: 'Giao ước thi đua năm', en: 'Covenants of' },
  all: { vi: 'Tất cả giao ước', en: 'All covenants' },
  empty: { vi: 'Chưa có giao ước nào cho năm này.', en: 'No covenant for this year yet.' },
  more: { vi: 'Còn giao ước khác, xem trong danh sách.', en: 'More covenants in the list.' },
};

/** Share of member units that signed, as a whole percentage (a bloc with no members counts as 0 %). */
export function signedPercent(signed: number, members: number): number {
  return members > 0 ? Math.round((Math.min(signed, members) / members) * 100) : 0;
}

/** The year's covenants and how many member units have signed each (signed / members). */
export function YearCovenantsCard({ query, year }: { query: FragmentType<typeof DashboardCovenants_query>; year: number }) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const { yearCovenants } = getFragmentData(DashboardCovenants_query, query);
  const signedLabel = (signed: number, members: number) =>
    language === 'vi' ? `${formatNumber(signed)}/${formatNumber(members)} đơn vị đã ký` : `${formatNumber(signed)}/${formatNumber(members)} units signed`;
  return (
    <Card title={`${text.title} ${year}`} extra={<Link to="/covenants">{text.all}</Link>} data-testid="dashboard-covenants">
      {yearCovenants.nodes.length === 0 ? (
        <Empty description={text.empty} />
      ) : (
        <ItemList
          items={yearCovenants.nodes}
          keyOf={(c) => c.id}
          itemTestId="dashboard-covenant"
          footer={yearCovenants.totalCount > yearCovenants.nodes.length ? text.more : undefined}
        >
          {(c) => (
            <>
              <Space wrap size={4}>
                <Link to={`/covenants/${encodeURIComponent(c.id)}`}>{c.title}</Link>
                <Tag color={c.memberCount > 0 && c.signedCount >= c.memberCount ? 'green' : 'default'}>{vocab(CovenantStatus, c.status)}</Tag>
              </Space>
              <div>
                <Typography.Text type="secondary">{c.bloc.name}</Typography.Text>
              </div>
              <Progress
                percent={signedPercent(c.signedCount, c.memberCount)}
                status={c.memberCount > 0 && c.signedCount >= c.memberCount ? 'success' : 'normal'}
                format={() => signedLabel(c.signedCount, c.memberCount)}
                aria-label={signedLabel(c.signedCount, c.memberCount)}
                size="small"
              />
            </>
          )}
        </ItemList>
      )}
    </Card>
  );
}
