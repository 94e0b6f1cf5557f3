import { useCallback } from 'react';
import { LIMITS } from '@thidua/shared';
import { useUrlParams } from '../../lib/useUrlParams';

/** A year from the URL (`?year=2023`), or `fallback` when absent or not a plausible year. */
export function parseYear(raw: string | null, fallback: number): number {
  if (raw == null || !/^\d{4}$/.test(raw)) return fallback;
  const year = Number(raw);
  return year >= LIMITS.yearMin && year <= LIMITS.yearMax ? year : fallback;
}

/** The years offered by the selector: from the earliest data year (at most ten years back) to next year, newest first. */
export function yearOptions(current: number, selected: number, dataYears: readonly number[] = []): number[] {
  const first = Math.min(current - 10, selected, ...dataYears);
  const last = Math.max(current + 1, selected);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The year the dashboard looks at: the URL's `year` (see useUrlParams), this year by default (kept out of the URL). */
export function useDashboardYear(): [number, (year: number) => void] {
  const [params, setParams] = useUrlParams();
  const current = new Date().getFullYear();
  const year = parseYear(params.get('year'), current);
  const setYear = useCallback(
    (next: number) =>
      setParams((params) => {
        if (next === current) params.delete('year');
        else params.set('year', String(next));
        return params;
      }),
    [setParams, current],
  );
  return [year, setYear];
}
