import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LIMITS } from '@thidua/shared';

export function parseYear(value: string | null | undefined): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= LIMITS.yearMin && year <= LIMITS.yearMax ? year : undefined;
}

/**
 * A year kept in the URL (`?year=2024`), so links and reloads reproduce the view.
 *
 * Why not read it from the URL alone: the router applies URL changes inside a React transition,
 * and `useQuery` re-subscribes with new variables while rendering. The transition render (new
 * year) and an urgent re-render of the committed tree (old year) then flip one query between the
 * two years, each answer triggering the other — a request loop. Holding the year in state, set
 * urgently, gives every render the same year; the URL follows, and a URL changed from outside
 * (back button, a link) still wins.
 */
export function useYearParam(key = 'year'): [number | undefined, (year: number | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseYear(params.get(key));
  const [year, setYearState] = useState(fromUrl);
  // The last URL value taken into account: only a change of the URL itself overrides the state
  // (renders of the committed tree still see the old URL while the transition is pending).
  const [seenInUrl, setSeenInUrl] = useState(fromUrl);
  if (fromUrl !== seenInUrl) {
    setSeenInUrl(fromUrl);
    setYearState(fromUrl);
  }
  const setYear = useCallback(
    (next: number | undefined) => {
      setYearState(next);
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === undefined) copy.delete(key);
          else copy.set(key, String(next));
          return copy;
        },
        { replace: true },
      );
    },
    [key, setParams],
  );
  return [year, setYear];
}
