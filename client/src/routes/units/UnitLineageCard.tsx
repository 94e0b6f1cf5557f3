import { Link } from 'react-router';
import { Card, Descriptions, Empty, Space, Tag } from 'antd';
import { LineageKind } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';

export const UnitLineageCard_unit = graphql(`
  fragment UnitLineageCard_unit on Unit {
    parent { id name }
    children { id name }
    formerNames { id name usedFrom usedUntil note }
    predecessors { id kind effectiveOn note predecessor { id name } decision { id number } }
    successors { id kind effectiveOn note successor { id name } decision { id number } }
  }
`);

const TEXTS = {
  card: { vi: 'Tên gọi, trực thuộc và biến động', en: 'Names, hierarchy and lineage' },
  parent: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  formerNames: { vi: 'Tên gọi trước đây', en: 'Former names' },
  until: { vi: 'đến', en: 'until' },
  children: { vi: 'Đơn vị trực thuộc', en: 'Sub-units' },
  from: { vi: 'Hình thành từ', en: 'Formed from' },
  into: { vi: 'Đã sáp nhập, chia tách vào', en: 'Merged / split into' },
  since: { vi: 'từ', en: 'from' },
  decision: { vi: 'QĐ', en: 'Decision' },
  none: { vi: 'Không có tên gọi trước đây, đơn vị cấp trên, trực thuộc hay biến động.', en: 'No former names, parent, sub-units or lineage.' },
};

type Lineage = { id: string; kind: string; effectiveOn: string; note?: string | null; decision?: { id: string; number?: string | null } | null };

/** Parent and sub-units, and lineage: the units this one was formed from and those it became. */
export function UnitLineageCard({ unit: ref }: { unit: FragmentType<typeof UnitLineageCard_unit> }) {
  const unit = getFragmentData(UnitLineageCard_unit, ref);
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const link = (u: { id: string; name: string }) => <Link to={`/units/${encodeURIComponent(u.id)}`}>{u.name}</Link>;
  const lineage = (l: Lineage, other: { id: string; name: string }) => (
    <div key={l.id} title={l.note ?? undefined}>
      <Tag>{vocab(LineageKind, l.kind as keyof typeof LineageKind.labels)}</Tag>
      {link(other)} ({text.since} {formatDate(l.effectiveOn)}
      {l.decision ? (
        <>
          ,{' '}
          <Link to={`/decisions/${encodeURIComponent(l.decision.id)}`}>
            {text.decision} {l.decision.number ?? ''}
          </Link>
        </>
      ) : null}
      )
    </div>
  );
  const empty = !unit.parent && !unit.children.length && !unit.predecessors.length && !unit.successors.length && !unit.formerNames.length;
  const period = (n: { usedFrom?: string | null; usedUntil?: string | null }) =>
    [n.usedFrom ? `${text.since} ${formatDate(n.usedFrom)}` : '', n.usedUntil ? `${text.until} ${formatDate(n.usedUntil)}` : ''].filter(Boolean).join(' ');
  return (
    <Card title={text.card} style={{ height: '100%' }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.none} />
      ) : (
        <Descriptions column={1} size="small" data-testid="unit-lineage">
          {unit.formerNames.length ? (
            <Descriptions.Item label={text.formerNames}>
              <div data-testid="unit-former-names">
                {unit.formerNames.map((n) => (
                  <div key={n.id} title={n.note ?? undefined}>
                    {n.name}
                    {period(n) ? ` (${period(n)})` : ''}
                  </div>
                ))}
              </div>
            </Descriptions.Item>
          ) : null}
          {unit.parent ? <Descriptions.Item label={text.parent}>{link(unit.parent)}</Descriptions.Item> : null}
          {unit.children.length ? (
            <Descriptions.Item label={text.children}>
              <Space wrap>
                {unit.children.map((c) => (
                  <span key={c.id}>{link(c)}</span>
                ))}
              </Space>
            </Descriptions.Item>
          ) : null}
          {unit.predecessors.length ? (
            <Descriptions.Item label={text.from}>
              <div>{unit.predecessors.map((l) => lineage(l, l.predecessor))}</div>
            </Descriptions.Item>
          ) : null}
          {unit.successors.length ? (
            <Descriptions.Item label={text.into}>
              <div>{unit.successors.map((l) => lineage(l, l.successor))}</div>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      )}
    </Card>
  );
}
