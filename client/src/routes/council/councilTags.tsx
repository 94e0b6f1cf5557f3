import { Tag } from 'antd';
import { CouncilResult, CouncilStatus } from '@thidua/shared';
import type { CouncilResult as Result, CouncilStatus as Status } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { councilTexts } from './texts';

export const COUNCIL_STATUS_COLORS: Record<Status, string> = { DRAFT: 'default', VOTING: 'gold', CLOSED: 'green', CANCELLED: 'red' };

export function CouncilStatusTag({ status }: { status: Status }) {
  const { label } = useLanguage();
  return <Tag color={COUNCIL_STATUS_COLORS[status]}>{label(CouncilStatus.labels[status])}</Tag>;
}

/**
 * A line's result by the council's count: "Đạt" / "Không đạt" on the session's own pages, or the
 * shared vocabulary's full wording ("Hội đồng thống nhất đề nghị") where the council is not the
 * page's subject (a dossier's lines).
 */
export function CouncilResultTag({ result, long = false }: { result: Result; long?: boolean }) {
  const { label } = useLanguage();
  const tx = useTexts(councilTexts);
  const text = long ? label(CouncilResult.labels[result]) : result === 'PASSED' ? tx.passed : tx.failed;
  return (
    <Tag color={result === 'PASSED' ? 'green' : 'red'} data-testid="council-result">
      {text}
    </Tag>
  );
}
