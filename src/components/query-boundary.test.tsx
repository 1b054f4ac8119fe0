import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { NetworkError } from '@/lib/api/network-error'
import { I18nWrapper } from '@/test/i18n-wrapper'
import { QueryBoundary } from './query-boundary'

/* What a panel says when it fails: "could not reach the server" only for a fetch that failed. */

const NETWORK = 'We could not reach the server. Check your connection and try again.'

function renderInBoundary(children: React.ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  // React reports what a boundary catches; these failures are provoked on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  return render(
    <QueryClientProvider client={queryClient}>
      <QueryBoundary loading={<p>Loading</p>} errorTitle="The panel could not be loaded">
        {children}
      </QueryBoundary>
    </QueryClientProvider>,
    { wrapper: I18nWrapper },
  )
}

function FailingFetch({ error }: { error: Error }) {
  useSuspenseQuery({ queryKey: ['failing', error.message], queryFn: () => Promise.reject(error) })
  return <p>never</p>
}

function BrokenRender(): React.ReactNode {
  const status = 'refunded' as string
  const looks: Record<string, { label: string }> = { paid: { label: 'Paid' } }
  return <p>{looks[status]!.label}</p>
}

afterEach(() => vi.restoreAllMocks())

describe('QueryBoundary’s error', () => {
  it('calls a fetch that failed to connect a network failure', async () => {
    renderInBoundary(<FailingFetch error={new NetworkError('Failed to fetch')} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(NETWORK)
  })

  it('does not call a TypeError thrown while rendering a network failure', async () => {
    renderInBoundary(<BrokenRender />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The panel could not be loaded')
    expect(alert).not.toHaveTextContent(/reach the server|connection/)
    expect(alert).toHaveTextContent('Something went wrong while showing this.')
  })

  it('does not call a TypeError from reading a malformed answer a network failure', async () => {
    renderInBoundary(<FailingFetch error={new TypeError("Cannot read properties of undefined (reading 'next_cursor')")} />)
    expect(await screen.findByRole('alert')).not.toHaveTextContent(/reach the server/)
  })
})
