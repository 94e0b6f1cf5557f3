import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { recordEntry } from '../records/registry';
import type { Option } from './SearchSelect';

const NodeLabels = graphql(`
  query NodeLabels($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Unit { name area }
      ... on Bloc { name }
      ... on Movement { name }
      ... on Person { fullName }
      ... on AwardType { nameVi }
      ... on Decision { number issuer subject }
    }
  }
`);

/**
 * Labels for record IDs held in the URL (a filter chosen in a picker), so a shared link shows
 * names, not IDs, even when the record is not among the picker's first results. Each type's
 * label is its `pickerLabel` in records/registry.ts.
 */
export function useNodeLabels(ids: (string | null | undefined)[]): Option[] {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const { data } = useQuery(NodeLabels, { variables: { ids: wanted }, skip: wanted.length === 0, fetchPolicy: 'cache-first' });
  if (!wanted.length) return [];
  return (data?.nodes ?? []).flatMap((node): Option[] => {
    const label = node && recordEntry(node.__typename)?.pickerLabel?.(node);
    return node && label ? [{ value: node.id, label }] : [];
  });
}
