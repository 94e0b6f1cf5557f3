import { Link } from 'react-router';
import { Card, Table, Tooltip, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { RoleTags } from '../blocs';
import { unitBlocYears } from './unitBlocs';

export const UnitBlocsCard_unit = graphql(`
  fragment UnitBlocsCard_unit on Unit {
    blocMemberships { id fromYear toYear bloc { id name } }
    blocRoles { id year role bloc { id name } }
    ledBlocs { id year note bloc { id name } }
  }
`);

const TEXTS = {
  card: { vi: 'Khối, cụm thi đua qua các năm', en: 'Blocs over the years' },
  bloc: { vi: 'Khối, cụm', en: 'Bloc' },
  role: { vi: 'Vai trò trong năm', en: 'Role that year' },
  outside: { vi: 'Ngoài giai đoạn thành viên đã ghi nhận', en: 'Outside the recorded membership period' },
  periods: { vi: 'Giai đoạn thành viên', en: 'Membership periods' },
  now: { vi: 'nay', en: 'now' },
};

/** Each year the unit was in a bloc, with its role (head, deputy, member) and leading marks. */
export function UnitBlocsCard({ unit: ref }: { unit: FragmentType<typeof UnitBlocsCard_unit> }) {
  const unit = getFragmentData(UnitBlocsCard_unit, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const rows = unitBlocYears(unit, new Date().getFullYear());
  return (
    <Card title={text.card}>
      {unit.blocMemberships.length ? (
        <Typography.Paragraph type="secondary">
          {text.periods}:{' '}
          {unit.blocMemberships.map((m, i) => (
            <span key={m.id}>
              {i ? '; ' : ''}
              <Link to={`/blocs/${encodeURIComponent(m.bloc.id)}`}>{m.bloc.name}</Link> ({m.fromYear} – {m.toYear ?? text.now})
            </span>
          ))}
        </Typography.Paragraph>
      ) : null}
      <Table
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
        locale={{ emptyText: t('empty') }}
        data-testid="unit-blocs-table"
        columns={[
          { title: t('year'), dataIndex: 'year', width: 72 },
          {
            title: text.bloc,
            key: 'bloc',
            render: (_, r) => <Link to={`/blocs/${encodeURIComponent(r.bloc.id)}?year=${r.year}`}>{r.bloc.name}</Link>,
          },
          {
            title: text.role,
            key: 'roles',
            render: (_, r) => (
              <Tooltip title={[r.leaderNote, r.member ? null : text.outside].filter(Boolean).join(' ') || undefined}>
                <span>
                  <RoleTags roles={r.roles} leading={r.leading} />
                </span>
              </Tooltip>
            ),
          },
        ]}
      />
    </Card>
  );
}
