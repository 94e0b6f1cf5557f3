import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { LIMITS } from '@thidua/shared';

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

/** The year the dashboard looks at: the URL's `year`, this year by default (kept out of the URL). */
export function useDashboardYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const current = new Date().getFullYear();
  const year = parseYear(params.get('year'), current);
  const setYear = useCallback(
    (next: number) =>
      // flushSync: outside a transition, so no render ever sees the old and the new year at
      // once (in a transition `useQuery` flips between both years, each answer triggering the other).
      setParams(
        (prev) => {
          const updated = new URLSearchParams(prev);
          if (next === current) updated.delete('year');
          else updated.set('year', String(next));
          return updated;
        },
        { flushSync: true },
      ),
    [setParams, current],
  );
  return [year, setYear];
}
