import { AwardCategory, AwardLevel, SubjectKind } from '@thidua/shared';
import type { AwardTypeFilter } from '../../gql/graphql';

function oneOf<K extends string>(vocabulary: { values: K[] }, value: string | undefined): K | undefined {
  return value && (vocabulary.values as string[]).includes(value) ? (value as K) : undefined;
}

/** The catalogue's filter from its URL parameters: category, level, subject kind, active (yes/no). */
export function awardTypesFilter(get: (key: string) => string | undefined): AwardTypeFilter {
  const category = oneOf(AwardCategory, get('category'));
  const level = oneOf(AwardLevel, get('level'));
  const subject = oneOf(SubjectKind, get('subject'));
  const active = get('active');
  return {
    ...(category ? { category: { eq: category } } : {}),
    ...(level ? { level: { eq: level } } : {}),
    ...(subject ? { subjectKind: { eq: subject } } : {}),
    ...(active === 'yes' || active === 'no' ? { active: { eq: active === 'yes' } } : {}),
  };
}
