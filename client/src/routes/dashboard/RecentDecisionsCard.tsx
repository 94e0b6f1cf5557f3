import { Link } from 'react-router';
import { Card, Empty, Typography } from 'antd';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { ItemList } from './ItemList';

export const DashboardDecisions_query = graphql(`
  fragment DashboardDecisions_query on Query {
    recentDecisions: decisions(first: 5, orderBy: [{ field: ISSUED_ON, direction: DESC }]) {
      totalCount
      nodes { id number issuedOn issuer subject }
    }
  }
`);

const TEXTS = {
  title: { vi: 'Quyết định mới nhất', en: 'Latest decisions' },
  all: { vi: 'Tất cả quyết định', en: 'All decisions' },
  noNumber: { vi: 'Chưa rõ số', en: 'No number' },
  noDate: { vi: 'chưa rõ ngày', en: 'date unknown' },
  empty: { vi: 'Chưa có quyết định nào.', en: 'No decisions yet.' },
};

/** The latest decisions by signing date (undated ones last), each linking to its page. */
export function RecentDecisionsCard({ query }: { query: FragmentType<typeof DashboardDecisions_query> }) {
  const text = useTexts(TEXTS);
  const { recentDecisions } = getFragmentData(DashboardDecisions_query, query);
  return (
    <Card title={text.title} extra={<Link to="/decisions">{text.all}</Link>} data-testid="dashboard-decisions">
      {recentDecisions.nodes.length === 0 ? (
        <Empty description={text.empty} />
      ) : (
        <ItemList items={recentDecisions.nodes} keyOf={(d) => d.id} itemTestId="dashboard-decision">
          {(d) => (
            <>
              <Link to={`/decisions/${encodeURIComponent(d.id)}`}>
                {d.number ?? text.noNumber} · {d.issuedOn ? formatDate(d.issuedOn) : text.noDate}
              </Link>
              <div>
                <Typography.Text type="secondary">{d.issuer}</Typography.Text>
              </div>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: d.subject }} style={{ margin: 0 }}>
                {d.subject}
              </Typography.Paragraph>
            </>
          )}
        </ItemList>
      )}
    </Card>
  );
}
