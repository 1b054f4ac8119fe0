import { QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http as untypedHttp, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
import { SEED } from '../../../../mocks/seed'
import { visibleInvoicesOf } from '@/test/seed-facts'
import { localToday } from '@/lib/format/date'
import { signInAs } from '@/test/sign-in-as'
import { statementQueries } from './statement-queries'
import { statementProgressKey, useStatementProgress } from './statement-progress'

const clientId = SEED.clients.ordinary
const to = localToday()

/** The count the page would show for this statement, as it is told. */
function watchProgress() {
  return renderHook(() => useStatementProgress(statementProgressKey(clientId, to))).result
}

/** Payment-date lookups that wait until the test lets them go, then answer as `answer` says (or as the fake API does). */
function holdDetails(answer?: () => Response) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(
    untypedHttp.get('*/v1/invoices/:invoiceId', async () => {
      await released
      return answer?.()
    }),
  )
  return release
}

describe('the statement’s payment-date lookups', () => {
  it('carry on after one fails: the retry asks again only for the dates it did not get', async () => {
    signInAs(SEED.users.ordinary)
    const asked: string[] = []
    let refused: string | null = null
    server.use(
      untypedHttp.get('*/v1/invoices/:invoiceId', ({ params }) => {
        const id = String(params.invoiceId)
        asked.push(id)
        // The fourth lookup is refused once, as a rate limit would refuse it.
        if (asked.length === 4 && refused === null) {
          refused = id
          return HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '0' } })
        }
      }),
    )
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 0 } } })
    await queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    expect(refused).not.toBeNull()
    // A paid invoice's date is final, so each is asked for once, the refused one twice; a part payment's
    // is asked for on every attempt, as it may still change.
    const paid = visibleInvoicesOf(clientId).filter((inv) => inv.status === 'paid' && inv.issue_date <= to)
    expect(paid.length).toBeGreaterThan(4)
    for (const { id, number } of paid) expect(asked.filter((one) => one === id), number).toHaveLength(id === refused ? 2 : 1)
  })
})

describe('the statement’s payment dates at sign-out', () => {
  it('stay out of the cache the sign-out cleared, though some had come back', async () => {
    signInAs(SEED.users.ordinary)
    // Two lookups answer at once; the rest wait until the cache has been cleared.
    let answered = 0
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    server.use(
      untypedHttp.get('*/v1/invoices/:invoiceId', async () => {
        if (answered < 2) answered += 1
        else await released
      }),
    )
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const ledger = queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    await waitFor(() => expect(answered).toBe(2))
    queryClient.clear()
    release()
    await expect(ledger).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(queryClient.getQueryCache().getAll().map((query) => query.queryKey)).toEqual([])
  })
})

describe('the statement’s count of payment-date lookups', () => {
  it('is shown while they run and gone once the statement is ready', async () => {
    signInAs(SEED.users.ordinary)
    const release = holdDetails()
    const progress = watchProgress()
    const queryClient = new QueryClient()
    const ledger = queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    await waitFor(() => expect(progress.current?.done).toBe(0))
    release()
    await ledger
    await waitFor(() => expect(progress.current).toBeNull())
  })

  it('is gone when a lookup fails, so a second try does not start from the first one’s count', async () => {
    signInAs(SEED.users.ordinary)
    const release = holdDetails(() => HttpResponse.json({ error: { code: 'server_error', message: 'down' } }, { status: 500 }))
    const progress = watchProgress()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const ledger = queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    await waitFor(() => expect(progress.current).not.toBeNull())
    release()
    await expect(ledger).rejects.toThrow()
    await waitFor(() => expect(progress.current).toBeNull())
  })
})
