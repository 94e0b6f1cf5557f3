import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, InputNumber, Space, Table, Typography } from 'antd';
import { COUNCIL_LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CouncilAgenda_SessionFragment } from '../../gql/graphql';
import { useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { payloadOf, useVersionedSave } from '../../live/useVersionedSave';
import { AgendaDossiersModal } from './AgendaDossiersModal';
import { CouncilResultTag } from './councilTags';
import { councilTexts } from './texts';
import { useRecordCouncilVotes } from './useCouncilMutations';
import { scoreOf, useVoteDraft, votesToSend } from './useVoteDraft';

export const CouncilAgenda_session = graphql(`
  fragment CouncilAgenda_session on CouncilSession {
    id version status presentCount thresholdBase thresholdPercent
    members { present }
    agenda {
      agree disagree percent result
      line {
        id position subjectKind councilResult
        awardType { id nameVi }
        unit { id name }
        person { id fullName }
        household { id name }
        dossier { id code title }
      }
    }
  }
`);

type Item = CouncilAgenda_SessionFragment['agenda'][number] & { index: number };
const subjectOf = (line: Item['line']) => line?.unit?.name ?? line?.person?.fullName ?? line?.household?.name ?? '';

/**
 * What the council votes on: each line with its dossier, nominee and proposed award, the counts
 * and the result by the session's rule. In a draft the Board chooses the dossiers; while voting it
 * types the counting committee's figures and saves them at once ("Lưu kết quả") against the
 * version shown; once closed the results are the lines' own.
 */
export function CouncilAgenda({ session: ref, mayEdit }: { session: FragmentType<typeof CouncilAgenda_session>; mayEdit: boolean }) {
  const session = getFragmentData(CouncilAgenda_session, ref);
  const tx = useTexts(councilTexts);
  const { message } = App.useApp();
  const feedback = useMutationFeedback();
  const versioned = useVersionedSave('CouncilSession');
  const [record, { loading }] = useRecordCouncilVotes();
  const [choosing, setChoosing] = useState(false);
  const voting = mayEdit && session.status === 'VOTING';
  const saved = session.agenda.flatMap((a) => (a.line ? [{ lineId: a.line.id, agree: a.agree ?? null, disagree: a.disagree ?? null }] : []));
  const entry = useVoteDraft(saved, session.version);
  const shown = new Map(entry.votes.map((v) => [v.lineId, v]));
  const base = session.thresholdBase === 'PRESENT' ? session.presentCount : session.members.length;
  const counted = session.agenda.filter((a) => a.agree !== null && a.disagree !== null).length;

  const save = async () => {
    if (entry.incomplete.length) return void message.error(tx.votesIncomplete);
    const done = await feedback(async () => {
      const outcome = await versioned.save(
        entry.draft(),
        async (input) =>
          (await record({ variables: { input: { id: session.id, expectedVersion: input.expectedVersion, votes: votesToSend(input.agenda) } } })).data!
            .recordCouncilVotes,
      );
      if (outcome.status === 'refused' || outcome.status === 'cancelled') entry.rebase(outcome.draft);
      if (outcome.status === 'deleted') entry.reset();
      return payloadOf(outcome);
    }, tx.votesSaved);
    if (done) entry.reset();
  };

  const count = (item: Item, field: 'agree' | 'disagree') => {
    const value = item.line ? (shown.get(item.line.id)?.[field] ?? null) : (item[field] ?? null);
    if (!voting || !item.line) return value ?? tx.none;
    const lineId = item.line.id;
    return (
      <InputNumber
        size="small"
        min={0}
        max={COUNCIL_LIMITS.membersMax}
        precision={0}
        value={value}
        aria-label={`${field === 'agree' ? tx.agree : tx.disagree}: ${subjectOf(item.line)}`}
        onChange={(v) => entry.set(lineId, field, typeof v === 'number' ? v : null)}
        style={{ width: 80 }}
        data-testid={`vote-${field}`}
      />
    );
  };
  // A line being typed shows its result as it would be counted; the others as the server counted them.
  const scored = (item: Item) => {
    const typed = item.line && entry.typedLine(item.line.id) ? shown.get(item.line.id) : undefined;
    return typed ? scoreOf(typed.agree, typed.disagree, base, session.thresholdPercent) : { percent: item.percent ?? null, result: item.result ?? null };
  };

  const extra = (
    <Space wrap>
      <Typography.Text type="secondary" data-testid="council-counted">
        {tx.counted}: {counted}/{session.agenda.length}
      </Typography.Text>
      {mayEdit && session.status === 'DRAFT' ? (
        <Button size="small" onClick={() => setChoosing(true)} data-testid="choose-dossiers">
          {tx.chooseDossiers}
        </Button>
      ) : null}
      {voting ? (
        <>
          {entry.dirty ? (
            <Button size="small" onClick={entry.reset} data-testid="votes-undo">
              {tx.undo}
            </Button>
          ) : null}
          <Button size="small" type="primary" loading={loading} disabled={!entry.dirty} onClick={() => void save()} data-testid="save-votes">
            {tx.saveVotes}
          </Button>
        </>
      ) : null}
    </Space>
  );
  return (
    <Card size="small" title={`${tx.agenda} (${session.agenda.length})`} extra={extra} data-testid="council-agenda-card">
      <Table<Item>
        rowKey={(item) => item.line?.id ?? `removed-${item.index}`}
        size="small"
        pagination={false}
        dataSource={session.agenda.map((a, index) => ({ ...a, index }))}
        locale={{ emptyText: <Typography.Text type="secondary">{tx.agendaEmpty}</Typography.Text> }}
        data-testid="council-agenda"
        onRow={() => ({ 'data-testid': 'agenda-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '#', key: 'no', width: 40, render: (_, item) => item.index + 1 },
          {
            title: tx.code,
            key: 'dossier',
            render: (_, item) =>
              item.line?.dossier ? (
                <Link to={`/dossiers/${encodeURIComponent(item.line.dossier.id)}`} title={item.line.dossier.title}>
                  {item.line.dossier.code}
                </Link>
              ) : (
                tx.none
              ),
          },
          { title: tx.subject, key: 'subject', render: (_, item) => (item.line ? subjectOf(item.line) : tx.removedLine) },
          { title: tx.award, key: 'award', render: (_, item) => item.line?.awardType.nameVi ?? tx.none },
          { title: tx.agree, key: 'agree', width: 110, align: 'right', render: (_, item) => count(item, 'agree') },
          { title: tx.disagree, key: 'disagree', width: 120, align: 'right', render: (_, item) => count(item, 'disagree') },
          {
            title: tx.percent,
            key: 'percent',
            width: 90,
            align: 'right',
            render: (_, item) => {
              const { percent } = scored(item);
              return percent === null ? tx.none : `${formatNumber(percent)}%`;
            },
          },
          {
            title: tx.result,
            key: 'result',
            width: 110,
            render: (_, item) => {
              const { result } = scored(item);
              return result ? <CouncilResultTag result={result} /> : tx.none;
            },
          },
        ]}
      />
      {mayEdit && session.status === 'DRAFT' ? <AgendaDossiersModal open={choosing} onClose={() => setChoosing(false)} session={session} /> : null}
      {versioned.holder}
    </Card>
  );
}
