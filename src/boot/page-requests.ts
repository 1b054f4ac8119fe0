import type {
  DefaultError,
  FetchInfiniteQueryOptions,
  FetchQueryOptions,
  QueryClient,
  QueryFunctionContext,
  QueryKey,
} from '@tanstack/react-query'

/*
 * A query a page needs, startable two ways: by the page's loader, into the cache, as every page does;
 * or by the boot (early-requests.ts) before React Query has even loaded, calling the query's own
 * `queryFn`, the request then handed to the cache once it exists. Only types come from React Query:
 * this file adds nothing of it to the boot's chunk.
 */
export type PageRequest = {
  /** Starts the query in the cache, or joins its fetch already under way (what a loader does). */
  prefetch(queryClient: QueryClient): void
  /** Sends the request now, outside any cache. */
  startEarly(): EarlyRequest
}

/** A request on its way before there was a cache. */
export type EarlyRequest = {
  queryKey: QueryKey
  /** Settles when the answer has come (or the request failed). */
  settled: Promise<unknown>
  /**
   * Makes the request the cache's first fetch of its query, so the loader's and the components' reads
   * join it instead of sending another. Retries and later refetches call the query's own function.
   */
  adoptInto(queryClient: QueryClient): void
}

/** Nothing cancels an early request: React Query cannot cancel what it did not start, and the answer is wanted. */
const neverAborted = () => new AbortController().signal

/**
 * What a query function is given when the boot calls it. The portal's query functions read only
 * `signal` (and `pageParam`); there is no QueryClient yet, and one that asked would be told so.
 */
function earlyContext<TQueryKey extends QueryKey, TPage extends object>(queryKey: TQueryKey, page: TPage) {
  return {
    queryKey,
    signal: neverAborted(),
    meta: undefined,
    ...page,
    get client(): QueryClient {
      throw new Error('A query started by the boot has no QueryClient: the cache does not exist yet.')
    },
  }
}

/** The first call gets the request already under way; any later one (a retry, a refetch) makes its own. */
function firstCallTakes<TContext, T>(early: Promise<T>, make: (context: TContext) => T | Promise<T>) {
  let pending: Promise<T> | null = early
  return (context: TContext): T | Promise<T> => {
    const taken = pending
    pending = null
    return taken ?? make(context)
  }
}

/** Until the cache adopts it, a failed early request must not count as an unhandled rejection. */
function started<T>(send: () => T | Promise<T>): Promise<T> {
  const promise = Promise.resolve().then(send)
  promise.catch(() => undefined)
  return promise
}

export function queryRequest<TQueryFnData, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): PageRequest {
  return {
    prefetch: (queryClient) => void queryClient.prefetchQuery(options),
    startEarly() {
      const { queryFn, queryKey } = options
      if (typeof queryFn !== 'function') {
        return { queryKey, settled: Promise.resolve(), adoptInto: (queryClient) => void queryClient.prefetchQuery(options) }
      }
      const early = started(() => queryFn(earlyContext(queryKey, {}) as QueryFunctionContext<TQueryKey>))
      return {
        queryKey,
        settled: early.catch(() => undefined),
        adoptInto: (queryClient) => void queryClient.prefetchQuery({ ...options, queryFn: firstCallTakes(early, queryFn) }),
      }
    },
  }
}

export function infiniteRequest<
  TQueryFnData,
  TError = DefaultError,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
  TPageParam = unknown,
>(options: FetchInfiniteQueryOptions<TQueryFnData, TError, TData, TQueryKey, TPageParam>): PageRequest {
  return {
    prefetch: (queryClient) => void queryClient.prefetchInfiniteQuery(options),
    startEarly() {
      const { queryFn, queryKey, initialPageParam } = options
      if (typeof queryFn !== 'function') {
        return { queryKey, settled: Promise.resolve(), adoptInto: (queryClient) => void queryClient.prefetchInfiniteQuery(options) }
      }
      // The first page, as the cache's own first fetch would ask for it.
      const context = earlyContext(queryKey, { pageParam: initialPageParam, direction: 'forward' as const })
      const early = started(() => queryFn(context as QueryFunctionContext<TQueryKey, TPageParam>))
      return {
        queryKey,
        settled: early.catch(() => undefined),
        adoptInto: (queryClient) =>
          void queryClient.prefetchInfiniteQuery({ ...options, queryFn: firstCallTakes(early, queryFn) }),
      }
    },
  }
}
