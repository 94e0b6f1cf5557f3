import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DossierKind, DossierStatus } from '@thidua/shared';
import { getFragmentData, graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { ConnectionTable } from '../../components/ConnectionTable';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { useListParams } from '../../lib/useListParams';
import { CreateDossierModal } from './CreateDossierModal';
import { DossierFilters } from './DossierFilters';
import { DossierTabs } from './DossierTabs';
import { DossierRow, useDossierColumns, type Row } from './dossierColumns';
import { dossiersFilter } from './dossiersFilter';
import { dossierTexts } from './texts';

const DossiersQuery = graphql(`
  query DossiersPage($first: Int, $after: String, $last: Int, $before: String, $filter: DossierFilter) {
    dossiers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...DossierRow }
    }
  }
`);

/** Every dossier the viewer may see, filtered by status, year and kind (in the URL); units' officers and the Board create. */
export function Component() {
  const tx = useTexts(dossierTexts);
  const list = useListParams();
  // The server lets the Board and a unit's own officer create a unit's dossier (requireUnitWrite).
  const mayCreate = useCan('write:unit');
  const [creating, setCreating] = useState(false);
  const columns = useDossierColumns();
  const { t } = useLanguage();
  const vocab = useVocabularyLabel();
  const filters = { filter: dossiersFilter(list.get) };
  const { data, previousData, loading, error, refetch } = useQuery(DossiersQuery, { variables: { ...list.paging, ...filters } });
  const { status, year, kind } = filters.filter;
  const dossiers = (data ?? previousData)?.dossiers;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {tx.dossiers}
        </Typography.Title>
        {mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-dossier">
            {tx.create}
          </Button>
        ) : null}
      </Space>
      <DossierTabs active="all" />
      <DossierFilters list={list} />
      <ConnectionTable<Row>
        presence
        list={list}
        rows={dossiers?.nodes.map((n) => getFragmentData(DossierRow, n))}
        pageInfo={dossiers?.pageInfo}
        totalCount={dossiers?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: tx.dossiers,
          query: DossiersQuery,
          variables: filters,
          description: describeFilters([
            [tx.status, status?.eq && vocab(DossierStatus, status.eq)],
            [t('year'), year?.eq != null && String(year.eq)],
            [tx.kind, kind?.eq && vocab(DossierKind, kind.eq)],
          ]),
        }}
        columns={columns}
      />
      <CreateDossierModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
