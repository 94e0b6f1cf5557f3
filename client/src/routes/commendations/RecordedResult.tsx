import { Link } from 'react-router';
import { Button, Result } from 'antd';
import { useTexts } from '../../i18n/language';
import { formatDate, formatNumber } from '../../lib/format';

export interface Recorded {
  count: number;
  decision: { id: string; number?: string | null; issuer: string; issuedOn?: string | null };
}

const TEXTS = {
  title: { vi: 'Đã ghi nhận', en: 'Recorded' },
  commendations: { vi: 'khen thưởng', en: 'commendations' },
  under: { vi: 'theo Quyết định', en: 'under decision' },
  noNumber: { vi: '(không số)', en: '(no number)' },
  dated: { vi: 'ngày', en: 'of' },
  open: { vi: 'Xem quyết định', en: 'Open the decision' },
  again: { vi: 'Nhập đợt khác', en: 'Enter another batch' },
};

/** What the batch saved, with a link to its decision. */
export function RecordedResult({ recorded, onAgain }: { recorded: Recorded; onAgain(): void }) {
  const text = useTexts(TEXTS);
  const { decision } = recorded;
  const decisionPath = `/decisions/${encodeURIComponent(decision.id)}`;
  return (
    <Result
      status="success"
      title={<span data-testid="recorded-count">{`${text.title} ${formatNumber(recorded.count)} ${text.commendations}`}</span>}
      subTitle={
        <>
          {text.under}{' '}
          <Link to={decisionPath} data-testid="recorded-decision">
            {decision.number ?? text.noNumber}
          </Link>
          {decision.issuedOn ? ` ${text.dated} ${formatDate(decision.issuedOn)}` : ''} – {decision.issuer}
        </>
      }
      extra={[
        <Link key="open" to={decisionPath}>
          <Button type="primary">{text.open}</Button>
        </Link>,
        <Button key="again" onClick={onAgain} data-testid="record-again">
          {text.again}
        </Button>,
      ]}
    />
  );
}
