import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Table, Tag } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { ProposalStatus, ProposedAward } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ProposalsCard_ProposalFragment } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { flowTexts } from './flowTexts';
import { useCreateDossierFromProposals } from './useDossierFlowMutations';

export const ProposalsCard_proposal = graphql(`
  fragment ProposalsCard_proposal on CommendationProposal {
    id status award votes percent
    unit { id name }
    dossier { id code }
  }
`);

type Proposal = ProposalsCard_ProposalFragment;

interface Props {
  proposals: readonly FragmentType<typeof ProposalsCard_proposal>[];
  /** The covenant's bloc: its officer (or the Board) makes the dossier. */
  blocId: string;
}

/** A covenant's proposals with their status; the bloc's officer or the Board turns the selected PROPOSED ones into a dossier and opens it. */
export function ProposalsCard({ proposals: refs, blocId }: Props) {
  const { label } = useLanguage();
  const tx = useTexts(flowTexts);
  const navigate = useNavigate();
  const feedback = useMutationFeedback();
  const mayCreate = useCan('write:bloc', { blocId });
  const proposals = getFragmentData(ProposalsCard_proposal, refs);
  const open = proposals.filter((p) => p.status === 'PROPOSED').map((p) => p.id);
  const [picked, setPicked] = useState<readonly string[] | null>(null);
  const selected = (picked ?? open).filter((id) => open.includes(id));
  const [create, { loading }] = useCreateDossierFromProposals();

  const makeDossier = async () => {
    const payload = await feedback(
      async () => (await create({ variables: { input: { proposalIds: [...selected] } } })).data?.createDossierFromProposals,
      tx.dossierCreated,
    );
    if (payload?.dossier) navigate(`/dossiers/${encodeURIComponent(payload.dossier.id)}`);
  };

  const button = mayCreate ? (
    <Button
      type="primary"
      icon={<FileAddOutlined />}
      disabled={!selected.length}
      loading={loading}
      onClick={() => void makeDossier()}
      data-testid="create-dossier-from-proposals"
    >
      {tx.createDossier}
    </Button>
  ) : null;
  return (
    <Card size="small" title={tx.proposals} extra={button} data-testid="proposals-card">
      <Table<Proposal>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...proposals]}
        locale={{ emptyText: tx.noProposals }}
        data-testid="proposals-table"
        rowSelection={
          mayCreate
            ? {
                selectedRowKeys: [...selected],
                onChange: (keys) => setPicked(keys.map(String)),
                getCheckboxProps: (p) => ({ disabled: p.status !== 'PROPOSED', 'data-testid': `pick-${p.id}` }) as never,
              }
            : undefined
        }
        columns={[
          { title: tx.unit, key: 'unit', render: (_, p) => p.unit.name },
          { title: tx.award, key: 'award', render: (_, p) => <Tag color="gold">{label(ProposedAward.labels[p.award])}</Tag> },
          { title: tx.votes, key: 'votes', align: 'right', render: (_, p) => `${p.votes} (${formatNumber(p.percent)}%)` },
          { title: tx.status, key: 'status', render: (_, p) => <ProposalStatusTag proposal={p} /> },
        ]}
      />
    </Card>
  );
}

/** "Đã đề nghị", or "in a dossier" with a link to it when the viewer may see it. */
export function ProposalStatusTag({ proposal: p }: { proposal: Pick<Proposal, 'status' | 'dossier'> }) {
  const { label } = useLanguage();
  const tag = <Tag color={p.status === 'PROPOSED' ? 'blue' : 'green'}>{label(ProposalStatus.labels[p.status])}</Tag>;
  if (!p.dossier) return tag;
  return (
    <>
      {tag}
      <Link to={`/dossiers/${encodeURIComponent(p.dossier.id)}`} data-testid="proposal-dossier">
        {p.dossier.code}
      </Link>
    </>
  );
}
