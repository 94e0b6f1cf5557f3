import { Card, Space, Statistic, Tag } from 'antd';
import { DossierStatus } from '@thidua/shared';
import type { DossierStatus as Status } from '../../gql/graphql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { DOSSIER_STATUS_COLORS } from './dossierLevels';
import { dossierTexts } from './texts';

interface Props {
  totalCount: number;
  overdueCount: number;
  byStatus: readonly { status: Status; count: number }[];
  /** The status the table shows; a tag filters by its status (again: all). */
  selected?: string;
  onSelect(status: Status | undefined): void;
}

/** How many dossiers wait on the viewer, per status, and how many are past their due date. */
export function InboxCounts({ totalCount, overdueCount, byStatus, selected, onSelect }: Props) {
  const tx = useTexts(dossierTexts);
  const vocab = useVocabularyLabel();
  const ordered = [...byStatus].sort((a, b) => DossierStatus.values.indexOf(a.status) - DossierStatus.values.indexOf(b.status));
  return (
    <Card size="small">
      <Space wrap size="large" align="center">
        <Statistic title={tx.total} value={totalCount} data-testid="inbox-total" />
        <Statistic title={tx.overdue} value={overdueCount} styles={{ content: overdueCount ? { color: '#cf1322' } : undefined }} data-testid="inbox-overdue" />
        <Space wrap>
          {ordered.map(({ status, count }) => (
            <Tag.CheckableTag
              key={status}
              checked={selected === status}
              onChange={(checked) => onSelect(checked ? status : undefined)}
              data-testid={`inbox-count-${status}`}
            >
              <Tag color={DOSSIER_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
                {vocab(DossierStatus, status)}: {count}
              </Tag>
            </Tag.CheckableTag>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
