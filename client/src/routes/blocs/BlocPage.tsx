import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { BlocKind, LIMITS } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { BlocCommendationsCard, type AwardScope } from './BlocCommendationsCard';
import { BlocCovenantsCard } from './BlocCovenantsCard';
import { BlocDetails } from './BlocDetails';
import { BlocFormModal } from './BlocFormModal';
import { DeleteBlocButton } from './DeleteBlocButton';
import { BlocHistoryCard } from './BlocHistoryCard';
import { BlocMembersCard } from './BlocMembersCard';
import { BlocYearRolesCard } from './BlocYearRolesCard';
import { useYearParam } from '../../lib/useYearParam';
import { yearOptions } from './history';

const TEXTS = {
  previousYear: { vi: 'Năm trước', en: 'Previous year' },
  nextYear: { vi: 'Năm sau', en: 'Next year' },
};

const BlocQuery = graphql(`
  query BlocPage($id: ID!, $year: Int!) {
    bloc(id: $id) {
      id name kind version
      memberships { id fromYear toYear unit { id } }
      covenants { id year }
      ...BlocDetails_bloc
      ...BlocFormModal_bloc
      ...BlocMembersCard_bloc
      ...BlocYearRolesCard_bloc
      ...BlocHistoryCard_bloc
      ...BlocCovenantsCard_bloc
      ...BlocCommendationsCard_bloc
    }
  }
`);

const MemberAwardsQuery = graphql(`
  query BlocMemberAwards($unitIds: [ID!]!) {
    commendations(first: 100, filter: { unitId: { in: $unitIds } }, orderBy: [{ field: YEAR, direction: DESC }, { field: AWARD_RANK, direction: DESC }]) {
      totalCount
      nodes { id ...AwardsTable_commendation }
    }
  }
`);

/** A bloc: details, the selected year's members and roles, history, covenants, members' awards. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const currentYear = new Date().getFullYear();
  const [yearParam, setYear] = useYearParam();
  const year = yearParam ?? currentYear;
  const [scope, setScope] = useState<AwardScope>('bloc');
  // The Board, or this bloc's own officer, edits it; only the Board deletes it.
  const mayEdit = useCan('write:bloc', { blocId: id });
  const mayDelete = useCan('write:domain');

  const { data, previousData, loading, error, refetch } = useQuery(BlocQuery, { variables: { id, year } });
  const shown = (data ?? previousData)?.bloc;
  const bloc = shown?.id === id ? shown : undefined;
  const unitIds = useMemo(() => [...new Set(bloc?.memberships.map((m) => m.unit.id) ?? [])], [bloc?.memberships]);
  const memberAwards = useQuery(MemberAwardsQuery, { variables: { unitIds }, skip: scope !== 'members' || !unitIds.length });

  const years = yearOptions([...(bloc?.memberships.map((m) => m.fromYear) ?? []), ...(bloc?.covenants.map((c) => c.year) ?? [])], currentYear, year);

  return (
    <QueryState loading={loading && !bloc} error={error} onRetry={() => void refetch()}>
      {bloc ? (
        <RecordPage
          id={bloc.id}
          listPath="/blocs"
          breadcrumb={<Breadcrumb items={[{ title: <Link to="/blocs">{t('blocs')}</Link> }, { title: bloc.name }]} />}
          title={
            <>
              {bloc.name} <Tag>{vocab(BlocKind, bloc.kind)}</Tag>
            </>
          }
          wrap
          mayEdit={mayEdit}
          editTestId="bloc-edit"
          editForm={(modal) => <BlocFormModal {...modal} bloc={bloc} />}
          actions={mayDelete ? <DeleteBlocButton bloc={bloc} /> : null}
          extra={
            <Space>
              <Typography.Text strong>{t('year')}:</Typography.Text>
              <Button icon={<LeftOutlined />} onClick={() => setYear(year - 1)} disabled={year <= LIMITS.yearMin} aria-label={text.previousYear} />
              <Select
                value={year}
                onChange={setYear}
                loading={loading && !data}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 100 }}
                data-testid="year-select"
              />
              <Button icon={<RightOutlined />} onClick={() => setYear(year + 1)} disabled={year >= LIMITS.yearMax} aria-label={text.nextYear} />
            </Space>
          }
        >
          <BlocDetails bloc={bloc} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <BlocMembersCard bloc={bloc} year={year} />
            </Col>
            <Col xs={24} xl={10}>
              <BlocYearRolesCard bloc={bloc} year={year} />
            </Col>
            <Col xs={24} xl={12}>
              <BlocHistoryCard bloc={bloc} year={year} onSelectYear={setYear} />
            </Col>
            <Col xs={24} xl={12}>
              <BlocCovenantsCard bloc={bloc} year={year} />
            </Col>
          </Row>
          <BlocCommendationsCard
            bloc={bloc}
            scope={scope}
            onScopeChange={setScope}
            memberAwards={memberAwards.data?.commendations}
            memberAwardsLoading={memberAwards.loading}
          />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
