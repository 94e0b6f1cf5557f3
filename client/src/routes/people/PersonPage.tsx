import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Space, Typography } from 'antd';
import { graphql } from '../../gql';
import { useViewer } from '../../auth/AuthProvider';
import { canDeletePerson, canWritePerson } from '../../auth/permissions';
import { connectionProps } from '../../components/connectionProps';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { intParam, listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { CommendationTable } from '../commendations';
import { DeletePersonButton } from './DeletePersonButton';
import { PersonAffiliations } from './PersonAffiliations';
import { PersonFormModal } from './PersonFormModal';
import { PersonSummary } from './PersonSummary';
import { peopleTexts } from './texts';

const PersonQuery = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id fullName version
      affiliations { id endedOn unit { id } }
      ...PersonSummary_person ...PersonAffiliations_person ...PersonFormModal_person
    }
  }
`);

const PersonCommendationsQuery = graphql(`
  query PersonCommendations($filter: CommendationFilter!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {
    commendations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...CommendationTable_commendation }
    }
  }
`);

export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const tx = useTexts(peopleTexts);
  const list = useListParams();
  const year = intParam(list.get('year'));
  const sort = listSort(list, ['YEAR', 'AWARD_RANK'] as const, { field: 'YEAR', dir: 'DESC' });
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(PersonQuery, { variables: { id } });
  const commendations = useQuery(PersonCommendationsQuery, {
    variables: { filter: { personId: { eq: id }, ...(year !== undefined ? { year: { eq: year } } : {}) }, ...list.paging, orderBy: sort.orderBy },
  });
  const person = data?.person;
  // The Board, or the officer of a unit where the person works now (the server's rule).
  const mayEdit =
    !!person &&
    canWritePerson(
      viewer,
      person.affiliations.filter((a) => !a.endedOn).map((a) => a.unit.id),
    );
  const mayDelete =
    !!person &&
    canDeletePerson(
      viewer,
      person.affiliations.map((a) => ({ unitId: a.unit.id, current: !a.endedOn })),
    );
  return (
    <QueryState loading={loading && !person} error={error} onRetry={() => void refetch()}>
      {person ? (
        <RecordPage
          id={person.id}
          listPath="/people"
          title={person.fullName}
          mayEdit={mayEdit}
          editTestId="edit-person"
          actions={mayDelete ? <DeletePersonButton person={person} /> : null}
          editForm={(modal) => <PersonFormModal {...modal} person={person} />}
        >
          <PersonSummary person={person} />
          <PersonAffiliations person={person} />
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {tx.commendations}
            </Typography.Title>
            <YearSelect placeholder={t('year')} value={year} onChange={(value) => list.update({ year: value })} style={{ width: 120 }} />
          </Space>
          <CommendationTable list={list} sort={sort} hide={['recipient']} {...connectionProps(commendations, (d) => d.commendations)} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
