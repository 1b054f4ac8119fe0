import { notifyManager, useQueryClient, type Query, type QueryCache } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * A query on screen whose last refresh failed while what it loaded before is still shown. A first
 * load that fails has no data: that is its panel's error, not this. Nor is a failed "show more" (the
 * next page of a list), which the list says itself, next to its button.
 */
export const isFailedRefresh = (query: Query): boolean =>
  query.state.status === 'error' &&
  query.state.data !== undefined &&
  !query.state.fetchMeta?.fetchMore &&
  query.isActive()

/** When the oldest figure still on screen was loaded, among failed refreshes; null when there are none. */
function oldestStaleLoad(cache: QueryCache): number | null {
  let oldest: number | null = null
  for (const query of cache.getAll()) {
    if (isFailedRefresh(query) && (oldest === null || query.state.dataUpdatedAt < oldest)) oldest = query.state.dataUpdatedAt
  }
  return oldest
}

/** Watches the cache for failed refreshes; `retryNow` refetches exactly those. */
export function useFailedRefresh(): { loadedAt: number | null; retryNow: () => Promise<void> } {
  const queryClient = useQueryClient()
  const cache = queryClient.getQueryCache()
  // Cache events can fire while React renders another component; batchCalls defers them past it.
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(notifyManager.batchCalls(onChange)), [cache])
  const loadedAt = useSyncExternalStore(subscribe, () => oldestStaleLoad(cache))
  const retryNow = useCallback(() => queryClient.refetchQueries({ predicate: isFailedRefresh }), [queryClient])
  return { loadedAt, retryNow }
}
