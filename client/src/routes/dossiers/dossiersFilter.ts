import { DossierKind, DossierStatus } from '@thidua/shared';
import type { DossierFilter, DossierKind as Kind, DossierStatus as Status } from '../../gql/graphql';
import { intParam } from '../../lib/listSort';

/** A dossier list's filter from its URL parameters: status, year, kind. */
export function dossiersFilter(get: (key: string) => string | undefined): DossierFilter {
  const year = intParam(get('year'));
  const status = get('status');
  const kind = get('kind');
  return {
    ...(status && (DossierStatus.values as string[]).includes(status) ? { status: { eq: status as Status } } : {}),
    ...(year !== undefined ? { year: { eq: year } } : {}),
    ...(kind && (DossierKind.values as string[]).includes(kind) ? { kind: { eq: kind as Kind } } : {}),
  };
}
