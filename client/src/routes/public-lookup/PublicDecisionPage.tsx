import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { publicDecisionPath } from '@thidua/shared';
import { graphql } from '../../gql';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { PublicFrame } from './PublicFrame';
import { PublicAwardList } from './PublicAwardList';
import { decisionFacts, Facts, Section } from './PublicParts';
import { PublicRecord } from './PublicQr';
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
    <PublicFrame loading={loading && !decision} error={error} back>
      {decision ? (
        <Section title={`${tx.decisionNo} ${decision.number ?? tx.noNumber}`}>
          <PublicRecord path={publicDecisionPath(decision.id)}>
            <Facts rows={[[tx.issuedOn, decision.issuedOn ? formatDate(decision.issuedOn) : tx.noDate], ...decisionFacts(decision, tx)]} />
          </PublicRecord>
          <h2 style={{ fontSize: 18 }}>
            {tx.list} ({decision.awards.totalCount})
          </h2>
          <PublicAwardList awards={decision.awards.nodes} showDecision={false} />
          {decision.awards.pageInfo.hasNextPage ? <Button onClick={() => void more()}>{tx.more}</Button> : null}
        </Section>
      ) : null}
    </PublicFrame>
  );
}
