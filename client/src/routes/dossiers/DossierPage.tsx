import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Breadcrumb } from 'antd';
import { DOSSIER_EDITABLE } from '@thidua/shared';
import { getFragmentData, graphql } from '../../gql';
import { DocumentDownloads } from '../../components/documents';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useTexts } from '../../i18n/language';
import { DeleteDossierButton } from './DeleteDossierButton';
import { DossierDecision, useMayAppraise } from './DossierDecision';
import { DossierAttachments } from './DossierAttachments';
import { DossierEditModal } from './DossierEditModal';
import { DossierLines } from './DossierLines';
import { DossierRoute } from './DossierRoute';
import { DossierSummary } from './DossierSummary';
import { DossierWorkflow } from './DossierWorkflow';
import { dossierTexts } from './texts';

export const DossierPage_dossier = graphql(`
  fragment DossierPage_dossier on Dossier {
    id code title content kind year status version currentLevel originLevel receiverLevel dueOn
    proposalNumber proposalDate proposalSigner
    proposingUnit { id name }
    holderUnit { id name }
    bloc { id name }
    receiverUnit { id name }
    movement { id name }
    mergedInto { id code }
    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }
    lines { id ...DossierLines_line }
    ...DossierDecision_dossier
  }
`);

const DossierQuery = graphql(`
  query DossierPage($id: ID!) {
    dossier(id: $id) { id ...DossierPage_dossier ...DossierAttachments_dossier }
  }
`);

/**
 * Whether the viewer may change the dossier now: it is not sent yet (DRAFT, RETURNED) and they
 * own it, which the server tells by offering them the SUBMIT step (only the owner gets it).
 */
export const mayEditDossier = (d: { status: string; allowedTransitions: readonly { name: string }[] }) =>
  (DOSSIER_EDITABLE as readonly string[]).includes(d.status) && d.allowedTransitions.some((t) => t.name === 'SUBMIT');

/** A nomination dossier: its state and steps, its route across the levels with every move, and its list of nominees. */
export function Component() {
  const { id = '' } = useParams();
  const tx = useTexts(dossierTexts);
  const { data, loading, error, refetch } = useQuery(DossierQuery, { variables: { id } });
  const dossier = data ? getFragmentData(DossierPage_dossier, data.dossier) : undefined;
  const editable = dossier ? mayEditDossier(dossier) : false;
  const appraisable = useMayAppraise(dossier ?? { status: '', currentLevel: '' });
  return (
    <QueryState loading={loading && !dossier} error={error} onRetry={() => void refetch()}>
      {dossier ? (
        <RecordPage
          id={dossier.id}
          listPath="/dossiers"
          breadcrumb={<Breadcrumb items={[{ title: <Link to="/dossiers">{tx.dossiers}</Link> }, { title: dossier.code }]} />}
          title={`${dossier.code} · ${dossier.title}`}
          titleTestId="dossier-title"
          wrap
          // Dossiers take no comments (yet): their exchange is the reasons of each move.
          comments={false}
          mayEdit={editable}
          editTestId="edit-dossier"
          editForm={(props) => <DossierEditModal {...props} dossier={dossier} />}
          actions={editable ? <DeleteDossierButton dossier={dossier} /> : null}
        >
          <DossierWorkflow dossier={dossier} />
          {!(DOSSIER_EDITABLE as readonly string[]).includes(dossier.status) ? (
            <Alert type="info" showIcon title={tx.locked} data-testid="dossier-locked" />
          ) : null}
          <DossierSummary dossier={dossier} />
          <DocumentDownloads kind="PROPOSAL_LETTER" recordId={dossier.id} label={tx.proposalLetter} />
          <DossierRoute dossier={dossier} />
          <DossierDecision dossier={dossier} />
          <DossierLines dossierId={dossier.id} lines={dossier.lines} editable={editable} appraisable={appraisable} />
          <DossierAttachments dossier={data!.dossier} editable={editable} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
