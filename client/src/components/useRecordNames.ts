import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@thidua/shared';
import { graphql } from '../gql';
import { useLanguage } from '../i18n/language';
import { typeOfGlobalId } from '../lib/changes';
import { recordEntry, type NameFields } from '../records/registry';

const RecordNamesQuery = graphql(`
  query RecordNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Unit { name }
      ... on Bloc { name }
      ... on Movement { name }
      ... on Household { name }
      ... on TdktOrganization { name }
      ... on TdktOfficer { fullName }
      ... on ApiToken { name }
      ... on Person { fullName }
      ... on User { displayName }
      ... on Event { title }
      ... on Covenant { title }
      ... on BallotSession { title }
      ... on CouncilSession { title }
      ... on CovenantCriterion { title }
      ... on Decision { number subject }
      ... on AwardType { nameVi }
    }
  }
`);

/** A record's name as its type's registry entry reads it (records/registry.ts). */
function nameOf(node: NameFields): string | undefined {
  return recordEntry(typeOfGlobalId(node.id) ?? '')?.name?.(node);
}

/**
 * Names of the records given by global ID, in one request. A record that is gone (or out of the
 * viewer's reach) reads as its type, e.g. "Unit (không còn)".
 */
export function useRecordNames(ids: string[]): Map<string, string> {
  const { language } = useLanguage();
  const key = [...new Set(ids)].sort().slice(0, LIMITS.idsMax).join(',');
  const wanted = useMemo(() => (key ? key.split(',') : []), [key]);
  const { data } = useQuery(RecordNamesQuery, { variables: { ids: wanted }, skip: wanted.length === 0 });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const id of wanted) names.set(id, data ? `${typeOfGlobalId(id) ?? '?'} (${language === 'vi' ? 'không còn' : 'gone'})` : '…');
    for (const node of data?.nodes ?? []) {
      const name = node ? nameOf(node) : undefined;
      if (node && name) names.set(node.id, name);
    }
    return names;
  }, [wanted, data, language]);
}
