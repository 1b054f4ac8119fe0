import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import { createElement, Suspense, type ReactNode } from 'react'
import {
  ensurePrefetched,
  UnprefetchedQueryError,
  usePrefetchedInfiniteQuery,
  usePrefetchedQueries,
  usePrefetchedQuery,
} from './prefetched-query'

function setUp() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, createElement(Suspense, { fallback: null }, children))
  return { queryClient, wrapper }
}

/** What rendering `hook` throws, with React's own report of it kept off the console. */
function thrownBy(hook: () => unknown, wrapper: (props: { children: ReactNode }) => ReactNode): unknown {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    renderHook(hook, { wrapper })
  } catch (error) {
    return error
  }
  return null
}

const invoices = { queryKey: ['invoices', 'client_1'], queryFn: () => Promise.resolve(['inv_1']) }

describe('a query the route’s loader must have started', () => {
  it('passes once the query is in the cache, whether it has data yet or not', async () => {
    const { queryClient } = setUp()
    void queryClient.prefetchQuery({ queryKey: ['pending'], queryFn: () => new Promise(() => undefined) })
    expect(() => ensurePrefetched(queryClient, ['pending'])).not.toThrow()
    await queryClient.prefetchQuery(invoices)
    expect(() => ensurePrefetched(queryClient, ['invoices', 'client_1'])).not.toThrow()
  })

  it('fails loudly, naming the query, when nothing started it: not even a query whose key starts the same', async () => {
    const { queryClient } = setUp()
    await queryClient.prefetchQuery(invoices)
    let failure: unknown
    try {
      ensurePrefetched(queryClient, ['invoices'])
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(UnprefetchedQueryError)
    expect(failure).toMatchObject({ name: 'UnprefetchedQueryError' })
    expect((failure as Error).message).toBe(
      `["invoices"] was read before anything started it: prefetch it in the route's loader, or read it with useSuspenseQuery if it is fetched only on demand.`,
    )
  })

  it('reads a prefetched query, and refuses one the loader forgot', async () => {
    const { queryClient, wrapper } = setUp()
    await queryClient.prefetchQuery(invoices)
    const { result } = renderHook(() => usePrefetchedQuery(invoices), { wrapper })
    expect(result.current.data).toEqual(['inv_1'])
    expect(thrownBy(() => usePrefetchedQuery({ queryKey: ['projects'], queryFn: () => Promise.resolve([]) }), wrapper)).toBeInstanceOf(
      UnprefetchedQueryError,
    )
  })

  it('reads a prefetched paged list, and refuses one the loader forgot', async () => {
    const { queryClient, wrapper } = setUp()
    const pages = {
      queryKey: ['invoice-pages'],
      queryFn: () => Promise.resolve({ data: ['inv_1'], next: null }),
      initialPageParam: null,
      getNextPageParam: () => null,
    }
    await queryClient.prefetchInfiniteQuery(pages)
    const { result } = renderHook(() => usePrefetchedInfiniteQuery(pages), { wrapper })
    expect(result.current.data.pages).toEqual([{ data: ['inv_1'], next: null }])
    expect(thrownBy(() => usePrefetchedInfiniteQuery({ ...pages, queryKey: ['other-pages'] }), wrapper)).toBeInstanceOf(
      UnprefetchedQueryError,
    )
  })

  it('reads several prefetched queries, and refuses them if the loader forgot any one', async () => {
    const { queryClient, wrapper } = setUp()
    const me = { queryKey: ['me'], queryFn: () => Promise.resolve({ id: 'usr_1' }) }
    await Promise.all([queryClient.prefetchQuery(invoices), queryClient.prefetchQuery(me)])
    const { result } = renderHook(() => usePrefetchedQueries({ queries: [invoices, me] }), { wrapper })
    expect(result.current.map((query) => query.data)).toEqual([['inv_1'], { id: 'usr_1' }])
    const forgotten = { queryKey: ['projects'], queryFn: () => Promise.resolve([]) }
    expect(thrownBy(() => usePrefetchedQueries({ queries: [invoices, forgotten] }), wrapper)).toBeInstanceOf(UnprefetchedQueryError)
  })
})
