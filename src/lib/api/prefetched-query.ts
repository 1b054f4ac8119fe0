import {
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQueries,
  useSuspenseQuery,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'

/*
 * As in Oxide's console (`ensurePrefetched` / `usePrefetchedQuery`): a page's loader starts the
 * queries its components read, so the requests go out at navigation, all at once. A component that
 * reads a query its loader forgot still works, one waterfall step late, which no test would notice;
 * so in development and tests it fails loudly instead. Production keeps the quiet fallback: a slow
 * page beats a broken one.
 */

/** Thrown when a component reads a query that nothing started before it rendered. */
export class UnprefetchedQueryError extends Error {
  override name = 'UnprefetchedQueryError'
}

/** Development and tests (vitest runs with DEV on); a production build drops the check. */
const checked = import.meta.env.DEV

/** The query must already be in the cache (fetching, fetched or failed) when a component first reads it. */
export function ensurePrefetched(queryClient: QueryClient, queryKey: QueryKey): void {
  if (!checked || queryClient.getQueryCache().find({ queryKey, exact: true })) return
  throw new UnprefetchedQueryError(
    `${JSON.stringify(queryKey)} was read before anything started it: prefetch it in the route's loader, ` +
      `or read it with useSuspenseQuery if it is fetched only on demand.`,
  )
}

/** `useSuspenseQuery` for a query the route's loader starts. */
export const usePrefetchedQuery: typeof useSuspenseQuery = (options, queryClient) => {
  ensurePrefetched(useQueryClient(queryClient), options.queryKey)
  return useSuspenseQuery(options, queryClient)
}

/** `useSuspenseInfiniteQuery` for a paged list the route's loader starts. */
export const usePrefetchedInfiniteQuery: typeof useSuspenseInfiniteQuery = (options, queryClient) => {
  ensurePrefetched(useQueryClient(queryClient), options.queryKey)
  return useSuspenseInfiniteQuery(options, queryClient)
}

/** `useSuspenseQueries` for several queries the route's loader starts. */
export const usePrefetchedQueries: typeof useSuspenseQueries = (options, queryClient) => {
  const client = useQueryClient(queryClient)
  for (const query of options.queries as readonly { queryKey: QueryKey }[]) ensurePrefetched(client, query.queryKey)
  return useSuspenseQueries(options, queryClient)
}
