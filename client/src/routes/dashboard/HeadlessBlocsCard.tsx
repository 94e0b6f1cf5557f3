import { Link } from 'react-router';
import { Alert, Card, Typography } from 'antd';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { ItemList } from './ItemList';

export const DashboardHeadlessBlocs_query = graphql(`
  fragment DashboardHeadlessBlocs_query on Query {
    headlessBlocs: blocs(first: 20, filter: { withoutHeadInYear: { eq: $year } }) {
      totalCount
      nodes { id name code members(year: $year) { unit { id } } }
    }
  }
`);

const TEXTS = {
  title: { vi: 'Khối chưa có trưởng khối năm', en: 'Blocs without a head in' },
  all: { vi: 'Tất cả khối', en: 'All blocs' },
  none: { vi: 'Mọi khối đều đã có trưởng khối.', en: 'Every bloc has a head.' },
};

/** Blocs with no head assigned for the year: the Board's reminder to settle the rotation. */
export function HeadlessBlocsCard({ query, year }: { query: FragmentType<typeof DashboardHeadlessBlocs_query>; year: number }) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const { headlessBlocs } = getFragmentData(DashboardHeadlessBlocs_query, query);
  const members = (n: number) => (language === 'vi' ? `${formatNumber(n)} thành viên năm ${year}` : `${formatNumber(n)} members in ${year}`);
  const more = headlessBlocs.totalCount - headlessBlocs.nodes.length;
  return (
    <Card title={`${text.title} ${year}`} extra={<Link to="/blocs">{text.all}</Link>} data-testid="dashboard-headless-blocs">
      {headlessBlocs.nodes.length === 0 ? (
        <Alert type="success" showIcon title={text.none} />
      ) : (
        <ItemList
          items={headlessBlocs.nodes}
          keyOf={(b) => b.id}
          itemTestId="dashboard-headless-bloc"
          footer={more > 0 ? (language === 'vi' ? `Và ${formatNumber(more)} khối khác.` : `And ${formatNumber(more)} more.`) : undefined}
        >
          {(b) => (
            <>
              <Link to={`/blocs/${encodeURIComponent(b.id)}`}>{b.name}</Link>
              <div>
                <Typography.Text type="secondary">{`${b.code} · ${members(b.members.length)}`}</Typography.Text>
              </div>
            </>
          )}
        </ItemList>
      )}
    </Card>
  );
}
