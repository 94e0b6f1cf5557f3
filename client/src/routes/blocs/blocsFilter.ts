import { BlocKind, BlocLevel } from '@thidua/shared';
import type { BlocFilter, BlocKind as BlocKindValue, BlocLevel as BlocLevelValue } from '../../gql/graphql';

/** The bloc list's filter from its URL parameters: kind, level, area text, member unit. */
export function blocsFilter(get: (key: string) => string | undefined): BlocFilter {
  const kind = get('kind');
  const level = get('level');
  const area = get('area')?.trim();
  const member = get('member');
  return {
    ...(kind && (BlocKind.values as string[]).includes(kind) ? { kind: { eq: kind as BlocKindValue } } : {}),
    ...(level && (BlocLevel.values as string[]).includes(level) ? { level: { eq: level as BlocLevelValue } } : {}),
    ...(area ? { area: { contains: area } } : {}),
    ...(member ? { memberUnitId: { eq: member } } : {}),
  };
}
