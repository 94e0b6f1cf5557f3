import { useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { AwardLevel, CommendationStatus, SubjectKind, UnitKind } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { AwardTypePicker, BlocPicker } from '../../components/pickers';
import { useNodeLabels } from '../../components/useNodeLabels';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { intParam, listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { CommendationTable } from './CommendationTable';
import { commendationFilter } from './commendationFilter';
import { commendationTexts } from './commendationListTexts';

const CommendationsQuery = graphql(`
  query CommendationsPage(
    $first: Int, $after: String, $last: Int, $before: String,
    $search: String, $filter: CommendationFilter, $orderBy: [CommendationOrder!]
  ) {
    commendations(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        id ...CommendationTable_commendation
        subject { ... on Unit { id name } ... on Person { id name: fullName } ... on Household { id name } }
      }
    }
  }
`);

const SORT_FIELDS = ['YEAR', 'AWARD_RANK'] as const;

export function Component() {
  const { t } = useLanguage();
  const tx = useTexts(commendationTexts);
  const navigate = useNavigate();
  const mayRecord = useCan('write:domain');
  const list = useListParams();
  const sort = listSort(list, SORT_FIELDS, { field: 'YEAR', dir: 'DESC' });
  const known = useNodeLabels([list.get('award'), list.get('bloc')]);
  const vocab = useVocabularyLabel();
  const filters = { search: list.search || undefined, filter: commendationFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(CommendationsQuery, { variables: { ...list.paging, ...filters } });
  const nameOf = (id: string | undefined) => id && (known.find((option) => option.value === id)?.label ?? id);
  const { year, awardLevel, subjectKind, unitKind, status } = filters.filter;
  const select = (key: string) => ({ allowClear: true, value: list.get(key) as never, onChange: (value: string | undefined) => list.update({ [key]: value }) });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('commendations')}
        </Typography.Title>
        {mayRecord ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/commendations/new')} data-testid="record-commendations">
            {tx.record}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <YearSelect
          placeholder={t('year')}
          value={intParam(list.get('year'))}
          onChange={(year) => list.update({ year })}
          style={{ width: 110 }}
          data-testid="filter-year"
        />
        <AwardTypePicker
          placeholder={tx.awardType}
          known={known}
          value={list.get('award')}
          onChange={(award) => list.update({ award: award as string | undefined })}
          style={{ width: 280 }}
        />
        <VocabularySelect vocabulary={AwardLevel} placeholder={tx.awardLevel} {...select('level')} style={{ width: 220 }} />
        <VocabularySelect vocabulary={SubjectKind} placeholder={tx.subjectKind} {...select('subject')} style={{ width: 160 }} />
        <VocabularySelect vocabulary={UnitKind} placeholder={tx.unitKind} {...select('unitKind')} style={{ width: 220 }} />
        <VocabularySelect vocabulary={CommendationStatus} placeholder={tx.status} {...select('status')} style={{ width: 170 }} />
        <BlocPicker
          placeholder={tx.bloc}
          known={known}
          value={list.get('bloc')}
          onChange={(bloc) => list.update({ bloc: bloc as string | undefined })}
          style={{ width: 320 }}
        />
      </Space>
      <CommendationTable
        list={list}
        sort={sort}
        connection={(data ?? previousData)?.commendations}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('commendations'),
          query: CommendationsQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [t('year'), year?.eq != null && String(year.eq)],
            [tx.awardType, nameOf(list.get('award'))],
            [tx.awardLevel, awardLevel?.eq && vocab(AwardLevel, awardLevel.eq)],
            [tx.subjectKind, subjectKind?.eq && vocab(SubjectKind, subjectKind.eq)],
            [tx.unitKind, unitKind?.eq && vocab(UnitKind, unitKind.eq)],
            [tx.status, status?.eq && vocab(CommendationStatus, status.eq)],
            [tx.bloc, nameOf(list.get('bloc'))],
          ]),
        }}
      />
    </Space>
  );
}
