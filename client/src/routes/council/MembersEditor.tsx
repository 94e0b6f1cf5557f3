import { Button, Checkbox, Input, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { COUNCIL_LIMITS, CouncilMemberRole } from '@thidua/shared';
import type { CouncilMemberRole as Role } from '../../gql/graphql';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { councilTexts } from './texts';

export interface Member {
  name: string;
  position?: string | null;
  role: Role;
  present: boolean;
}

/** The members as the API takes them: trimmed, an empty position as null. */
export const membersInput = (members: readonly Member[]) =>
  members.map((m) => ({ name: m.name.trim(), position: m.position?.trim() || null, role: m.role, present: m.present }));

/** Whether every member has a name (the server requires one). */
export const membersNamed = (members: readonly Member[]) => members.every((m) => m.name.trim() !== '');

interface Props {
  value?: Member[];
  onChange?(members: Member[]): void;
  /** Read only (as text): the session is closed or cancelled, or the viewer may not change it. */
  disabled?: boolean;
}

/**
 * The council's members as an editable table (a form control: `value`, `onChange`): name,
 * position, role, present; a row added or removed at will. The first member added is the chair.
 */
export function MembersEditor({ value = [], onChange, disabled = false }: Props) {
  const { label } = useLanguage();
  const tx = useTexts(councilTexts);
  const change = (i: number, patch: Partial<Member>) => onChange?.(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const add = () => onChange?.([...value, { name: '', position: null, role: value.length ? 'MEMBER' : 'CHAIR', present: true }]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<Member & { index: number }>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={value.map((m, index) => ({ ...m, index }))}
        locale={{ emptyText: <Typography.Text type="secondary">{tx.noMembers}</Typography.Text> }}
        data-testid="council-members"
        onRow={() => ({ 'data-testid': 'member-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '#', key: 'no', width: 40, render: (_, m) => m.index + 1 },
          {
            title: tx.name,
            key: 'name',
            render: (_, m) =>
              disabled ? (
                m.name
              ) : (
                <Input
                  value={m.name}
                  maxLength={COUNCIL_LIMITS.textMax}
                  status={m.name.trim() ? undefined : 'warning'}
                  aria-label={tx.name}
                  onChange={(e) => change(m.index, { name: e.target.value })}
                  data-testid="member-name"
                />
              ),
          },
          {
            title: tx.position,
            key: 'position',
            render: (_, m) =>
              disabled ? (
                m.position
              ) : (
                <Input
                  value={m.position ?? ''}
                  maxLength={COUNCIL_LIMITS.textMax}
                  aria-label={tx.position}
                  onChange={(e) => change(m.index, { position: e.target.value })}
                  data-testid="member-position"
                />
              ),
          },
          {
            title: tx.role,
            key: 'role',
            width: 210,
            render: (_, m) =>
              disabled ? (
                label(CouncilMemberRole.labels[m.role])
              ) : (
                <VocabularySelect
                  vocabulary={CouncilMemberRole}
                  value={m.role}
                  style={{ width: '100%' }}
                  aria-label={tx.role}
                  onChange={(role: Role) => change(m.index, { role })}
                  data-testid="member-role"
                />
              ),
          },
          {
            title: tx.present,
            key: 'present',
            width: 90,
            align: 'center',
            render: (_, m) =>
              disabled ? (
                <Tag color={m.present ? 'green' : 'default'} data-testid="member-attendance">
                  {m.present ? tx.present : tx.absent}
                </Tag>
              ) : (
                <Checkbox
                  checked={m.present}
                  aria-label={`${tx.present}: ${m.name}`}
                  onChange={(e) => change(m.index, { present: e.target.checked })}
                  data-testid="member-present"
                />
              ),
          },
          {
            key: 'remove',
            width: 48,
            hidden: disabled,
            render: (_, m) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={tx.removeMember}
                title={tx.removeMember}
                onClick={() => onChange?.(value.filter((_, j) => j !== m.index))}
                data-testid="member-remove"
              />
            ),
          },
        ]}
      />
      {disabled ? null : (
        <Button size="small" icon={<PlusOutlined />} disabled={value.length >= COUNCIL_LIMITS.membersMax} onClick={add} data-testid="member-add">
          {tx.addMember}
        </Button>
      )}
    </Space>
  );
}
