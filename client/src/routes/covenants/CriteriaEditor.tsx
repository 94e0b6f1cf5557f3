import { useState } from 'react';
import { Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, HolderOutlined, PlusOutlined, SubnodeOutlined } from '@ant-design/icons';
import { CriterionKind } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { CriteriaEditor_CovenantFragment } from '../../gql/graphql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { payloadOf, useVersionedSave } from '../../live/useVersionedSave';
import { depthOf, dropTarget, stepTarget, totalMaxScore, type MoveTarget } from './criteria';
import { CriterionFormModal, type EditingCriterion } from './CriterionFormModal';
import { useDeleteCriterion, useMoveCriterion } from './useCriterionMutations';

export const CriteriaEditor_covenant = graphql(`
  fragment CriteriaEditor_covenant on Covenant {
    id
    bloc { id }
    criteria { id number title description maxScore kind rank version parent { id } movements { id name } }
  }
`);

type Criterion = CriteriaEditor_CovenantFragment['criteria'][number];

const TEXTS = {
  criteria: { vi: 'Nhiệm vụ, tiêu chí', en: 'Tasks and criteria' },
  add: { vi: 'Thêm nhiệm vụ', en: 'Add task' },
  addChild: { vi: 'Thêm tiêu chí con', en: 'Add sub-criterion' },
  number: { vi: 'Số', en: 'No.' },
  maxScore: { vi: 'Điểm tối đa', en: 'Max score' },
  total: { vi: 'Tổng điểm tối đa', en: 'Total max score' },
  up: { vi: 'Chuyển lên', en: 'Move up' },
  down: { vi: 'Chuyển xuống', en: 'Move down' },
  drag: { vi: 'Kéo để đổi thứ tự trong cùng cấp', en: 'Drag to reorder within the level' },
  moved: { vi: 'Đã chuyển vị trí', en: 'Moved' },
  confirmDelete: { vi: 'Xóa tiêu chí này cùng các tiêu chí con?', en: 'Delete this criterion and its sub-criteria?' },
  none: { vi: 'Chưa có nhiệm vụ nào. Thêm nhiệm vụ đầu tiên.', en: 'No tasks yet. Add the first one.' },
};

