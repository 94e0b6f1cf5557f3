import { Link, useLocation, useMatch, useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Card, Col, Descriptions, Row, Tag } from 'antd';
import { UnitKind } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { Forbidden } from '../../components/Forbidden';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { useYearParam } from '../../lib/useYearParam';
import { UnitBlocsCard } from './UnitBlocsCard';
import { UnitCommendationsCard } from './UnitCommendationsCard';
import { UnitCovenantsCard } from './UnitCovenantsCard';
import { DeleteUnitButton } from './DeleteUnitButton';
import { UnitFormModal } from './UnitFormModal';
import { UnitLineageCard } from './UnitLineageCard';
import { UnitPeopleCard } from './UnitPeopleCard';
import { unitTexts } from './texts';

const UnitQuery = graphql(`
  query UnitPage($id: ID!, $commendationFilter: CommendationFilter) {
    unit(id: $id) {
      id name shortName kind area note version
      parent { id name }
      ...UnitBlocsCard_unit
      ...UnitCommendationsCard_unit
      ...UnitCovenantsCard_unit
      ...UnitPeopleCard_unit
      ...UnitLineageCard_unit
    }
    commendationYears: commendationStats(filter: { unitId: { eq: $id } }, groupBy: [YEAR]) { count key { year } }
  }
`);

/**
 * A unit: details, blocs year by year, commendations, covenants signed, people, lineage.
 * At /units/:id/edit its edit form is open — for the Board and the unit's own officer only.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const text = useTexts(unitTexts);
  const vocab = useVocabularyLabel();
  const navigate = useNavigate();
  const { search } = useLocation();
  const editing = useMatch('/units/:id/edit') !== null;
  const mayEdit = useCan('write:unit', { unitId: id });
  // Only the Board deletes units (a unit officer edits their own, but never deletes it).
  const mayDelete = useCan('write:domain');
  const [year, setYear] = useYearParam();
  const { data, previousData, loading, error, refetch } = useQuery(UnitQuery, {
    variables: { id, commendationFilter: year ? { year: { eq: year } } : undefined },
    skip: editing && !mayEdit,
  });
  const shown = data ?? previousData;
  const unit = shown?.unit.id === id ? shown.unit : undefined;
  const years = (shown?.commendationYears ?? [])
    .filter((g) => g.key.year != null)
    .map((g) => ({ year: g.key.year!, count: g.count }))
    .sort((a, b) => b.year - a.year);

  const unitPath = `/units/${encodeURIComponent(id)}`;
  if (editing && !mayEdit) {
    return <Forbidden title={text.mayNotEdit} extra={<Link to={unitPath}>{text.backToUnit}</Link>} />;
  }

  return (
    <QueryState loading={loading && !unit} error={error} onRetry={() => void refetch()}>
      {unit ? (
        <RecordPage
          id={unit.id}
          listPath="/units"
          breadcrumb={<Breadcrumb items={[{ title: <Link to="/units">{t('units')}</Link> }, { title: unit.name }]} />}
          title={
            <>
              {unit.name} <Tag>{vocab(UnitKind, unit.kind)}</Tag>
            </>
          }
          titleTestId="unit-name-title"
          wrap
          mayEdit={mayEdit}
          editTestId="unit-edit"
          actions={mayDelete ? <DeleteUnitButton unit={unit} /> : null}
          editing={editing}
          onEditingChange={(open) => navigate(`${unitPath}${open ? '/edit' : ''}${search}`)}
          editForm={(modal) => (
            <UnitFormModal
              {...modal}
              unit={{ id: unit.id, version: unit.version, name: unit.name, shortName: unit.shortName, kind: unit.kind, area: unit.area, note: unit.note }}
            />
          )}
        >
          <Card>
            <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
              {unit.shortName ? <Descriptions.Item label={text.shortName}>{unit.shortName}</Descriptions.Item> : null}
              <Descriptions.Item label={t('kind')}>{vocab(UnitKind, unit.kind)}</Descriptions.Item>
              {unit.area ? <Descriptions.Item label={t('area')}>{unit.area}</Descriptions.Item> : null}
              {unit.parent ? (
                <Descriptions.Item label={text.parent}>
                  <Link to={`/units/${encodeURIComponent(unit.parent.id)}`}>{unit.parent.name}</Link>
                </Descriptions.Item>
              ) : null}
              {unit.note ? (
                <Descriptions.Item label={t('note')} span="filled">
                  {unit.note}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <UnitBlocsCard unit={unit} />
          <UnitCommendationsCard unit={unit} years={years} year={year} onYearChange={setYear} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <UnitCovenantsCard unit={unit} />
            </Col>
            <Col xs={24} xl={12}>
              <UnitLineageCard unit={unit} />
            </Col>
          </Row>
          <UnitPeopleCard unit={unit} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
