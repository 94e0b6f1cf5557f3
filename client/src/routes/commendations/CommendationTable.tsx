import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { Space, Tag, Typography } from 'antd';
import { CommendationStatus, SubjectKind } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CommendationTable_CommendationFragment as Row } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels, type ExportableColumn } from '../../components/export/exportColumns';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import type { listSort } from '../../lib/listSort';
import type { useListParams } from '../../lib/useListParams';
import { CommendationActions } from './CommendationActions';
import { statusColor } from './CommendationSummary';
import { commendationTexts } from './commendationListTexts';

export const CommendationTable_commendation = graphql(`
  fragment CommendationTable_commendation on Commendation {
    id year achievement status subjectKind
    unit { id name }
    person { id fullName }
    household { id name }
    awardType { id nameVi nameEn }
    decision { id number issuer issuedOn }
    ...CommendationActions_commendation
  }
`);

export type CommendationColumn = 'recipient' | 'awardType' | 'year' | 'achievement' | 'decision' | 'status' | 'actions';

interface Props {
  list: ReturnType<typeof useListParams>;
  connection:
    | {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
        nodes: FragmentType<typeof CommendationTable_commendation>[];
      }
    | undefined;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Sorting by year and award rank, held in the URL. */
  sort: ReturnType<typeof listSort<'YEAR' | 'AWARD_RANK'>>;
  /** Columns a page leaves out (e.g. the decision on a decision's own page). */
  hide?: CommendationColumn[];
  /**
   * "Xuất Excel" of the whole list (see ConnectionTable). The recipient column is exported from
   * `subject.name`: the query must select `subject { ... on Unit { name } ... on Person { name: fullName } ... on Household { name } }`.
   */
  exportAs?: ComponentProps<typeof ConnectionTable>['exportAs'];
}

/** Commendations in a server-paged table: who received what, for which year, by which decision. */
export function CommendationTable({ list, connection, loading, error, onRetry, sort, hide = [], exportAs }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(commendationTexts);
  const vocab = useVocabularyLabel();
  const mayWrite = useCan('write:domain');
  const rows = connection?.nodes.map((node) => getFragmentData(CommendationTable_commendation, node));
  const columns: (ExportableColumn<Row> & { key: CommendationColumn })[] = [
    {
      key: 'recipient',
      title: tx.recipient,
      export: { path: 'subject.name' },
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Recipient row={row} />
          <Typography.Text type="secondary">{vocab(SubjectKind, row.subjectKind)}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'awardType',
      title: tx.awardType,
      ...sort.column('AWARD_RANK'),
      export: { path: language === 'vi' ? 'awardType.nameVi' : 'awardType.nameEn' },
      render: (_, row) => <Link to={`/commendations/${encodeURIComponent(row.id)}`}>{language === 'vi' ? row.awardType.nameVi : row.awardType.nameEn}</Link>,
    },
    { key: 'year', title: t('year'), dataIndex: 'year', ...sort.column('YEAR') },
    { key: 'achievement', title: tx.achievement, dataIndex: 'achievement', width: '36%' },
    {
      key: 'decision',
      title: tx.decision,
      export: { path: 'decision.number' },
      render: (_, row) =>
        row.decision ? (
          <Space orientation="vertical" size={0}>
            <Link to={`/decisions/${encodeURIComponent(row.decision.id)}`}>{row.decision.number ?? tx.noNumber}</Link>
            <Typography.Text type="secondary">{[row.decision.issuer, formatDate(row.decision.issuedOn)].filter(Boolean).join(', ')}</Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{tx.noDecision}</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: tx.status,
      dataIndex: 'status',
      export: { labels: vocabularyLabels(CommendationStatus, language) },
      render: (status: Row['status']) => <Tag color={statusColor[status]}>{vocab(CommendationStatus, status)}</Tag>,
    },
    { key: 'actions', hidden: !mayWrite, render: (_, row) => <CommendationActions commendation={row} /> },
  ];
  return (
    <ConnectionTable<Row>
      list={list}
      rows={rows}
      pageInfo={connection?.pageInfo}
      totalCount={connection?.totalCount}
      loading={loading}
      error={error}
      onRetry={onRetry}
      exportAs={exportAs}
      columns={columns.filter((column) => !hide.includes(column.key))}
    />
  );
}

/** The unit, person or household commended, linked to its page (a household: the households list, searched for it). */
function Recipient({ row }: { row: Row }) {
  if (row.unit) return <Link to={`/units/${encodeURIComponent(row.unit.id)}`}>{row.unit.name}</Link>;
  if (row.person) return <Link to={`/people/${encodeURIComponent(row.person.id)}`}>{row.person.fullName}</Link>;
  if (row.household) return <Link to={`/households?q=${encodeURIComponent(row.household.name)}`}>{row.household.name}</Link>;
  return null;
}
