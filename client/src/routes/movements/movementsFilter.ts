import { MovementKind, MovementScope, MovementStatus } from '@thidua/shared';
import type { MovementFilter } from '../../gql/graphql';
import { intParam } from '../../lib/listSort';

function oneOf<K extends string>(vocabulary: { values: K[] }, value: string | undefined): K | undefined {
  return value && (vocabulary.values as string[]).includes(value) ? (value as K) : undefined;
}

/**
 * Movements running at some time in [from, to]: started by `to`, and ended no earlier than
 * `from` or still open-ended. A movement with no known start year matches no year range.
 */
export function movementYearsFilter(from: number | undefined, to: number | undefined): MovementFilter[] {
  const conditions: MovementFilter[] = [];
  if (to !== undefined) conditions.push({ startYear: { lte: to } });
  if (from !== undefined) conditions.push({ or: [{ endYear: { gte: from } }, { endYear: { isNull: true }, startYear: { isNull: false } }] });
  return conditions;
}

/** The movement list's filter from its URL parameters: kind, scope, status, years. */
export function movementsFilter(get: (key: string) => string | undefined): MovementFilter {
  const kind = oneOf(MovementKind, get('kind'));
  const scope = oneOf(MovementScope, get('scope'));
  const status = oneOf(MovementStatus, get('status'));
  const years = movementYearsFilter(intParam(get('from')), intParam(get('to')));
  return {
    ...(kind ? { kind: { eq: kind } } : {}),
    ...(scope ? { scope: { eq: scope } } : {}),
    ...(status ? { status: { eq: status } } : {}),
    ...(years.length ? { and: years } : {}),
  };
}

/** "2021–2025", "từ 2021", "đến 2025" or empty. */
export function formatPeriod(start: number | null | undefined, end: number | null | undefined, language: 'vi' | 'en'): string {
  if (start != null && end != null) return start === end ? String(start) : `${start}–${end}`;
  if (start != null) return language === 'vi' ? `từ ${start}` : `from ${start}`;
  if (end != null) return language === 'vi' ? `đến ${end}` : `until ${end}`;
  return '';
}
