/** Pure helpers for the bloc page: the year-by-year table and the years offered by the selector. */
export interface UnitRef {
  id: string;
  name: string;
}

export interface YearRoleLike {
  year: number;
  role: string;
  unit: UnitRef;
}

export interface LeaderLike {
  year: number;
  note?: string | null;
  unit: UnitRef;
}

export interface YearRow {
  year: number;
  head?: UnitRef;
  deputy?: UnitRef;
  leader?: UnitRef;
  leaderNote?: string | null;
}

/**
 * One row per year that has a head, a deputy or a leading unit, newest first. Head and leader
 * are kept apart: the unit leading the bloc in a year is often not that year's head.
 */
export function yearlyHistory(yearRoles: readonly YearRoleLike[], leaders: readonly LeaderLike[]): YearRow[] {
  const rows = new Map<number, YearRow>();
  const row = (year: number) => rows.get(year) ?? rows.set(year, { year }).get(year)!;
  for (const r of yearRoles) {
    if (r.role === 'HEAD') row(r.year).head = r.unit;
    if (r.role === 'DEPUTY') row(r.year).deputy = r.unit;
  }
  for (const l of leaders) Object.assign(row(l.year), { leader: l.unit, leaderNote: l.note ?? null });
  return [...rows.values()].sort((a, b) => b.year - a.year);
}

/**
 * Years the selector offers, newest first: from the earliest year the bloc has any record for
 * up to next year (covenants are drafted ahead), always including the selected year.
 */
export function yearOptions(knownYears: readonly number[], currentYear: number, selected: number): number[] {
  const years = [...knownYears, currentYear, selected].filter((y) => Number.isInteger(y));
  const first = Math.min(...years);
  const last = Math.max(currentYear + 1, ...years);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
