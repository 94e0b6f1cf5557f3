import { Link } from 'react-router';
import { Card, Tag, Typography } from 'antd';
import { CovenantStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { movementTexts } from './texts';

export const MovementCriteria_movement = graphql(`
  fragment MovementCriteria_movement on Movement {
    id
    criteria {
      id number title maxScore
      covenant { id year title status bloc { id name } }
    }
  }
`);

/** Covenant tasks/criteria that point at this movement, each with the covenant (bloc, year) it belongs to. */
export function MovementCriteria({ movement: ref }: { movement: FragmentType<typeof MovementCriteria_movement> }) {
  const tx = useTexts(movementTexts);
  const vocab = useVocabularyLabel();
  const { criteria } = getFragmentData(MovementCriteria_movement, ref);
  const sorted = [...criteria].sort((a, b) => b.covenant.year - a.covenant.year || a.covenant.bloc.name.localeCompare(b.covenant.bloc.name, 'vi'));
  return (
    <Card title={tx.criteria} size="small">
      {sorted.length ? (
        <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {sorted.map((c) => (
            <li key={c.id} style={{ marginBottom: 12 }}>
              <Typography.Text strong>
                {c.number}. {c.title}
              </Typography.Text>
              {c.maxScore != null ? (
                <Typography.Text type="secondary">
                  {' '}
                  ({formatNumber(c.maxScore)} {tx.maxScore})
                </Typography.Text>
              ) : null}
              <div>
                <Link to={`/covenants/${encodeURIComponent(c.covenant.id)}`}>{c.covenant.title}</Link>
                {' – '}
                <Link to={`/blocs/${encodeURIComponent(c.covenant.bloc.id)}`}>{c.covenant.bloc.name}</Link>, {c.covenant.year}{' '}
                <Tag>{vocab(CovenantStatus, c.covenant.status)}</Tag>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <Typography.Text type="secondary">{tx.noCriteria}</Typography.Text>
      )}
    </Card>
  );
}
