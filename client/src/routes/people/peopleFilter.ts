import { Gender } from '@thidua/shared';
import type { Gender as GenderValue, PersonFilter } from '../../gql/graphql';
import { intParam } from '../../lib/listSort';

/** The people list's filter from its URL parameters: gender, birth-year range, current unit. */
export function peopleFilter(get: (key: string) => string | undefined): PersonFilter {
  const gender = get('gender');
  const from = intParam(get('bornFrom'));
  const to = intParam(get('bornTo'));
  const unit = get('unit');
  const birthYear = { ...(from !== undefined ? { gte: from } : {}), ...(to !== undefined ? { lte: to } : {}) };
  return {
    ...(gender && (Gender.values as string[]).includes(gender) ? { gender: { eq: gender as GenderValue } } : {}),
    ...(Object.keys(birthYear).length ? { birthYear } : {}),
    ...(unit ? { unitId: { eq: unit } } : {}),
  };
}
