import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { AwardCategory, AwardLevel, SubjectKind } from '@thidua/shared';
import { graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { AwardTypesPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { describeFilters } from '../../lib/describeFilters';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { AwardTypeFormModal, type AwardTypeFormModal_awardType } from './AwardTypeFormModal';
import { DeleteAwardTypeButton } from './DeleteAwardTypeButton';
import { awardTypesFilter } from './awardTypesFilter';
import { awardTypeTexts } from './texts';
import { certificateTexts } from './certificateTexts';

const AwardTypesQuery = graphql(`
  query AwardTypesPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: AwardTypeFilter, $orderBy: [AwardTypeOrder!]) {
    awardTypes(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id code nameVi nameEn category level subjectKinds rank cashMultiplier active version ...AwardTypeFormModal_awardType }
    }
  }
`);

type Row = AwardTypesPageQuery['awardTypes']['nodes'][number];

export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(awardTypeTexts);
  const { layoutLink } = useTexts(certificateTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['RANK', 'NAME_VI', 'CODE'] as const, { field: 'RANK', dir: 'DESC' });
  const [editing, setEditing] = useState<FragmentType<typeof AwardTypeFormModal_awardType>>();
  const [editOpen, setEditOpen] = useState(false);
  const mayEdit = useCan('write:domain');
  const filters = { search: list.search || undefined, filter: awardTypesFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(AwardTypesQuery, { variables: { ...list.paging, ...filters } });
  const { category, level, subjectKind, active } = filters.filter;
  const awardTypes = (data ?? previousData)?.awardTypes;
  const select = (key: string) => ({ allowClear: true, value: list.get(key) as never, onChange: (value: string | undefined) => list.update({ [key]: value }) });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('awardTypes')}
      </Typography.Title>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <VocabularySelect vocabulary={AwardCategory} placeholder={tx.category} {...select('category')} style={{ width: 220 }} />
        <VocabularySelect vocabulary={AwardLevel} placeholder={tx.level} {...select('level')} style={{ width: 240 }} />
        <VocabularySelect vocabulary={SubjectKind} placeholder={tx.subjectKind} {...select('subject')} style={{ width: 160 }} />
        <Select
          placeholder={tx.status}
          {...select('active')}
          options={[
            { value: 'yes', label: tx.active },
            { value: 'no', label: tx.inactive },
          ]}
          style={{ width: 170 }}
        />
      </Space>
      <ConnectionTable<Row>
        list={list}
        rows={awardTypes?.nodes}
        pageInfo={awardTypes?.pageInfo}
        totalCount={awardTypes?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('awardTypes'),
          query: AwardTypesQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [tx.category, category?.eq && vocab(AwardCategory, category.eq)],
            [tx.level, level?.eq && vocab(AwardLevel, level.eq)],
            [tx.subjectKind, subjectKind?.eq && vocab(SubjectKind, subjectKind.eq)],
            [tx.status, active?.eq === true ? tx.active : active?.eq === false ? tx.inactive : undefined],
          ]),
        }}
        columns={[
          {
            title: t('name'),
            key: 'name',
            export: { path: language === 'vi' ? 'nameVi' : 'nameEn' },
            width: '30%',
            ...sort.column('NAME_VI'),
            render: (_, a) => (
              <Space orientation="vertical" size={0}>
                <span>{language === 'vi' ? a.nameVi : a.nameEn}</span>
                <Typography.Text type="secondary">{language === 'vi' ? a.nameEn : a.nameVi}</Typography.Text>
              </Space>
            ),
          },
          { title: tx.code, dataIndex: 'code', ...sort.column('CODE'), render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          {
            title: tx.category,
            dataIndex: 'category',
            export: { labels: vocabularyLabels(AwardCategory, language) },
            render: (category: Row['category']) => vocab(AwardCategory, category),
          },
          {
            title: tx.level,
            dataIndex: 'level',
            export: { labels: vocabularyLabels(AwardLevel, language) },
            render: (level: Row['level']) => vocab(AwardLevel, level),
          },
          {
            title: tx.subjectKind,
            dataIndex: 'subjectKinds',
            export: { labels: vocabularyLabels(SubjectKind, language) },
            render: (kinds: Row['subjectKinds']) => kinds.map((k) => <Tag key={k}>{vocab(SubjectKind, k)}</Tag>),
          },
          { title: tx.rank, dataIndex: 'rank', align: 'right', ...sort.column('RANK'), export: { format: 'NUMBER' } },
          {
            title: tx.cashMultiplier,
            dataIndex: 'cashMultiplier',
            align: 'right',
            export: { format: 'NUMBER' },
            render: (m: number | null) => (m == null ? '' : `${formatNumber(m)} ×`),
          },
          {
            title: tx.status,
            dataIndex: 'active',
            export: { labels: { true: tx.active, false: tx.inactive } },
            render: (active: boolean) => (active ? <Tag color="green">{tx.active}</Tag> : <Tag>{tx.inactive}</Tag>),
          },
          ...(mayEdit
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, a: Row) => (
                    <Space orientation="vertical" size={4}>
                      <Link to={`/award-types/${encodeURIComponent(a.id)}/certificate`} data-testid={`certificate-layout-${a.code}`}>
                        {layoutLink}
                      </Link>
                      <Button icon={<EditOutlined />} onClick={() => (setEditing(a), setEditOpen(true))} data-testid={`edit-award-type-${a.code}`}>
                        {t('edit')}
                      </Button>
                      <DeleteAwardTypeButton awardType={a} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AwardTypeFormModal open={editOpen} awardType={editing} onClose={() => setEditOpen(false)} />
    </Space>
  );
}
