import { App, Button, Popconfirm } from 'antd';
import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import type { UserErrorLike } from '../../lib/userErrors';
import { useTexts } from '../../i18n/language';
import { evictHistory } from '../../lib/historyCache';
import { decisionTexts } from './texts';

export const PublishDecisionButton_decision = graphql(`
  fragment PublishDecisionButton_decision on Decision { id version publishedOn publishedBy }
`);

const PublishDecision = graphql(`
  mutation PublishDecision($input: PublishDecisionInput!) {
    publishDecision(input: $input) {
      decision { id ...PublishDecisionButton_decision }
      userErrors { field message code }
      conflict { current { id ... on Decision { ...PublishDecisionButton_decision } } }
    }
  }
`);

const UnpublishDecision = graphql(`
  mutation UnpublishDecision($input: UnpublishDecisionInput!) {
    unpublishDecision(input: $input) {
      decision { id ...PublishDecisionButton_decision }
      userErrors { field message code }
      conflict { current { id ... on Decision { ...PublishDecisionButton_decision } } }
    }
  }
`);

/**
 * The Board's "Công bố" / "Thôi công bố": puts the decision and its awards on the public lookup or
 * takes them off, against the version shown (someone who did it meanwhile: the page shows it now).
 */
export function PublishDecisionButton({ decision: ref }: { decision: FragmentType<typeof PublishDecisionButton_decision> }) {
  const decision = getFragmentData(PublishDecisionButton_decision, ref);
  const tx = useTexts(decisionTexts);
  const { message } = App.useApp();
  const run = useMutationFeedback();
  // Someone published or withdrew it meanwhile: the answer carries the decision as it is now, and the button follows.
  const feedback = (send: () => Promise<{ userErrors: readonly UserErrorLike[]; conflict?: unknown } | undefined>, done: string) =>
    run(async () => {
      const payload = await send();
      if (payload?.conflict) {
        message.warning(tx.changedMeanwhile);
        return null;
      }
      return payload;
    }, done);
  const update = (cache: Parameters<typeof evictHistory>[0]) => evictHistory(cache, 'Decision', decision.id);
  const [publish, publishing] = useMutation(PublishDecision, { update });
  const [unpublish, unpublishing] = useMutation(UnpublishDecision, { update });
  const input = { id: decision.id, expectedVersion: decision.version };
  const act = decision.publishedOn
    ? {
        label: tx.unpublish,
        confirm: tx.confirmUnpublish,
        send: async () => (await unpublish({ variables: { input } })).data?.unpublishDecision,
        done: tx.unpublished,
        loading: unpublishing.loading,
        testId: 'unpublish-decision',
      }
    : {
        label: tx.publish,
        confirm: tx.confirmPublish,
        send: async () => (await publish({ variables: { input } })).data?.publishDecision,
        done: tx.publishedDone,
        loading: publishing.loading,
        testId: 'publish-decision',
      };
  return (
    <Popconfirm title={act.label} description={act.confirm} onConfirm={() => feedback(act.send, act.done)}>
      <Button type={decision.publishedOn ? 'default' : 'primary'} ghost={!decision.publishedOn} loading={act.loading} data-testid={act.testId}>
        {act.label}
      </Button>
    </Popconfirm>
  );
}
