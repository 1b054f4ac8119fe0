import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { Component, Suspense, type ReactNode } from 'react'
import { usePrefetchedQueries, usePrefetchedQuery, UnprefetchedQueryError } from './prefetched-query'

const greeting = queryOptions({ queryKey: ['greeting'], queryFn: () => Promise.resolve('hello') })
const farewell = queryOptions({ queryKey: ['farewell'], queryFn: () => Promise.resolve('goodbye') })

class Caught extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? <p role="alert">{`${this.state.error.name}: ${this.state.error.message}`}</p> : this.props.children
  }
}

function renderWith(queryClient: QueryClient, ui: ReactNode) {
  return render(
    <QueryClientProvider client={queryClient}>
      <Caught>
        <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
      </Caught>
    </QueryClientProvider>,
  )
}

function Greeting() {
  return <p>{usePrefetchedQuery(greeting).data}</p>
}

function Both() {
  const [a, b] = usePrefetchedQueries({ queries: [greeting, farewell] })
  return <p>{`${a.data} and ${b.data}`}</p>
}

describe('usePrefetchedQuery', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined))

  it('reads a query its loader started', async () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery(greeting)
    renderWith(queryClient, <Greeting />)
    expect(await screen.findByText('hello')).toBeInTheDocument()
  })

  it('fails loudly, naming the query, when nothing started it', async () => {
    renderWith(new QueryClient(), <Greeting />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('UnprefetchedQueryError: ["greeting"] was read before anything started it')
    expect(new UnprefetchedQueryError('x').name).toBe('UnprefetchedQueryError')
  })

  it('fails when any one of several queries was not started', async () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery(greeting)
    renderWith(queryClient, <Both />)
    expect(await screen.findByRole('alert')).toHaveTextContent('["farewell"] was read before anything started it')
  })

  it('stays quiet when the cache is cleared under a page already showing (a session that ends)', async () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery(greeting)
    const view = renderWith(queryClient, <Greeting />)
    expect(await screen.findByText('hello')).toBeInTheDocument()
    act(() => queryClient.clear())
    // Something else on the page re-renders it: it fetches afresh, as a plain suspense query would.
    view.rerender(
      <QueryClientProvider client={queryClient}>
        <Caught>
          <Suspense fallback={<p>loading</p>}>
            <Greeting />
          </Suspense>
        </Caught>
      </QueryClientProvider>,
    )
    expect(await screen.findByText('hello')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('reads several queries the loader started', async () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery(greeting)
    void queryClient.prefetchQuery(farewell)
    renderWith(queryClient, <Both />)
    expect(await screen.findByText('hello and goodbye')).toBeInTheDocument()
  })
})
