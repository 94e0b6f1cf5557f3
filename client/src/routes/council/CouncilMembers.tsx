import { useState } from 'react';
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { councilQuorumMet } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { payloadOf, useVersionedSave } from '../../live/useVersionedSave';
import { MembersEditor, membersInput, membersNamed, type Member } from './MembersEditor';
import { councilTexts } from './texts';
import { useUpdateCouncilSession } from './useCouncilMutations';

export const CouncilMembers_session = graphql(`
  fragment CouncilMembers_session on CouncilSession {
    id version status quorumPercent
    members { name position role present }
  }
`);

/** Members being edited: the version and list they started from, and the list now. */
interface Draft {
  version: number;
  base: Member[];
  rows: Member[];
}

/** How many members are present of how many, and whether that is the quorum. */
export function Attendance({ members, quorumPercent }: { members: readonly Member[]; quorumPercent: number }) {
  const tx = useTexts(councilTexts);
  const present = members.filter((m) => m.present).length;
  const met = councilQuorumMet(present, members.length, quorumPercent);
  return (
    <Space size={4} data-testid="council-attendance">
      <Typography.Text>
        {tx.presentCount}: {present}/{members.length}
      </Typography.Text>
      <Tag color={met ? 'green' : 'orange'} data-testid="council-quorum">
        {met ? tx.quorumMet : tx.quorumMissed} ({quorumPercent}%)
      </Tag>
    </Space>
  );
}

/**
 * The council's members and who is present. The Board changes them while the session is a draft
 * or voting (attendance is taken at the meeting) and saves the whole list once, against the
 * version it started from; a conflict opens the merge dialog.
 */
export function CouncilMembers({ session: ref, mayEdit }: { session: FragmentType<typeof CouncilMembers_session>; mayEdit: boolean }) {
  const session = getFragmentData(CouncilMembers_session, ref);
  const tx = useTexts(councilTexts);
  const feedback = useMutationFeedback();
  const versioned = useVersionedSave('CouncilSession');
  const [update, { loading }] = useUpdateCouncilSession();
  const [draft, setDraft] = useState<Draft | null>(null);
  const editable = mayEdit && (session.status === 'DRAFT' || session.status === 'VOTING');
  const rows = draft?.rows ?? (session.members as Member[]);
  const named = membersNamed(rows);

  const change = (next: Member[]) => setDraft({ version: draft?.version ?? session.version, base: draft?.base ?? (session.members as Member[]), rows: next });
  const save = async () => {
    if (!draft) return;
    const saved = await feedback(async () => {
      const outcome = await versioned.save(
        { version: draft.version, base: { members: membersInput(draft.base) }, current: { members: membersInput(draft.rows) } },
        async (input) => (await update({ variables: { input: { ...input, id: session.id } } })).data!.updateCouncilSession,
      );
      // Refused or back from the dialog: later saves build on what it saw last.
      if (outcome.status === 'refused' || outcome.status === 'cancelled')
        setDraft((d) => d && { ...d, version: outcome.draft.version, base: (outcome.draft.base.members as Member[]) ?? d.base });
      if (outcome.status === 'deleted') setDraft(null);
      return payloadOf(outcome);
    });
    if (saved) setDraft(null);
  };

  const extra = (
    <Space wrap>
      <Attendance members={rows} quorumPercent={session.quorumPercent} />
      {editable && draft ? (
        <>
          <Button size="small" onClick={() => setDraft(null)} data-testid="members-undo">
            {tx.undo}
          </Button>
          <Button size="small" type="primary" loading={loading} disabled={!named} onClick={() => void save()} data-testid="save-members">
            {tx.saveMembers}
          </Button>
        </>
      ) : null}
    </Space>
  );
  return (
    <Card size="small" title={`${tx.members} (${rows.length})`} extra={extra} data-testid="council-members-card">
      {draft && !named ? <Alert type="warning" showIcon title={tx.nameMissing} style={{ marginBottom: 8 }} /> : null}
      <MembersEditor value={rows} onChange={change} disabled={!editable} />
      {versioned.holder}
    </Card>
  );
}
