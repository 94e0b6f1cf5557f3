import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CouncilResult, CouncilStatus } from '@thidua/shared';
import { getFragmentData, graphql } from '../../gql';
import type { CouncilSessionRowFragment, CouncilStatus as Status } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels, type ExportableColumn } from '../../components/export/exportColumns';
import { connectionProps } from '../../components/connectionProps';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { formatDate } from '../../lib/format';
import { intParam } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { councilFilter } from './councilFilter';
import { CouncilStatusTag } from './councilTags';
import { CreateCouncilModal } from './CreateCouncilModal';
import { councilTexts } from './texts';

const CouncilSessionRow = graphql(`
  fragment CouncilSessionRow on CouncilSession {
    id title year meetingDate status
    agenda { result }
  }
`);

const CouncilSessionsQuery = graphql(`
  query CouncilSessionsPage($first: Int, $after: String, $last: Int, $before: String, $filter: CouncilSessionFilter) {
    councilSessions(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...CouncilSessionRow }
    }
  }
`);

type Row = CouncilSessionRowFragment;

/** The council's sessions, newest first, filtered by year and status (in the URL); the Board creates one. */
export function Component() {
  const { t, language } = useLanguage();
  const vocab = useVocabularyLabel();
  const tx = useTexts(councilTexts);
  const list = useListParams();
  const mayCreate = useCan('write:domain');
  const [creating, setCreating] = useState(false);
  const filters = { filter: councilFilter(list.get) };
  const result = useQuery(CouncilSessionsQuery, { variables: { ...list.paging, ...filters } });
  const { year, status } = filters.filter;
  const { connection: sessions, ...state } = connectionProps(result, (d) => d.councilSessions);
  const columns: ExportableColumn<Row>[] = [
    { title: tx.title, dataIndex: 'title', render: (title: string, s) => <Link to={`/council/${encodeURIComponent(s.id)}`}>{title}</Link> },
    { title: t('year'), dataIndex: 'year', width: 90 },
    {
      title: tx.meetingDate,
      dataIndex: 'meetingDate',
      width: 130,
      export: { format: 'DATE' },
      render: (date: string | null) => (date ? formatDate(date) : tx.none),
    },
    {
      title: tx.status,
      dataIndex: 'status',
      width: 170,
      export: { labels: vocabularyLabels(CouncilStatus, language) },
      render: (status: Status) => <CouncilStatusTag status={status} />,
    },
    {
      title: tx.lines,
      key: 'lines',
      // The number of lines is not a field of the session: the file has each line's result.
      export: { path: 'agenda.result', labels: vocabularyLabels(CouncilResult, language) },
      width: 160,
      render: (_, s) =>
        s.status === 'CLOSED' ? `${s.agenda.length} · ${tx.passed} ${s.agenda.filter((a) => a.result === 'PASSED').length}` : String(s.agenda.length),
    },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {tx.sessions}
        </Typography.Title>
        {mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-council">
            {tx.create}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <YearSelect placeholder={t('year')} value={intParam(list.get('year'))} onChange={(year) => list.update({ year })} style={{ width: 110 }} />
        <VocabularySelect
          vocabulary={CouncilStatus}
          allowClear
          placeholder={tx.status}
          value={list.get('status') as Status | undefined}
          onChange={(status) => list.update({ status })}
          style={{ width: 200 }}
          data-testid="council-filter-status"
        />
      </Space>
      <ConnectionTable<Row>
        presence
        list={list}
        rows={sessions?.nodes.map((n) => getFragmentData(CouncilSessionRow, n))}
        pageInfo={sessions?.pageInfo}
        totalCount={sessions?.totalCount}
        {...state}
        empty={tx.empty}
        exportAs={{
          title: tx.sessions,
          query: CouncilSessionsQuery,
          variables: filters,
          description: describeFilters([
            [t('year'), year?.eq != null && String(year.eq)],
            [tx.status, status?.eq && vocab(CouncilStatus, status.eq)],
          ]),
        }}
        columns={columns}
      />
      <CreateCouncilModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
