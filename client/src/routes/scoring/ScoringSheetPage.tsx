import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Card, Space, Typography } from 'antd';
import { QueryState } from '../../components/QueryState';
import { useLanguage, useTexts } from '../../i18n/language';
import { RemoteChangeNotice } from '../../live/RemoteChangeNotice';
import { PresenceBar } from '../../presence';
import { RankingTable } from '../covenants';
import { ScoringSheetQuery } from './operations';
import { ScoringSheet } from './ScoringSheet';
import { SHEET_TEXTS } from './texts';

/**
 * A covenant's scoring sheet (/covenants/:id/scoring): one query for the whole grid, then live
 * updates (the app's one `changes` feed refetches it when another officer saves) and who else is here.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const text = useTexts(SHEET_TEXTS);
  const { data, loading, error, refetch } = useQuery(ScoringSheetQuery, { variables: { id } });
  const covenant = data?.covenant;
  const covenantPath = `/covenants/${encodeURIComponent(id)}`;
  return (
    <QueryState loading={loading && !covenant} error={error} onRetry={() => void refetch()}>
      {covenant ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Breadcrumb
            items={[
              { title: <Link to="/covenants">{t('covenants')}</Link> },
              { title: <Link to={covenantPath}>{covenant.title}</Link> },
              { title: text.sheet },
            ]}
          />
          <RemoteChangeNotice id={covenant.id} listPath="/covenants" />
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="scoring-title">
            {text.sheet} — {covenant.bloc.name} {covenant.year} <PresenceBar recordId={covenant.id} />
          </Typography.Title>
          <Card>
            <ScoringSheet covenant={covenant} />
          </Card>
          <RankingTable covenant={covenant} sheetLink={false} />
        </Space>
      ) : null}
    </QueryState>
  );
}
