import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan, usePermissions } from '../../auth/AuthProvider';
import type { PersonAffiliations_PersonFragment } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { payloadOf, useVersionedSave } from '../../live/useVersionedSave';
import { AffiliationModal, type EndingAffiliation } from './AffiliationModal';
import { peopleTexts } from './texts';
import { useDeleteAffiliation } from './useAffiliations';

export const PersonAffiliations_person = graphql(`
  fragment PersonAffiliations_person on Person {
    id fullName
    affiliations { id position startedOn endedOn version unit { id name } }
  }
`);

type Affiliation = PersonAffiliations_PersonFragment['affiliations'][number];

/** Where the person has worked, newest first; add a period, end the current one, or delete a mistake. */
export function PersonAffiliations({ person: ref }: { person: FragmentType<typeof PersonAffiliations_person> }) {
  const { t } = useLanguage();
  const tx = useTexts(peopleTexts);
  const person = getFragmentData(PersonAffiliations_person, ref);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<EndingAffiliation>();
  const [remove] = useDeleteAffiliation();
  const feedback = useMutationFeedback();
  // The Board anywhere; a unit officer adds, ends and deletes periods at their own unit only.
  const mayAdd = useCan('write:unit');
  const can = usePermissions();
  const rows = [...person.affiliations].sort((a, b) => (b.startedOn ?? '').localeCompare(a.startedOn ?? '') || Number(!!a.endedOn) - Number(!!b.endedOn));

  const versioned = useVersionedSave('PersonAffiliation');
  const onDelete = (a: Affiliation) =>
    feedback(
      async () =>
        payloadOf(
          await versioned.remove(
            a.version,
            async (expectedVersion) => (await remove({ variables: { id: a.id, expectedVersion } })).data!.deletePersonAffiliation,
          ),
        ),
      t('deleted'),
    );

  return (
    <Card
      title={tx.affiliations}
      extra={
        mayAdd ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-affiliation">
            {tx.addAffiliation}
          </Button>
        ) : null
      }
    >
      <Table<Affiliation>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: tx.unit, key: 'unit', render: (_, a) => <Link to={`/units/${encodeURIComponent(a.unit.id)}`}>{a.unit.name}</Link> },
          { title: tx.position, dataIndex: 'position' },
          { title: tx.startedOn, dataIndex: 'startedOn', render: (date: string | null) => formatDate(date) },
          { title: tx.endedOn, dataIndex: 'endedOn', render: (date: string | null) => (date ? formatDate(date) : <Tag color="green">{tx.current}</Tag>) },
          {
            key: 'actions',
            render: (_, a) =>
              can('write:unit', { unitId: a.unit.id }) ? (
                <Space>
                  {a.endedOn ? null : (
                    <Button size="small" onClick={() => setEnding({ id: a.id, unitName: a.unit.name, startedOn: a.startedOn })}>
                      {tx.endAffiliation}
                    </Button>
                  )}
                  <Popconfirm title={t('confirmDelete')} okText={t('delete')} cancelText={t('cancel')} onConfirm={() => onDelete(a)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('delete')} />
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      <AffiliationModal personId={person.id} open={adding} onClose={() => setAdding(false)} />
      <AffiliationModal personId={person.id} ending={ending} open={!!ending} onClose={() => setEnding(undefined)} />
      {versioned.holder}
    </Card>
  );
}
