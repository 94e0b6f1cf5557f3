import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Gender, TdktOrganizationKind, TrainingLevel } from '@thidua/shared';
import { graphql } from '../../gql';
import type { TdktRegistryPageQuery } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { QueryState } from '../../components/QueryState';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { registryTexts } from './registryTexts';
import { OfficerModal, OrganizationModal } from './RegistryModals';

const RegistryQuery = graphql(`
  query TdktRegistryPage {
    tdktOrganizations(first: 100) { nodes { id version name kind note unit { id name } } }
    tdktOfficers(first: 100) { nodes { id version fullName gender birthYear trainingLevel tdktStartYear note organization { id name } } }
  }
`);

const DeleteOrganization = graphql(`
  mutation DeleteTdktOrganization($id: ID!, $expectedVersion: Int) {
    deleteTdktOrganization(id: $id, expectedVersion: $expectedVersion) { deletedId userErrors { field message code } }
  }
`);
const DeleteOfficer = graphql(`
  mutation DeleteTdktOfficer($id: ID!, $expectedVersion: Int) {
    deleteTdktOfficer(id: $id, expectedVersion: $expectedVersion) { deletedId userErrors { field message code } }
  }
`);

export type OrganizationRow = TdktRegistryPageQuery['tdktOrganizations']['nodes'][number];
export type OfficerRow = TdktRegistryPageQuery['tdktOfficers']['nodes'][number];

/** The registry of forms 0604/0605; the Board adds, edits and deletes its records. */
export function Component() {
  const text = useTexts(registryTexts);
  const label = useVocabularyLabel();
  const mayEdit = useCan('write:domain');
  const feedback = useMutationFeedback();
  const { data, loading, error, refetch } = useQuery(RegistryQuery);
  const [deleteOrganization] = useMutation(DeleteOrganization);
  const [deleteOfficer] = useMutation(DeleteOfficer);
  const [organization, setOrganization] = useState<OrganizationRow | 'new' | null>(null);
  const [officer, setOfficer] = useState<OfficerRow | 'new' | null>(null);
  const unknown = <Typography.Text type="secondary">{text.unknown}</Typography.Text>;
  const done = () => void refetch();

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Link to="/reports">{text.back}</Link>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {text.title}
        </Typography.Title>
        <Typography.Text type="secondary">{text.subtitle}</Typography.Text>
      </div>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {data ? (
          <>
            <Card
              title={text.organizations}
              extra={
                mayEdit ? (
                  <Button icon={<PlusOutlined />} onClick={() => setOrganization('new')} data-testid="add-organization">
                    {text.addOrganization}
                  </Button>
                ) : null
              }
            >
              <Table<OrganizationRow>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.tdktOrganizations.nodes}
                columns={[
                  { title: text.name, dataIndex: 'name' },
                  { title: text.kind, dataIndex: 'kind', render: (kind) => label(TdktOrganizationKind, kind) },
                  {
                    title: text.unit,
                    key: 'unit',
                    render: (_, o) => (o.unit ? <Link to={`/units/${encodeURIComponent(o.unit.id)}`}>{o.unit.name}</Link> : null),
                  },
                  { title: text.note, dataIndex: 'note' },
                  ...(mayEdit
                    ? [
                        {
                          key: 'actions',
                          width: 160,
                          render: (_: unknown, o: OrganizationRow) => (
                            <Space>
                              <Button size="small" onClick={() => setOrganization(o)}>
                                {text.edit}
                              </Button>
                              <DeleteRecordButton
                                label={text.delete}
                                confirmText={text.deleteOrganization}
                                onDelete={async () => {
                                  if (
                                    await feedback(
                                      async () =>
                                        (await deleteOrganization({ variables: { id: o.id, expectedVersion: o.version } })).data?.deleteTdktOrganization,
                                    )
                                  )
                                    done();
                                }}
                              />
                            </Space>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card
              title={text.officers}
              extra={
                mayEdit ? (
                  <Button icon={<PlusOutlined />} onClick={() => setOfficer('new')} data-testid="add-officer">
                    {text.addOfficer}
                  </Button>
                ) : null
              }
            >
              <Table<OfficerRow>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.tdktOfficers.nodes}
                columns={[
                  { title: text.fullName, dataIndex: 'fullName' },
                  { title: text.organization, key: 'organization', render: (_, f) => f.organization.name },
                  { title: text.gender, dataIndex: 'gender', render: (gender) => (gender ? label(Gender, gender) : unknown) },
                  { title: text.birthYear, dataIndex: 'birthYear', render: (year) => year ?? unknown },
                  { title: text.trainingLevel, dataIndex: 'trainingLevel', render: (level) => (level ? label(TrainingLevel, level) : unknown) },
                  { title: text.tdktStartYear, dataIndex: 'tdktStartYear', render: (year) => year ?? unknown },
                  { title: text.note, dataIndex: 'note', ellipsis: true },
                  ...(mayEdit
                    ? [
                        {
                          key: 'actions',
                          width: 160,
                          render: (_: unknown, f: OfficerRow) => (
                            <Space>
                              <Button size="small" onClick={() => setOfficer(f)}>
                                {text.edit}
                              </Button>
                              <DeleteRecordButton
                                label={text.delete}
                                confirmText={text.deleteOfficer}
                                onDelete={async () => {
                                  if (
                                    await feedback(
                                      async () => (await deleteOfficer({ variables: { id: f.id, expectedVersion: f.version } })).data?.deleteTdktOfficer,
                                    )
                                  )
                                    done();
                                }}
                              />
                            </Space>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          </>
        ) : null}
      </QueryState>
      {organization ? <OrganizationModal record={organization === 'new' ? null : organization} onClose={() => setOrganization(null)} onSaved={done} /> : null}
      {officer && data ? (
        <OfficerModal
          record={officer === 'new' ? null : officer}
          organizations={data.tdktOrganizations.nodes}
          onClose={() => setOfficer(null)}
          onSaved={done}
        />
      ) : null}
    </Space>
  );
}
