import { Link } from 'react-router';
import { Tag, Typography } from 'antd';
import { DossierKind, DossierLevel, DossierStatus } from '@thidua/shared';
import { graphql } from '../../gql';
import type { DossierRowFragment } from '../../gql/graphql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { vocabularyLabels, type ExportableColumn } from '../../components/export/exportColumns';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { DOSSIER_STATUS_COLORS, isOverdue } from './dossierLevels';
import { dossierTexts } from './texts';

export const DossierRow = graphql(`
  fragment DossierRow on Dossier {
    id code title kind year status currentLevel dueOn
    proposingUnit { id name }
    bloc { id name }
  }
`);

export type Row = DossierRowFragment;

/** A due date, red when past. */
export function DueDate({ dueOn }: { dueOn: string | null | undefined }) {
  const tx = useTexts(dossierTexts);
  if (!dueOn) return <>{tx.none}</>;
  return isOverdue(dueOn) ? (
    <Typography.Text type="danger" data-testid="dossier-overdue">
      {formatDate(dueOn)} ({tx.overdue.toLowerCase()})
    </Typography.Text>
  ) : (
    <>{formatDate(dueOn)}</>
  );
}

export function StatusTag({ status }: { status: Row['status'] }) {
  const vocab = useVocabularyLabel();
  return <Tag color={DOSSIER_STATUS_COLORS[status]}>{vocab(DossierStatus, status)}</Tag>;
}

/** The columns of a dossier list (the inbox and the full list), and how each is exported. */
export function useDossierColumns(): ExportableColumn<Row>[] {
  const { t, language } = useLanguage();
  const tx = useTexts(dossierTexts);
  const vocab = useVocabularyLabel();
  return [
    { title: tx.code, dataIndex: 'code', render: (code: string, d) => <Link to={`/dossiers/${encodeURIComponent(d.id)}`}>{code}</Link> },
    { title: tx.title, dataIndex: 'title' },
    { title: tx.proposingUnit, key: 'unit', export: { path: 'proposingUnit.name' }, render: (_, d) => d.proposingUnit?.name ?? d.bloc?.name ?? tx.none },
    { title: t('year'), dataIndex: 'year' },
    { title: tx.kind, dataIndex: 'kind', export: { labels: vocabularyLabels(DossierKind, language) }, render: (kind: Row['kind']) => vocab(DossierKind, kind) },
    {
      title: tx.status,
      dataIndex: 'status',
      export: { labels: vocabularyLabels(DossierStatus, language) },
      render: (status: Row['status']) => <StatusTag status={status} />,
    },
    {
      title: tx.level,
      dataIndex: 'currentLevel',
      export: { labels: vocabularyLabels(DossierLevel, language) },
      render: (level: Row['currentLevel']) => vocab(DossierLevel, level),
    },
    { title: tx.dueOn, dataIndex: 'dueOn', export: { format: 'DATE' }, render: (dueOn: string | null) => <DueDate dueOn={dueOn} /> },
  ];
}
