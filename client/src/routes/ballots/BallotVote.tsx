import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Radio, Select, Space, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan, useViewer } from '../../auth/AuthProvider';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { userErrorText } from '../../lib/userErrors';
import { BALLOT_TEXTS } from './texts';
import { useCastBallot } from './useCastBallot';

export const BallotVoteFragment = graphql(`
  fragment BallotVote_session on BallotSession {
    id status maxChoices selfVoteAllowed
    candidates { id name }
    participations { id unit { id } }
    covenant { id signatures { id unit { id name } } unsignedMembers { id name } }
  }
`);

/**
 * The ballot of the viewer's unit: one choice (radio) when the session allows one, else a tick
 * per candidate it agrees with. A member unit's officer votes for their unit; the Board records a
 * paper ballot for a member unit it picks.
 */
export function BallotVote(props: { session: FragmentType<typeof BallotVoteFragment> }) {
  const session = getFragmentData(BallotVoteFragment, props.session);
  const text = useTexts(BALLOT_TEXTS);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const ownUnit = useViewer().unit;
  const board = useCan('write:domain');
  const [paperFor, setPaperFor] = useState<string | undefined>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [cast, { loading }] = useCastBallot();

  if (session.status !== 'OPEN') return <Alert type="info" showIcon title={text.notOpen} />;
  const voted = new Set(session.participations.map((p) => p.unit.id));
  const members = [...session.covenant.signatures.map((s) => s.unit), ...session.covenant.unsignedMembers];
  const picker = board ? (
    <Select
      style={{ minWidth: 280 }}
      placeholder={text.paperFor}
      value={paperFor}
      onChange={(id: string) => {
        setPaperFor(id);
        setChosen([]);
      }}
      options={members.filter((m) => !voted.has(m.id)).map((m) => ({ value: m.id, label: m.name }))}
      data-testid="paper-unit"
    />
  ) : null;
  const unit = ownUnit ?? (board ? (members.find((m) => m.id === paperFor) ?? null) : null);
  if (!unit)
    return picker ? (
      <Card size="small" title={text.paper}>
        {picker}
      </Card>
    ) : (
      <Alert type="info" showIcon title={text.notVoter} />
    );
  if (voted.has(unit.id)) return <Alert type="success" showIcon title={text.voted} data-testid="already-voted" />;

  const options = session.candidates.map((c) => ({
    value: c.id,
    label: c.id === unit.id ? `${c.name} ${text.self}` : c.name,
    disabled: c.id === unit.id && !session.selfVoteAllowed,
  }));
  const one = session.maxChoices === 1;
  const full = session.maxChoices !== null && chosen.length >= session.maxChoices;

  const submit = async () => {
    setProblems([]);
    try {
      const { data } = await cast(session.id, unit.id, chosen);
      const errors = data!.castBallot.userErrors;
      if (errors.length) return setProblems(errors.map((e) => userErrorText(e, language)));
      message.success(text.sent);
      setChosen([]);
      setPaperFor(undefined);
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  return (
    <Card size="small" title={`${ownUnit ? text.voteFor : text.paper}: ${unit.name}`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {ownUnit ? null : picker}
        <Typography.Text type="secondary">{one ? text.pickOne : session.maxChoices ? `${text.pickN} ${session.maxChoices}` : text.agreeEach}</Typography.Text>
        {one ? (
          <Radio.Group
            options={options}
            value={chosen[0]}
            onChange={(e) => setChosen([e.target.value as string])}
            style={{ display: 'flex', flexDirection: 'column' }}
          />
        ) : (
          <Checkbox.Group
            options={options.map((o) => ({ ...o, disabled: o.disabled || (full && !chosen.includes(o.value)) }))}
            value={chosen}
            onChange={(values) => setChosen(values as string[])}
            style={{ display: 'flex', flexDirection: 'column' }}
          />
        )}
        {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} data-testid="vote-problems" /> : null}
        <Button type="primary" loading={loading} onClick={() => void submit()} data-testid="vote-button">
          {text.vote}
        </Button>
      </Space>
    </Card>
  );
}
