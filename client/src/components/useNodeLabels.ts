import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
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
 * names, not IDs, even when the record is not among the picker's first results.
 */
export function useNodeLabels(ids: (string | null | undefined)[]): Option[] {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const { data } = useQuery(NodeLabels, { variables: { ids: wanted }, skip: wanted.length === 0, fetchPolicy: 'cache-first' });
  if (!wanted.length) return [];
  return (data?.nodes ?? []).flatMap((node): Option[] => {
    if (!node) return [];
    switch (node.__typename) {
      case 'Unit':
        return [{ value: node.id, label: node.area ? `${node.name} (${node.area})` : node.name }];
      case 'Bloc':
      case 'Movement':
        return [{ value: node.id, label: node.name }];
      case 'Person':
        return [{ value: node.id, label: node.fullName }];
      case 'AwardType':
        return [{ value: node.id, label: node.nameVi }];
      case 'Decision':
        return [{ value: node.id, label: `${node.number ?? '(không số)'} – ${node.issuer}: ${node.subject}` }];
      default:
        return [];
    }
  });
}
