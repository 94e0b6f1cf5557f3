import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const CreateRule = graphql(`
  mutation CreateEligibilityRule($input: CreateEligibilityRuleInput!) {
    createEligibilityRule(input: $input) { rule { id code revision } userErrors { field message code recordId } }
  }
`);

const RetireRule = graphql(`
  mutation RetireEligibilityRule($input: RetireEligibilityRuleInput!) {
    retireEligibilityRule(input: $input) { rule { id effectiveTo version } userErrors { field message code recordId } }
  }
`);

/** Adds a rule; the rule list is asked again. */
export function useCreateRule() {
  const [mutate] = useMutation(CreateRule, { refetchQueries: ['EligibilityRulesPage'] });
  return async (input: Parameters<typeof mutate>[0] extends infer O ? (O extends { variables?: { input: infer I } } ? I : never) : never) =>
    (await mutate({ variables: { input } })).data?.createEligibilityRule ?? null;
}

/** Retires a rule version from a date (the cache updates its effectiveTo by id). */
export function useRetireRule() {
  const [mutate] = useMutation(RetireRule);
  return async (id: string, effectiveTo: string, reason: string | null, expectedVersion: number) =>
    (await mutate({ variables: { input: { id, effectiveTo, reason, expectedVersion } } })).data?.retireEligibilityRule ?? null;
}
