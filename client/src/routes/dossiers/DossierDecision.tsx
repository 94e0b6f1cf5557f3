import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Descriptions, Space } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { DocumentDownloads } from '../../components/documents';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { ApproveDossierModal } from './ApproveDossierModal';
import { CancelApprovalModal } from './CancelApprovalModal';
import { flowTexts } from './flowTexts';

export const DossierDecision_dossier = graphql(`
  fragment DossierDecision_dossier on Dossier {
    id version status
    decision { id number issuedOn issuer signer }
  }
`);

/** The award decision of an approved dossier; for the Board, approving it (AWAITING_DECISION) or cancelling the approval (AWARDED). */
export function DossierDecision(props: { dossier: FragmentType<typeof DossierDecision_dossier> }) {
  const tx = useTexts(flowTexts);
  const board = useCan('write:domain');
  const dossier = getFragmentData(DossierDecision_dossier, props.dossier);
  const [open, setOpen] = useState<'approve' | 'cancel' | null>(null);
  const { decision } = dossier;
  const mayApprove = board && dossier.status === 'AWAITING_DECISION';
  const mayCancel = board && dossier.status === 'AWARDED';
  // Anyone who sees a dossier awaiting decision may download the draft decision.
  if (!decision && dossier.status !== 'AWAITING_DECISION') return null;
  const actions = (
    <Space>
      {mayApprove ? (
        <Button type="primary" onClick={() => setOpen('approve')} data-testid="approve-dossier">
          {tx.approve}
        </Button>
      ) : null}
      {mayCancel ? (
        <Button danger onClick={() => setOpen('cancel')} data-testid="cancel-approval">
          {tx.cancelApproval}
        </Button>
      ) : null}
    </Space>
  );
  return (
    <Card size="small" title={tx.decision} extra={actions} data-testid="dossier-decision">
      {decision ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={tx.decisionNumber}>
            <Link to={`/decisions/${encodeURIComponent(decision.id)}`} data-testid="dossier-decision-link">
              {decision.number ?? decision.id}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={tx.issuedOn}>{decision.issuedOn ? formatDate(decision.issuedOn) : '—'}</Descriptions.Item>
          <Descriptions.Item label={tx.issuer}>{decision.issuer}</Descriptions.Item>
          <Descriptions.Item label={tx.signer}>{decision.signer ?? '—'}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <DocumentDownloads kind="DECISION" recordId={decision?.id ?? dossier.id} label={decision ? tx.decisionDocument : tx.draftDecision} size="small" />
      <ApproveDossierModal dossier={dossier} open={open === 'approve'} onClose={() => setOpen(null)} />
      <CancelApprovalModal dossier={dossier} open={open === 'cancel'} onClose={() => setOpen(null)} />
    </Card>
  );
}

/** The Board holds the dossier in a state where its lines are appraised (dossier-appraisal.service.ts). */
export const APPRAISABLE_STATUSES: readonly string[] = ['RECEIVED', 'FORWARDED', 'RETURNED_FOR_REVIEW'];
export function useMayAppraise(dossier: { status: string; currentLevel: string }) {
  return useCan('write:domain') && dossier.currentLevel === 'BOARD' && APPRAISABLE_STATUSES.includes(dossier.status);
}
