import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { publicDecisionPath } from '@thidua/shared';
import { graphql } from '../../gql';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { PublicFrame } from './PublicFrame';
import { PublicAwardList } from './PublicAwardList';
import { Facts, Section } from './PublicParts';
import { PublicQr } from './PublicQr';
import { publicTexts } from './texts';

const PublicDecisionQuery = graphql(`
  query PublicDecisionPage($id: ID!, $after: String) {
    publicDecision(id: $id) {
      id number issuedOn issuer signer signerTitle subject publishedOn
      awards(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id ...PublicAwardList_award }
      }
    }
  }
`);

/** /tra-cuu/quyet-dinh/:id — a published decision with its list of awards (publicDecisionPath). */
export function Component() {
  const { id = '' } = useParams();
  const tx = useTexts(publicTexts);
  const { data, loading, error, fetchMore } = useQuery(PublicDecisionQuery, { variables: { id } });
  const decision = data?.publicDecision;
  const more = () =>
    fetchMore({
      variables: { after: decision?.awards.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        publicDecision: {
          ...fetchMoreResult.publicDecision,
          awards: {
            ...fetchMoreResult.publicDecision.awards,
            nodes: [...previous.publicDecision.awards.nodes, ...fetchMoreResult.publicDecision.awards.nodes],
          },
        },
      }),
    });
  return (
    <PublicFrame loading={loading && !decision} error={error}>
      {decision ? (
        <Section title={`${tx.decisionNo} ${decision.number ?? tx.noNumber}`}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
            <div style={{ flex: '1 1 420px' }}>
              <Facts
                rows={[
                  [tx.issuedOn, decision.issuedOn ? formatDate(decision.issuedOn) : tx.noDate],
                  [tx.issuer, decision.issuer],
                  ...(decision.signer || decision.signerTitle
                    ? [[tx.signer, [decision.signerTitle, decision.signer].filter(Boolean).join(' ')] as [string, string]]
                    : []),
                  [tx.subject, decision.subject],
                  [tx.publishedOn, formatDate(decision.publishedOn)],
                ]}
              />
            </div>
            <PublicQr path={publicDecisionPath(decision.id)} />
          </div>
          <h2 style={{ fontSize: 18 }}>
            {tx.list} ({decision.awards.totalCount})
          </h2>
          <PublicAwardList awards={decision.awards.nodes} showDecision={false} />
          {decision.awards.pageInfo.hasNextPage ? <Button onClick={() => void more()}>{tx.more}</Button> : null}
        </Section>
      ) : null}
      <p className="public-noprint">
        <Link to="/tra-cuu">{tx.back}</Link>
      </p>
    </PublicFrame>
  );
}
