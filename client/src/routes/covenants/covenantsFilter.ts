import { CovenantStatus } from '@thidua/shared';
import type { CovenantFilter, CovenantStatus as CovenantStatusValue } from '../../gql/graphql';
import { intParam } from '../../lib/listSort';

/** The covenant list's filter from its URL parameters: bloc, year, status. */
export function covenantsFilter(get: (key: string) => string | undefined): CovenantFilter {
  const bloc = get('bloc');
  const year = intParam(get('year'));
  const status = get('status');
  return {
    ...(bloc ? { blocId: { eq: bloc } } : {}),
    ...(year !== undefined ? { year: { eq: year } } : {}),
    ...(status && (CovenantStatus.values as string[]).includes(status) ? { status: { eq: status as CovenantStatusValue } } : {}),
  };
}

/** Signatures against members, "3/5"; complete when every member (at least one) has signed. */
export function signingProgress(signed: number, members: number): { text: string; complete: boolean } {
  return { text: `${signed}/${members}`, complete: members > 0 && signed >= members };
}
