import { Link } from 'react-router';
import { Table, Tag, Typography } from 'antd';
import { CommendationStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { CommendationActions } from '../commendations';

export const AwardsTable_commendation = graphql(`
  fragment AwardsTable_commendation on Commendation {
    id year achievement status
    awardType { id nameVi nameEn }
    unit { id name }
    person { id fullName }
    household { id name }
    decision { id number issuedOn issuer }
    bloc { id name }
    ...CommendationActions_commendation
  }
`);

const TEXTS = {
  subject: { vi: 'Đối tượng', en: 'Recipient' },
  award: { vi: 'Danh hiệu, hình thức', en: 'Award' },
  achievement: { vi: 'Thành tích', en: 'Achievement' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  bloc: { vi: 'Khối', en: 'Bloc' },
  noNumber: { vi: '(không số)', en: '(no number)' },
};

interface Props {
  rows: readonly FragmentType<typeof AwardsTable_commendation>[];
  loading?: boolean;
  /** Hide the recipient column (a unit's own page) or the bloc column. */
  hide?: ('subject' | 'bloc')[];
}

/** Commendations as a table: year, recipient, award, achievement, decision (linked). */
export function AwardsTable({ rows: refs, loading, hide = [] }: Props) {
  const rows = getFragmentData(AwardsTable_commendation, refs);
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const mayWrite = useCan('write:domain');
  type Row = (typeof rows)[number];
  const subject = (c: Row) =>
    c.unit ? (
      <Link to={`/units/${encodeURIComponent(c.unit.id)}`}>{c.unit.name}</Link>
    ) : c.person ? (
      <Link to={`/people/${encodeURIComponent(c.person.id)}`}>{c.person.fullName}</Link>
    ) : (
      c.household?.name
    );
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={[...rows]}
      locale={{ emptyText: t('empty') }}
      scroll={{ x: true }}
      data-testid="awards-table"
      columns={[
        { title: t('year'), dataIndex: 'year', width: 64 },
        ...(hide.includes('subject') ? [] : [{ title: text.subject, key: 'subject', render: (_: unknown, c: Row) => subject(c) }]),
        {
          title: text.award,
          key: 'award',
          render: (_, c) => (
            <>
              <Link to={`/commendations/${encodeURIComponent(c.id)}`}>{language === 'vi' ? c.awardType.nameVi : c.awardType.nameEn}</Link>
              {c.status === 'AWARDED' ? null : <Tag style={{ marginLeft: 8 }}>{vocab(CommendationStatus, c.status)}</Tag>}
            </>
          ),
        },
        {
          title: text.achievement,
          dataIndex: 'achievement',
          render: (a: string) => (
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: a }} style={{ margin: 0 }}>
              {a}
            </Typography.Paragraph>
          ),
        },
        ...(hide.includes('bloc')
          ? []
          : [
              {
                title: text.bloc,
                key: 'bloc',
                render: (_: unknown, c: Row) => (c.bloc ? <Link to={`/blocs/${encodeURIComponent(c.bloc.id)}`}>{c.bloc.name}</Link> : null),
              },
            ]),
        {
          title: text.decision,
          key: 'decision',
          width: 150,
          render: (_, c) =>
            c.decision ? (
              <Link to={`/decisions/${encodeURIComponent(c.decision.id)}`} title={c.decision.issuer}>
                {c.decision.number ?? text.noNumber}
                {c.decision.issuedOn ? ` (${formatDate(c.decision.issuedOn)})` : ''}
              </Link>
            ) : null,
        },
        { key: 'actions', width: 120, hidden: !mayWrite, render: (_: unknown, c: Row) => <CommendationActions commendation={c} /> },
      ]}
    />
  );
}
