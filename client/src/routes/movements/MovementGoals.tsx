import { Card, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useTexts } from '../../i18n/language';
import { movementTexts } from './texts';

export const MovementGoals_movement = graphql(`
  fragment MovementGoals_movement on Movement { id goals }
`);

/** The movement's goals, numbered in their order. */
export function MovementGoals({ movement: ref }: { movement: FragmentType<typeof MovementGoals_movement> }) {
  const tx = useTexts(movementTexts);
  const { goals } = getFragmentData(MovementGoals_movement, ref);
  return (
    <Card title={tx.goals} size="small">
      {goals.length ? (
        <ol style={{ margin: 0, paddingInlineStart: 24 }} data-testid="movement-goals">
          {goals.map((goal, i) => (
            <li key={i} style={{ marginBottom: 4 }}>
              {goal}
            </li>
          ))}
        </ol>
      ) : (
        <Typography.Text type="secondary">{tx.noGoals}</Typography.Text>
      )}
    </Card>
  );
}