/** The covenant's outline of tasks: add, edit, delete, reorder (buttons or drag within a level). */
export function CriteriaEditor({ covenant: ref }: { covenant: FragmentType<typeof CriteriaEditor_covenant> }) {
  const covenant = getFragmentData(CriteriaEditor_covenant, ref);
  const criteria = covenant.criteria;
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const feedback = useMutationFeedback();
  const [move] = useMoveCriterion();
  const [remove] = useDeleteCriterion();
  const versioned = useVersionedSave('CovenantCriterion');
  const removeCriterion = (c: Criterion) =>
    feedback(
      async () =>
        payloadOf(
          await versioned.remove(
            c.version,
            async (expectedVersion) => (await remove({ variables: { id: c.id, expectedVersion } })).data!.deleteCovenantCriterion,
          ),
        ),
      t('deleted'),
    );
  const [editing, setEditing] = useState<EditingCriterion | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  // The Board, or the officer of the covenant's bloc; others read the outline only.
  const mayEdit = useCan('write:bloc', { blocId: covenant.bloc.id });

  const moveTo = (id: string, target: MoveTarget | null) => {
    if (!target) return;
    void feedback(async () => (await move(covenant, id, target)).data?.moveCovenantCriterion, text.moved);
  };
  const sameLevel = (id: string) => {
    const dragged = criteria.find((c) => c.id === dragId);
    const over = criteria.find((c) => c.id === id);
    return !!dragged && !!over && (dragged.parent?.id ?? null) === (over.parent?.id ?? null);
  };

  return (
    <Card
      title={`${text.criteria} (${criteria.length})`}
      extra={
        <Space>
          <Typography.Text type="secondary" data-testid="criteria-total">
            {text.total}: {formatNumber(totalMaxScore(criteria))}
          </Typography.Text>
          {mayEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ covenantId: covenant.id })} data-testid="add-criterion">
              {text.add}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Table<Criterion>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={criteria}
        locale={{ emptyText: <Empty description={text.none} /> }}
        data-testid="criteria-table"
        onRow={(record) =>
          ({
            draggable: mayEdit,
            'data-testid': 'criterion-row',
            style: dragId === record.id ? { opacity: 0.4 } : undefined,
            onDragStart: (e: React.DragEvent) => {
              setDragId(record.id);
              e.dataTransfer.effectAllowed = 'move';
            },
            onDragEnd: () => setDragId(null),
            onDragOver: (e: React.DragEvent) => {
              if (sameLevel(record.id)) e.preventDefault();
            },
            onDrop: (e: React.DragEvent) => {
              e.preventDefault();
              const box = e.currentTarget.getBoundingClientRect();
              const place = e.clientY < box.top + box.height / 2 ? 'before' : 'after';
              if (dragId) moveTo(dragId, dropTarget(criteria, dragId, record.id, place));
              setDragId(null);
            },
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'drag',
            width: 32,
            hidden: !mayEdit,
            render: () => (
              <Tooltip title={text.drag}>
                <HolderOutlined style={{ cursor: 'grab', color: '#999' }} />
              </Tooltip>
            ),
          },
          {
            title: text.number,
            dataIndex: 'number',
            width: 64,
            render: (n: string) => (
              <Typography.Text strong data-testid="criterion-number">
                {n}
              </Typography.Text>
            ),
          },
          {
            title: text.criteria,
            dataIndex: 'title',
            render: (title: string, c) => (
              <div style={{ paddingLeft: depthOf(c) * 24 }}>
                <div data-testid="criterion-title-text">{title}</div>
                {c.description ? <Typography.Text type="secondary">{c.description}</Typography.Text> : null}
                {c.movements.length ? (
                  <div style={{ marginTop: 4 }}>
                    {c.movements.map((m) => (
                      <Tag key={m.id} color="geekblue">
                        {m.name}
                      </Tag>
                    ))}
                  </div>
                ) : null}
              </div>
            ),
          },
          { title: t('kind'), dataIndex: 'kind', width: 160, render: (kind) => vocab(CriterionKind, kind) },
          { title: text.maxScore, dataIndex: 'maxScore', width: 110, align: 'right', render: (score?: number | null) => formatNumber(score) },
          {
            key: 'actions',
            width: 200,
            hidden: !mayEdit,
            render: (_, c) => (
              <Space size={0}>
                <Tooltip title={text.up}>
                  <Button
                    type="text"
                    icon={<ArrowUpOutlined />}
                    disabled={!stepTarget(criteria, c.id, 'up')}
                    onClick={() => moveTo(c.id, stepTarget(criteria, c.id, 'up'))}
                    data-testid="criterion-up"
                  />
                </Tooltip>
                <Tooltip title={text.down}>
                  <Button
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={!stepTarget(criteria, c.id, 'down')}
                    onClick={() => moveTo(c.id, stepTarget(criteria, c.id, 'down'))}
                    data-testid="criterion-down"
                  />
                </Tooltip>
                <Tooltip title={t('edit')}>
                  <Button
                    type="text"
                    icon={<EditOutlined />}
                    onClick={() => setEditing({ covenantId: covenant.id, criterion: c })}
                    data-testid="criterion-edit"
                  />
                </Tooltip>
                <Tooltip title={text.addChild}>
                  <Button type="text" icon={<SubnodeOutlined />} onClick={() => setEditing({ covenantId: covenant.id, parent: c })} />
                </Tooltip>
                <Popconfirm title={text.confirmDelete} okText={t('delete')} cancelText={t('cancel')} onConfirm={() => removeCriterion(c)}>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CriterionFormModal editing={editing} onClose={() => setEditing(null)} />
      {versioned.holder}
    </Card>
  );
}
