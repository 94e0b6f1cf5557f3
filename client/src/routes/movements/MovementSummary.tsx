import { Link } from 'react-router';
import { Card, Descriptions, Space, Tag } from 'antd';
import { MovementKind, MovementScope, MovementStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { movementStatusColor } from './movementStatus';
import { formatPeriod } from './movementsFilter';
import { movementTexts } from './texts';

export const MovementSummary_movement = graphql(`
  fragment MovementSummary_movement on Movement {
    id slogan kind scope status startYear endYear description
    launchedBy launchDocument launchedOn
    launchDecision { id number issuer }
    organizerUnit { id name }
    parent { id name }
    children { id name status }
  }
`);

const link = (path: string, id: string, text: string) => <Link to={`/${path}/${encodeURIComponent(id)}`}>{text}</Link>;

/** What the movement is, who launched it and how, and where it sits among other movements. */
export function MovementSummary({ movement: ref }: { movement: FragmentType<typeof MovementSummary_movement> }) {
  const { t, language } = useLanguage();
  const tx = useTexts(movementTexts);
  const vocab = useVocabularyLabel();
  const m = getFragmentData(MovementSummary_movement, ref);
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }}>
        {m.slogan ? (
          <Descriptions.Item label={tx.slogan} span={2}>
            {m.slogan}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('kind')}>{vocab(MovementKind, m.kind)}</Descriptions.Item>
        <Descriptions.Item label={tx.scope}>{vocab(MovementScope, m.scope)}</Descriptions.Item>
        <Descriptions.Item label={tx.status}>
          <Tag color={movementStatusColor[m.status]}>{vocab(MovementStatus, m.status)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={tx.period}>{formatPeriod(m.startYear, m.endYear, language)}</Descriptions.Item>
        <Descriptions.Item label={tx.launchedBy}>{m.launchedBy}</Descriptions.Item>
        <Descriptions.Item label={tx.launchedOn}>{formatDate(m.launchedOn)}</Descriptions.Item>
        <Descriptions.Item label={tx.launchDocument}>{m.launchDocument}</Descriptions.Item>
        <Descriptions.Item label={tx.launchDecision}>
          {m.launchDecision ? link('decisions', m.launchDecision.id, `${m.launchDecision.number ?? tx.noNumber} – ${m.launchDecision.issuer}`) : null}
        </Descriptions.Item>
        <Descriptions.Item label={tx.organizer}>{m.organizerUnit ? link('units', m.organizerUnit.id, m.organizerUnit.name) : null}</Descriptions.Item>
        <Descriptions.Item label={tx.parent}>{m.parent ? link('movements', m.parent.id, m.parent.name) : null}</Descriptions.Item>
        {m.children.length ? (
          <Descriptions.Item label={tx.children} span={2}>
            <Space orientation="vertical" size={0}>
              {m.children.map((child) => (
                <span key={child.id}>
                  {link('movements', child.id, child.name)} <Tag color={movementStatusColor[child.status]}>{vocab(MovementStatus, child.status)}</Tag>
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
        {m.description ? (
          <Descriptions.Item label={tx.description} span={2}>
            {m.description}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
