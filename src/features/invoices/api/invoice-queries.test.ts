import { QueryClient } from '@tanstack/react-query'
import { server } from '../../../../mocks/node'
import { enableScenario } from '../../../../mocks/scenarios/enable-scenario'
import { SEED } from '../../../../mocks/seed'
import { visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'
import { invoiceQueries } from './invoice-queries'

describe('every invoice, page after page', () => {
  it('waits out a rate limit on each page after the first on its own, without starting again', async () => {
    signInAs(SEED.users.large)
    enableScenario('rate-limited', { retryAfterSeconds: 0 })
    const pages: string[] = []
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (url.pathname.endsWith('/v1/invoices')) pages.push(url.search)
    }
    server.events.on('request:start', listener)
    onTestFinished(() => server.events.removeListener('request:start', listener))

    // One retry of the query: the first page's own, which pages after it must not need.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 0 } } })
    const invoices = await queryClient.fetchQuery(invoiceQueries.every({ clientId: SEED.clients.large }))
    expect(invoices).toHaveLength(visibleInvoicesOf(SEED.clients.large).length)
    const distinct = new Set(pages)
    expect(distinct.size).toBeGreaterThan(2)
    // Every address is turned away once by the scenario: each page asked for twice, no more.
    expect(pages).toHaveLength(distinct.size * 2)
  })
})
