import {
  hashKey,
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQueries,
  useSuspenseQuery,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { useRef } from 'react'

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

/**
 * The check, once for each set of keys a component reads, on the render that first reads them. Not on
 * every render: when a session ends the cache is cleared under the page still on screen, which then
 * renders once more on its way to the sign-in page; that is no loader forgetting a query.
 */
function useEnsurePrefetched(queryClient: QueryClient, queryKeys: readonly QueryKey[]): void {
  const checkedFor = useRef<string | null>(null)
  const hash = hashKey(queryKeys)
  // The ref never shapes what renders: it only remembers which keys were checked, so a render React
  // throws away at worst checks again. State would cost every such component a second render.
  /* eslint-disable react-hooks/refs */
  if (checkedFor.current === hash) return
  for (const queryKey of queryKeys) ensurePrefetched(queryClient, queryKey)
  checkedFor.current = hash
  /* eslint-enable react-hooks/refs */
}

/** `useSuspenseQuery` for a query the route's loader starts. */
export const usePrefetchedQuery: typeof useSuspenseQuery = (options, queryClient) => {
  useEnsurePrefetched(useQueryClient(queryClient), [options.queryKey])
  return useSuspenseQuery(options, queryClient)
}

/** `useSuspenseInfiniteQuery` for a paged list the route's loader starts. */
export const usePrefetchedInfiniteQuery: typeof useSuspenseInfiniteQuery = (options, queryClient) => {
  useEnsurePrefetched(useQueryClient(queryClient), [options.queryKey])
  return useSuspenseInfiniteQuery(options, queryClient)
}

/** `useSuspenseQueries` for several queries the route's loader starts. */
export const usePrefetchedQueries: typeof useSuspenseQueries = (options, queryClient) => {
  const keys = (options.queries as readonly { queryKey: QueryKey }[]).map((query) => query.queryKey)
  useEnsurePrefetched(useQueryClient(queryClient), keys)
  return useSuspenseQueries(options, queryClient)
}
