import { Card, Descriptions } from 'antd';
import { AwardLevel, publicDecisionPath } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { decisionTexts } from './texts';

export const DecisionSummary_decision = graphql(`
  fragment DecisionSummary_decision on Decision {
    id number issuedOn issuer issuerLevel signer signerTitle subject note publishedOn publishedBy
  }
`);

/** A decision's particulars: number, date, issuer, signer, subject. */
export function DecisionSummary({ decision: ref }: { decision: FragmentType<typeof DecisionSummary_decision> }) {
  const { t } = useLanguage();
  const tx = useTexts(decisionTexts);
  const vocab = useVocabularyLabel();
  const decision = getFragmentData(DecisionSummary_decision, ref);
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={tx.number}>{decision.number ?? tx.noNumber}</Descriptions.Item>
        <Descriptions.Item label={tx.issuedOn}>{formatDate(decision.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label={tx.issuer}>{decision.issuer}</Descriptions.Item>
        <Descriptions.Item label={tx.issuerLevel}>{vocab(AwardLevel, decision.issuerLevel)}</Descriptions.Item>
        <Descriptions.Item label={tx.subject} span="filled">
          {decision.subject}
        </Descriptions.Item>
        <Descriptions.Item label={tx.signer} span="filled">
          {[decision.signerTitle, decision.signer].filter(Boolean).join(' ')}
        </Descriptions.Item>
        <Descriptions.Item label={tx.published} span="filled">
          {decision.publishedOn ? (
            <span data-testid="decision-published">
              {formatDate(decision.publishedOn)} · {decision.publishedBy} ·{' '}
              <a href={publicDecisionPath(decision.id)} target="_blank" rel="noreferrer">
                {tx.publicPage}
              </a>
            </span>
          ) : (
            tx.notPublished
          )}
        </Descriptions.Item>
        {decision.note ? (
          <Descriptions.Item label={t('note')} span="filled">
            {decision.note}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
