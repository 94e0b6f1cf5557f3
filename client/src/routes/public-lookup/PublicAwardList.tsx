import { Link } from 'react-router';
import { theme } from 'antd';
import { publicAwardPath, publicDecisionPath } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { RevokedMark } from './PublicParts';
import { publicTexts } from './texts';

export const PublicAwardList_award = graphql(`
  fragment PublicAwardList_award on PublicAward {
    id recipientName recipientLine awardName year achievement
    decision { id number issuedOn issuer }
    revocation { revokedOn }
  }
`);

/** How a decision is named in one line: "Quyết định số 889/QĐ-UBND, 31/03/2022 — UBND…". */
export function useDecisionLine() {
  const tx = useTexts(publicTexts);
  return (d: { number?: string | null; issuedOn?: string | null; issuer: string }) =>
    `${tx.decisionNo} ${d.number ?? tx.noNumber}, ${d.issuedOn ? formatDate(d.issuedOn) : tx.noDate} — ${d.issuer}`;
}

/** Awards as search results: who, what, for what, under which decision; each opens its public record. */
export function PublicAwardList({ awards: refs, showDecision = true }: { awards: FragmentType<typeof PublicAwardList_award>[]; showDecision?: boolean }) {
  const tx = useTexts(publicTexts);
  const { token } = theme.useToken();
  const decisionLine = useDecisionLine();
  const awards = refs.map((ref) => getFragmentData(PublicAwardList_award, ref));
  if (!awards.length) return <p data-testid="public-awards">{tx.none}</p>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="public-awards">
      {awards.map((award) => (
        <li key={award.id} style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }} data-testid="public-award">
          <div style={{ fontWeight: 600 }}>
            <Link to={publicAwardPath(award.id)}>{award.recipientName}</Link>
            {award.recipientLine ? <span style={{ fontWeight: 'normal' }}> — {award.recipientLine}</span> : null}
            {award.revocation ? <RevokedMark>{tx.revoked}</RevokedMark> : null}
          </div>
          <div>
            <b>{award.awardName}</b> · {tx.awardYear} {award.year} · {award.achievement}
          </div>
          {showDecision ? (
            <Link to={publicDecisionPath(award.decision.id)} style={{ color: token.colorTextSecondary }}>
              {decisionLine(award.decision)}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
