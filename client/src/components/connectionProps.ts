/** The parts of a query's result a paged table reads (what `useQuery` returns). */
interface PagedResult<TData> {
  data?: TData;
  previousData?: TData;
  loading: boolean;
  error?: unknown;
  refetch(): Promise<unknown>;
}

/**
 * A paged query's result as the props of the table that shows its connection: the page (the
 * one shown before stays while the next loads), loading, the error and a retry.
 */
export function connectionProps<TData, TConnection>(result: PagedResult<TData>, connectionOf: (data: TData) => TConnection) {
  const data = result.data ?? result.previousData;
  return {
    connection: data ? connectionOf(data) : undefined,
    loading: result.loading,
    error: result.error,
    onRetry: () => void result.refetch(),
  };
}
