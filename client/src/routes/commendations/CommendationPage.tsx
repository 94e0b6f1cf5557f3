import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb } from 'antd';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { CommendationActions, recipientName } from './CommendationActions';
import { CommendationFormModal } from './CommendationFormModal';
import { CommendationSummary } from './CommendationSummary';
import { commendationRecordTexts } from './texts';

const CommendationQuery = graphql(`
  query CommendationPage($id: ID!) {
    commendation(id: $id) {
      id year status
      awardType { id nameVi nameEn }
      unit { id name }
      person { id fullName }
      household { id name }
      ...CommendationSummary_commendation
      ...CommendationActions_commendation
      ...CommendationFormModal_commendation
    }
  }
`);

/** One commendation: its particulars, what the Board may do with it, and its history. */
export function Component() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const tx = useTexts(commendationRecordTexts);
  const navigate = useNavigate();
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(CommendationQuery, { variables: { id } });
  const commendation = data?.commendation;
  const recipient = commendation ? recipientName(commendation) : '';
  return (
    <QueryState loading={loading && !commendation} error={error} onRetry={() => void refetch()}>
      {commendation ? (
        <RecordPage
          id={commendation.id}
          listPath="/commendations"
          breadcrumb={<Breadcrumb items={[{ title: <Link to="/commendations">{t('commendations')}</Link> }, { title: tx.title }]} />}
          title={`${language === 'vi' ? commendation.awardType.nameVi : commendation.awardType.nameEn} ${commendation.year} – ${recipient}`}
          titleTestId="commendation-title"
          alignTop
          wrap
          mayEdit={mayEdit && commendation.status !== 'REVOKED'}
          editTestId="edit-commendation"
          editForm={(modal) => <CommendationFormModal {...modal} commendation={commendation} recipient={recipient} />}
          actions={<CommendationActions commendation={commendation} withoutEdit onDeleted={() => navigate('/commendations')} />}
          comments={false}
        >
          <CommendationSummary commendation={commendation} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
