import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export type ParamsUpdate = (current: URLSearchParams) => URLSearchParams;

const asSearch = (params: URLSearchParams) => {
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * The URL's search parameters for query variables (lists, filters, the year a page looks at),
 * and a setter that writes them back to the URL.
 *
 * Why not `useSearchParams`: React Router applies URL changes inside a transition, and Apollo's
 * `useQuery` re-subscribes with new variables while rendering. The pending render (new URL) and
 * urgent re-renders of the committed tree (old URL, e.g. after a query result) then flip one
 * query between both variable sets, each answer triggering the other. Here the parameters are
 * state that every render agrees on: a change made through the setter is set urgently (the URL
 * follows), and a URL changed from outside (back button, a link) is taken once it is committed.
 * One per page: a second instance would learn of the first one's changes only from the URL.
 */
export function useUrlParams(): [URLSearchParams, (update: ParamsUpdate, options?: { replace?: boolean }) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [search, setSearch] = useState(location.search);
  const current = useRef(search);
  // Searches this hook navigated to that the committed URL has not reached yet.
  const written = useRef<string[]>([]);

  useLayoutEffect(() => {
    const own = written.current.indexOf(location.search);
    if (own >= 0) {
      written.current = written.current.slice(own + 1);
      return;
    }
    written.current = [];
    current.current = location.search;
    setSearch(location.search);
  }, [location]);

  const update = useCallback(
    (change: ParamsUpdate, options: { replace?: boolean } = {}) => {
      const next = asSearch(change(new URLSearchParams(current.current)));
      if (next === current.current) return;
      current.current = next;
      written.current.push(next);
      setSearch(next);
      void navigate(next || '?', options);
    },
    [navigate],
  );

  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, update];
}
