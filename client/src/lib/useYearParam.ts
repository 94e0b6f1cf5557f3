import { useCallback } from 'react';
import { LIMITS } from '@thidua/shared';
import { useUrlParams } from './useUrlParams';

export function parseYear(value: string | null | undefined): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= LIMITS.yearMin && year <= LIMITS.yearMax ? year : undefined;
}

/** A year kept in the URL (`?year=2024`), so links and reloads reproduce the view (see useUrlParams). */
export function useYearParam(key = 'year'): [number | undefined, (year: number | undefined) => void] {
  const [params, setParams] = useUrlParams();
  const year = parseYear(params.get(key));
  const setYear = useCallback(
    (next: number | undefined) =>
      setParams(
        (current) => {
          if (next === undefined) current.delete(key);
          else current.set(key, String(next));
          return current;
        },
        { replace: true },
      ),
    [key, setParams],
  );
  return [year, setYear];
}
