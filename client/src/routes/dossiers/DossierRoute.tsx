import { useQuery } from '@apollo/client/react';
import { Card, Empty, Steps, Timeline, Typography } from 'antd';
import { DossierLevel, DossierStatus } from '@thidua/shared';
import { graphql } from '../../gql';
import type { DossierLevel as Level } from '../../gql/graphql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { formatDateTime } from '../../lib/format';
import { dossierRoute, moveOf } from './dossierLevels';
import { dossierTexts } from './texts';

const RouteQuery = graphql(`
  query DossierRoute($id: ID!) {
    dossier(id: $id) {
      id
      history(first: 100) { nodes { id occurredAt actorName reason changes { field before after } } }
    }
  }
`);

interface Props {
  dossier: { id: string; originLevel: Level; receiverLevel: Level; currentLevel: Level };
}

/** Where the dossier goes (the levels, the current one highlighted) and every move so far: who, when, status and level before → after, why. */
export function DossierRoute({ dossier }: Props) {
  const tx = useTexts(dossierTexts);
  const vocab = useVocabularyLabel();
  const levels = dossierRoute(dossier);
  const { data } = useQuery(RouteQuery, { variables: { id: dossier.id } });
  const moves = (data?.dossier.history.nodes ?? []).flatMap((event) => {
    const move = moveOf(event.changes);
    return move ? [{ event, move }] : [];
  });
  const arrow = (before: string | null | undefined, after: string | null | undefined, label: (v: string) => string) =>
    after ? `${before ? label(before) : '∅'} → ${label(after)}` : null;
  return (
    <Card title={tx.route} size="small">
      <Steps
        size="small"
        current={levels.indexOf(dossier.currentLevel)}
        items={levels.map((level) => ({ title: vocab(DossierLevel, level) }))}
        data-testid="dossier-route"
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {tx.transitions}
      </Typography.Title>
      {moves.length ? (
        <Timeline
          data-testid="dossier-moves"
          items={moves.map(({ event, move }) => ({
            key: event.id,
            content: (
              <div data-testid="dossier-move">
                <Typography.Text strong>{formatDateTime(event.occurredAt)}</Typography.Text> · {event.actorName}
                <div>{arrow(move.statusBefore, move.statusAfter, (v) => vocab(DossierStatus, v as never))}</div>
                <div>{arrow(move.levelBefore, move.levelAfter, (v) => vocab(DossierLevel, v as never))}</div>
                {event.reason ? (
                  <Typography.Text type="secondary">
                    {tx.reason}: {event.reason}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tx.noTransitions} />
      )}
    </Card>
  );
}
