import { AwardLevel } from '@thidua/shared';
import type { AwardLevel as AwardLevelValue, DecisionFilter } from '../../gql/graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The decision list's filter from its URL parameters (issuer text, issuer level, signing date range). */
export function decisionFilter(get: (key: string) => string | undefined): DecisionFilter {
  const issuer = get('issuer')?.trim();
  const level = get('level');
  const from = get('from');
  const to = get('to');
  const issuedOn = { ...(from && DATE.test(from) ? { gte: from } : {}), ...(to && DATE.test(to) ? { lte: to } : {}) };
  return {
    ...(issuer ? { issuer: { contains: issuer } } : {}),
    ...(level && (AwardLevel.values as string[]).includes(level) ? { issuerLevel: { eq: level as AwardLevelValue } } : {}),
    ...(Object.keys(issuedOn).length ? { issuedOn } : {}),
  };
}
