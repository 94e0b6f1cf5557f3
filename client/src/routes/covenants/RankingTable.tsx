import { Link } from 'react-router';
import { Card, Empty, Table, Tag, Typography } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { RankingTable_CovenantFragment } from '../../gql/graphql';
import { useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';

export const RankingTable_covenant = graphql(`
  fragment RankingTable_covenant on Covenant {
    id
    ranking {
      rows {
        unit { id name }
        group rank tied totalScore selfTotal reviewTotal assignedMaxScore ratio canLead isLeader
        exclusions { code message }
      }
    }
  }
`);

const TEXTS = {
  card: { vi: 'Kết quả chấm điểm, xếp hạng', en: 'Scores and ranking' },
  noTargetGroup: { vi: 'Đơn vị không được giao chỉ tiêu (xếp hạng riêng)', en: 'Units without targets (ranked apart)' },
  rank: { vi: 'Hạng', en: 'Rank' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  max: { vi: 'Điểm tối đa được giao', en: 'Assigned maximum' },
  ratio: { vi: 'Tỷ lệ', en: 'Ratio' },
  note: { vi: 'Ghi chú', en: 'Note' },
  leader: { vi: 'Dẫn đầu', en: 'Leader' },
  tied: { vi: 'đồng hạng', en: 'tied' },
  tiedWith: { vi: 'Bằng điểm với {units}: cùng hạng {rank}, hạng sau bỏ số.', en: 'Same score as {units}: both rank {rank}, the next rank is skipped.' },
  others: { vi: '{n} đơn vị khác', en: '{n} other units' },
  selfTotal: { vi: 'Tự chấm', en: 'Self' },
  reviewTotal: { vi: 'Thẩm định', en: 'Review' },
  notReviewed: { vi: 'Chưa thẩm định tiêu chí nào: tổng điểm là điểm tự chấm.', en: 'Nothing reviewed yet: the total is the self-score.' },
  sheet: { vi: 'Bảng chấm điểm', en: 'Scoring sheet' },
  none: { vi: 'Khối chưa có đơn vị thành viên trong năm giao ước.', en: 'The bloc has no members in the covenant year.' },
  help: {
    vi: 'Xếp theo tổng điểm ÷ điểm tối đa được giao; bằng điểm thì cùng hạng (1, 1, 3). Cơ sở dữ liệu tính theo công thức của giao ước.',
    en: 'By total ÷ assigned maximum; equal scores share a rank (1, 1, 3). Computed by the database with the covenant’s formula.',
  },
};

type Row = RankingTable_CovenantFragment['ranking']['rows'][number];
type Text = ReturnType<typeof useTexts<typeof TEXTS>>;

/** Why a row stands where it does: with whom it is tied, that nothing is reviewed yet, why it cannot lead. */
function notesOf(row: Row, rows: readonly Row[], text: Text): { key: string; text: string; testId: string }[] {
  const notes: { key: string; text: string; testId: string }[] = [];
  if (row.tied) {
    const others = rows.filter((r) => r !== row && r.group === row.group && r.rank === row.rank).map((r) => r.unit.name);
    const units = others.length > 2 ? text.others.replace('{n}', String(others.length)) : others.join(', ');
    notes.push({ key: 'tied', text: text.tiedWith.replace('{units}', units).replace('{rank}', String(row.rank)), testId: 'ranking-tie' });
  }
  if (row.reviewTotal == null && row.assignedMaxScore > 0) notes.push({ key: 'review', text: text.notReviewed, testId: 'ranking-not-reviewed' });
  for (const e of row.exclusions) notes.push({ key: e.code, text: e.message, testId: 'ranking-exclusion' });
  return notes;
}

/**
 * Ranking of the covenant's member units: rank, totals (self, review, final), leader, and in words
 * why each stands there (ties, not reviewed yet, why it cannot lead). Links to the scoring sheet.
 */
export function RankingTable({ covenant: ref, sheetLink = true }: { covenant: FragmentType<typeof RankingTable_covenant>; sheetLink?: boolean }) {
  const covenant = getFragmentData(RankingTable_covenant, ref);
  const text = useTexts(TEXTS);
  const rows = covenant.ranking.rows;
  const score = (value: number | null) => (value == null ? '' : formatNumber(Math.round(value * 100) / 100));
  const columns = [
    {
      title: text.rank,
      key: 'rank',
      width: 110,
      render: (_: unknown, r: Row) => (
        <span data-testid="ranking-rank">
          {r.rank}
          {r.tied ? ` (${text.tied})` : ''}
        </span>
      ),
    },
    {
      title: text.unit,
      key: 'unit',
      render: (_: unknown, r: Row) => (
        <>
          {r.unit.name}{' '}
          {r.isLeader ? (
            <Tag color="gold" icon={<TrophyOutlined />} data-testid="ranking-leader">
              {text.leader}
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: text.selfTotal, key: 'self', align: 'right' as const, render: (_: unknown, r: Row) => score(r.selfTotal) },
    { title: text.reviewTotal, key: 'review', align: 'right' as const, render: (_: unknown, r: Row) => score(r.reviewTotal) },
    { title: text.total, key: 'total', align: 'right' as const, render: (_: unknown, r: Row) => <strong>{score(r.totalScore)}</strong> },
    { title: text.max, key: 'max', align: 'right' as const, render: (_: unknown, r: Row) => formatNumber(r.assignedMaxScore) },
    {
      title: text.ratio,
      key: 'ratio',
      align: 'right' as const,
      render: (_: unknown, r: Row) => (r.ratio == null ? '' : `${formatNumber(Math.round(r.ratio * 10000) / 100)} %`),
    },
    {
      title: text.note,
      key: 'note',
      render: (_: unknown, r: Row) =>
        notesOf(r, rows, text).map((note) => (
          <div key={note.key} data-testid={note.testId}>
            {note.text}
          </div>
        )),
    },
  ];
  const table = (list: Row[], testId: string) => (
    <Table rowKey={(r) => r.unit.id} size="small" pagination={false} columns={columns} dataSource={list} data-testid={testId} />
  );
  const targeted = rows.filter((r) => r.group === 'TARGETED');
  const apart = rows.filter((r) => r.group === 'NO_TARGET');
  const extra = sheetLink ? (
    <Link to={`/covenants/${encodeURIComponent(covenant.id)}/scoring`} data-testid="scoring-sheet-link">
      {text.sheet}
    </Link>
  ) : null;
  return (
    <Card title={text.card} extra={extra}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.none} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{text.help}</Typography.Paragraph>
          {table(targeted, 'ranking-table')}
          {apart.length ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {text.noTargetGroup}
              </Typography.Title>
              {table(apart, 'ranking-no-target-table')}
            </>
          ) : null}
        </>
      )}
    </Card>
  );
}
