import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { publicAwardPath, publicDecisionPath } from '@thidua/shared';
import { graphql } from '../../gql';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { PublicFrame } from './PublicFrame';
import { decisionFacts, Facts, Section } from './PublicParts';
import { PublicRecord } from './PublicQr';
import { publicTexts } from './texts';

const PublicAwardQuery = graphql(`
  query PublicAwardPage($id: ID!) {
    publicAward(id: $id) {
      id recipientName recipientLine awardName year achievement
      decision { id number issuedOn issuer signer signerTitle subject publishedOn }
      revocation { revokedOn reason decision { id number issuedOn } }
    }
  }
`);

/** /tra-cuu/khen-thuong/:id — one award's public record, as a certificate's QR code opens it (publicAwardPath). */
export function Component() {
  const { id = '' } = useParams();
  const tx = useTexts(publicTexts);
  const { data, loading, error } = useQuery(PublicAwardQuery, { variables: { id } });
  const award = data?.publicAward;
  const decision = award?.decision;
  return (
    <PublicFrame loading={loading && !award} error={error} back>
      {award && decision ? (
        <Section title={tx.recipient}>
          <PublicRecord path={publicAwardPath(award.id)}>
            <h1 style={{ marginTop: 0 }} data-testid="public-recipient">
              {award.recipientName}
            </h1>
            {award.recipientLine ? <p>{award.recipientLine}</p> : null}
            {award.revocation ? (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 16 }}
                title={`${tx.revokedOn} ${formatDate(award.revocation.revokedOn)}${
                  award.revocation.decision ? ` ${tx.revokedBy} ${tx.decisionNo} ${award.revocation.decision.number ?? tx.noNumber}` : ''
                }.`}
                description={award.revocation.reason ? `${tx.reason}: ${award.revocation.reason}` : undefined}
              />
            ) : null}
            <Facts
              rows={[
                [tx.award, <b key="a">{award.awardName}</b>],
                [tx.awardYear, award.year],
                [tx.achievement, award.achievement],
                [
                  tx.decision,
                  <Link key="d" to={publicDecisionPath(decision.id)} data-testid="public-decision-number">
                    {tx.decisionNo} {decision.number ?? tx.noNumber}
                  </Link>,
                ],
                [
                  tx.issuedOn,
                  <span key="i" data-testid="public-decision-date">
                    {decision.issuedOn ? formatDate(decision.issuedOn) : tx.noDate}
                  </span>,
                ],
                ...decisionFacts(decision, tx),
              ]}
            />
          </PublicRecord>
        </Section>
      ) : null}
    </PublicFrame>
  );
}
