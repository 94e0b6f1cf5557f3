import { AwardLevel, CommendationStatus, SubjectKind, UnitKind } from '@thidua/shared';
import type { CommendationFilter } from '../../gql/graphql';
import { intParam } from '../../lib/listSort';

type Get = (key: string) => string | undefined;

/** A URL value when it belongs to the vocabulary; anything else in the URL is ignored. */
function oneOf<K extends string>(vocabulary: { values: K[] }, value: string | undefined): K | undefined {
  return value && (vocabulary.values as string[]).includes(value) ? (value as K) : undefined;
}

/**
 * The commendation list's filter from its URL parameters: year, award, award level, subject
 * kind, unit kind, status, bloc.
 */
export function commendationFilter(get: Get): CommendationFilter {
  const year = intParam(get('year'));
  const award = get('award');
  const level = oneOf(AwardLevel, get('level'));
  const subject = oneOf(SubjectKind, get('subject'));
  const unitKind = oneOf(UnitKind, get('unitKind'));
  const status = oneOf(CommendationStatus, get('status'));
  const bloc = get('bloc');
  return {
    ...(year !== undefined ? { year: { eq: year } } : {}),
    ...(award ? { awardTypeId: { eq: award } } : {}),
    ...(level ? { awardLevel: { eq: level } } : {}),
    ...(subject ? { subjectKind: { eq: subject } } : {}),
    ...(unitKind ? { unitKind: { eq: unitKind } } : {}),
    ...(status ? { status: { eq: status } } : {}),
    ...(bloc ? { blocId: { eq: bloc } } : {}),
  };
}
