import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Collapse, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { useLanguage, useTexts } from '../../i18n/language';
import { AddMemberModal } from './AddMemberModal';
import { MembershipActions } from './MembershipActions';
import { RoleTags } from './RoleTags';

export const BlocMembersCard_bloc = graphql(`
  fragment BlocMembersCard_bloc on Bloc {
    id
    members(year: $year) { year roles isLeading unit { id name } membership { id fromYear toYear version } }
    memberships { id fromYear toYear note version unit { id name } }
  }
`);

const TEXTS = {
  members: { vi: 'Thành viên năm', en: 'Members in' },
  add: { vi: 'Thêm thành viên', en: 'Add member' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  role: { vi: 'Vai trò', en: 'Role' },
  period: { vi: 'Thời gian', en: 'Period' },
  now: { vi: 'nay', en: 'now' },
  history: { vi: 'Mọi tư cách thành viên qua các năm', en: 'All memberships over the years' },
  none: { vi: 'Khối chưa có thành viên trong năm này.', en: 'No members in this year.' },
};

/** The year's members with their marks; add, end or remove memberships. */
export function BlocMembersCard({ bloc: ref, year }: { bloc: FragmentType<typeof BlocMembersCard_bloc>; year: number }) {
  const bloc = getFragmentData(BlocMembersCard_bloc, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const [adding, setAdding] = useState(false);
  // The Board, or this bloc's own officer.
  const mayEdit = useCan('write:bloc', { blocId: bloc.id });
  // New members widen a bloc officer's scope: only the Board adds them.
  const mayAdd = useCan('write:domain');
  const period = (m: { fromYear: number; toYear?: number | null }) => `${m.fromYear} – ${m.toYear ?? text.now}`;
  const unitLink = (u: { id: string; name: string }) => <Link to={`/units/${encodeURIComponent(u.id)}`}>{u.name}</Link>;

  return (
    <Card
      title={`${text.members} ${year} (${bloc.members.length})`}
      extra={
        mayAdd ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-member">
            {text.add}
          </Button>
        ) : null
      }
    >
      <Table
        rowKey={(m) => m.membership.id}
        size="small"
        pagination={false}
        dataSource={bloc.members}
        locale={{ emptyText: text.none }}
        data-testid="members-table"
        scroll={{ x: true }}
        columns={[
          { title: text.unit, key: 'unit', render: (_, m) => unitLink(m.unit) },
          { title: text.role, key: 'roles', render: (_, m) => <RoleTags roles={m.roles} leading={m.isLeading} /> },
          { title: text.period, key: 'period', width: 110, render: (_, m) => period(m.membership) },
          {
            key: 'actions',
            align: 'right',
            render: (_, m) => (mayEdit ? <MembershipActions membership={{ ...m.membership, unit: m.unit }} year={year} /> : null),
          },
        ]}
      />
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'history',
            label: `${text.history} (${bloc.memberships.length})`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={bloc.memberships}
                locale={{ emptyText: t('empty') }}
                columns={[
                  { title: text.unit, key: 'unit', render: (_, m) => unitLink(m.unit) },
                  { title: text.period, key: 'period', width: 110, render: (_, m) => period(m) },
                  { title: t('note'), dataIndex: 'note' },
                  { key: 'actions', align: 'right', render: (_, m) => (mayEdit ? <MembershipActions membership={m} year={year} /> : null) },
                ]}
              />
            ),
          },
        ]}
      />
      <AddMemberModal open={adding} onClose={() => setAdding(false)} blocId={bloc.id} year={year} />
    </Card>
  );
}
