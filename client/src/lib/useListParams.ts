import { useCallback, useMemo } from 'react';
import { LIMITS } from '@thidua/shared';
import { useUrlParams } from './useUrlParams';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * A list's state lives in the URL (search, filters, sort, page cursor), so a link reproduces
 * the view. Changing a filter or the sort goes back to the first page. Read through
 * `useUrlParams`, so one change sends one request for the new variables.
 */
export function useListParams() {
  const [params, setParams] = useUrlParams();
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params]);
  const size = Math.min(Number(params.get('size')) || LIMITS.pageSizeDefault, LIMITS.pageSizeMax);

  const update = useCallback(
    (patch: Record<string, string | number | null | undefined>, keepPage = false) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!keepPage) {
          next.delete('after');
          next.delete('before');
        }
        return next;
      });
    },
    [setParams],
  );

  const paging = useMemo(() => {
    const before = params.get('before');
    const after = params.get('after');
    return before ? { last: size, before } : { first: size, after: after ?? undefined };
  }, [params, size]);

  return {
    get,
    size,
    search: params.get('q') ?? '',
    paging,
    update,
    goNext: (endCursor: string) => update({ after: endCursor, before: null }, true),
    goPrevious: (startCursor: string) => update({ before: startCursor, after: null }, true),
    setSize: (value: number) => update({ size: value }),
  };
}
