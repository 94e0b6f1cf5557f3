import { Link } from 'react-router';
import { Button, Card, Table, Tooltip } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { yearlyHistory, type UnitRef } from './history';

export const BlocHistoryCard_bloc = graphql(`
  fragment BlocHistoryCard_bloc on Bloc {
    yearRoles { id year role unit { id name } }
    leaders { id year note unit { id name } }
  }
`);

const TEXTS = {
  card: { vi: 'Trưởng khối và dẫn đầu khối qua các năm', en: 'Heads and leading units by year' },
  head: { vi: 'Trưởng khối', en: 'Head' },
  deputy: { vi: 'Phó khối', en: 'Deputy' },
  leader: { vi: 'Dẫn đầu khối', en: 'Leading unit' },
};

interface Props {
  bloc: FragmentType<typeof BlocHistoryCard_bloc>;
  year: number;
  onSelectYear(year: number): void;
}

/** Who headed and who led the bloc each year ("dẫn đầu khối" history). */
export function BlocHistoryCard({ bloc: ref, year, onSelectYear }: Props) {
  const bloc = getFragmentData(BlocHistoryCard_bloc, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const rows = yearlyHistory(bloc.yearRoles, bloc.leaders);
  const unit = (u?: UnitRef) => (u ? <Link to={`/units/${encodeURIComponent(u.id)}`}>{u.name}</Link> : null);
  return (
    <Card title={text.card} style={{ height: '100%' }}>
      <Table
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('empty') }}
        data-testid="leaders-table"
        rowClassName={(r) => (r.year === year ? 'ant-table-row-selected' : '')}
        scroll={{ x: true }}
        columns={[
          {
            title: t('year'),
            dataIndex: 'year',
            width: 72,
            render: (y: number) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelectYear(y)}>
                {y}
              </Button>
            ),
          },
          { title: text.head, key: 'head', render: (_, r) => unit(r.head) },
          { title: text.deputy, key: 'deputy', render: (_, r) => unit(r.deputy) },
          {
            title: (
              <>
                <TrophyOutlined /> {text.leader}
              </>
            ),
            key: 'leader',
            render: (_, r) =>
              r.leader ? (
                <Tooltip title={r.leaderNote}>
                  <span data-testid={`leader-${r.year}`}>{unit(r.leader)}</span>
                </Tooltip>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
