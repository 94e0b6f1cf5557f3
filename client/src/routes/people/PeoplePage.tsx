import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Gender } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { Gender as GenderValue, PeoplePageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { UnitPicker } from '../../components/pickers';
import { useNodeLabels } from '../../components/useNodeLabels';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { intParam, listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { BIRTH_YEAR_MIN } from './personRules';
import { peopleFilter } from './peopleFilter';
import { PeopleEmpty } from './PeopleEmpty';
import { PersonFormModal } from './PersonFormModal';
import { peopleTexts } from './texts';

const PeopleQuery = graphql(`
  query PeoplePage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: PersonFilter, $orderBy: [PersonOrder!]) {
    people(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        id fullName gender birthYear
        currentAffiliation { id position unit { id name } }
      }
    }
  }
`);

type Row = PeoplePageQuery['people']['nodes'][number];

export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(peopleTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['FULL_NAME', 'BIRTH_YEAR'] as const, { field: 'FULL_NAME', dir: 'ASC' });
  const known = useNodeLabels([list.get('unit')]);
  const [creating, setCreating] = useState(false);
  // The Board, or a unit officer (the new person's first workplace is then their own unit).
  const mayCreate = useCan('write:unit');
  const filters = { search: list.search || undefined, filter: peopleFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(PeopleQuery, { variables: { ...list.paging, ...filters } });
  const people = (data ?? previousData)?.people;
  const filtered = !!list.search || Object.keys(filters.filter).length > 0;
  const { gender, birthYear } = filters.filter;
  const unit = list.get('unit');
  const thisYear = new Date().getFullYear();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('people')}
        </Typography.Title>
        {mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-person">
            {t('create')}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <VocabularySelect
          vocabulary={Gender}
          allowClear
          placeholder={tx.gender}
          value={list.get('gender') as GenderValue | undefined}
          onChange={(gender) => list.update({ gender })}
          style={{ width: 130 }}
        />
        <YearSelect
          min={BIRTH_YEAR_MIN}
          max={thisYear}
          placeholder={tx.bornFrom}
          value={intParam(list.get('bornFrom'))}
          onChange={(bornFrom) => list.update({ bornFrom })}
          style={{ width: 140 }}
        />
        <YearSelect
          min={BIRTH_YEAR_MIN}
          max={thisYear}
          placeholder={tx.bornTo}
          value={intParam(list.get('bornTo'))}
          onChange={(bornTo) => list.update({ bornTo })}
          style={{ width: 120 }}
        />
        <UnitPicker
          placeholder={tx.currentUnit}
          known={known}
          value={list.get('unit')}
          onChange={(unit) => list.update({ unit: unit as string | undefined })}
          style={{ width: 320 }}
        />
      </Space>
      <ConnectionTable<Row>
        presence
        list={list}
        rows={people?.nodes}
        pageInfo={people?.pageInfo}
        totalCount={people?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('people'),
          query: PeopleQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [tx.gender, gender?.eq && vocab(Gender, gender.eq)],
            [tx.bornFrom, birthYear?.gte != null && String(birthYear.gte)],
            [tx.bornTo, birthYear?.lte != null && String(birthYear.lte)],
            [tx.currentUnit, unit && (known.find((option) => option.value === unit)?.label ?? unit)],
          ]),
        }}
        empty={<PeopleEmpty filtered={filtered} onCreate={mayCreate ? () => setCreating(true) : undefined} />}
        columns={[
          {
            title: tx.fullName,
            dataIndex: 'fullName',
            ...sort.column('FULL_NAME'),
            render: (name: string, person) => <Link to={`/people/${encodeURIComponent(person.id)}`}>{name}</Link>,
          },
          {
            title: tx.gender,
            dataIndex: 'gender',
            export: { labels: vocabularyLabels(Gender, language) },
            render: (gender: Row['gender']) => vocab(Gender, gender),
          },
          { title: tx.birthYear, dataIndex: 'birthYear', ...sort.column('BIRTH_YEAR') },
          {
            title: tx.currentUnit,
            key: 'unit',
            export: { path: 'currentAffiliation.unit.name' },
            render: (_, person) => {
              const unit = person.currentAffiliation?.unit;
              return unit ? <Link to={`/units/${encodeURIComponent(unit.id)}`}>{unit.name}</Link> : null;
            },
          },
          { title: tx.position, key: 'position', export: { path: 'currentAffiliation.position' }, render: (_, person) => person.currentAffiliation?.position },
        ]}
      />
      <PersonFormModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
