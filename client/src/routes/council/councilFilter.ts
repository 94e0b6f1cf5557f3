import { CouncilStatus } from '@thidua/shared';
import type { CouncilSessionFilter, CouncilStatus as Status } from '../../gql/graphql';
import { intParam } from '../../lib/listSort';

/** The session list's filter from its URL parameters: year, status. */
export function councilFilter(get: (key: string) => string | undefined): CouncilSessionFilter {
  const year = intParam(get('year'));
  const status = get('status');
  return {
    ...(status && (CouncilStatus.values as string[]).includes(status) ? { status: { eq: status as Status } } : {}),
    ...(year !== undefined ? { year: { eq: year } } : {}),
  };
}
