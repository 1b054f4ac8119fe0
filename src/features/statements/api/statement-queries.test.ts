import { QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http as untypedHttp, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
import { SEED } from '../../../../mocks/seed'
import { recordInvoiceLookups } from '@/test/record-invoice-lookups'
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

/** The invoices of the ordinary client whose payment dates are final, and so looked up only once. */
const paidInvoices = () => visibleInvoicesOf(clientId).filter((inv) => inv.status === 'paid' && inv.issue_date <= to)


describe('the statement’s payment-date lookups', () => {
  it('each wait out a rate limit on their own: the statement comes without starting again', async () => {
    signInAs(SEED.users.ordinary)
    const asked = recordInvoiceLookups()
    let lists = 0
    const refused = new Set<string>()
    server.use(
      untypedHttp.get('*/v1/invoices', () => {
        lists += 1
      }),
      // Every lookup is turned away the first time, as the fake API's rate-limited scenario does.
      untypedHttp.get('*/v1/invoices/:invoiceId', ({ params }) => {
        const id = String(params.invoiceId)
        if (refused.has(id)) return undefined
        refused.add(id)
        return HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '0' } })
      }),
    )
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const data = await queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    expect(lists).toBe(1)
    expect(refused.size).toBeGreaterThan(6)
    for (const id of refused) expect(asked.filter((one) => one === id), id).toHaveLength(2)
    for (const { id, number } of paidInvoices()) expect(data.paymentDates[id], number).toBeTruthy()
  })

  it('carry on where they stopped: after one fails for good, the retry asks for no paid date it had', async () => {
    signInAs(SEED.users.ordinary)
    const asked = recordInvoiceLookups()
    let calls = 0
    let failing: string | null = null
    let failures = 0
    server.use(
      untypedHttp.get('*/v1/invoices/:invoiceId', ({ params }) => {
        const id = String(params.invoiceId)
        calls += 1
        // The fourth invoice asked for answers 503 to all of its own tries, then works for the query's retry.
        if (calls === 4) failing = id
        if (id === failing && failures < 3) {
          failures += 1
          return HttpResponse.json({ error: { code: 'unavailable', message: 'Try later' } }, { status: 503 })
        }
      }),
    )
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 0 } } })
    await queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    expect(failing).not.toBeNull()
    // A paid invoice's date is final, so each is asked for once (the failing one four times); a part
    // payment's is asked for on every attempt, as it may still change.
    const paid = paidInvoices()
    expect(paid.length).toBeGreaterThan(4)
    for (const { id, number } of paid) expect(asked.filter((one) => one === id), number).toHaveLength(id === failing ? 4 : 1)
  }, 15_000)
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
    // Not found: no lookup tries again after it, so the statement fails at once.
    const release = holdDetails(() => HttpResponse.json({ error: { code: 'not_found', message: 'No such invoice' } }, { status: 404 }))
    const progress = watchProgress()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const ledger = queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    await waitFor(() => expect(progress.current).not.toBeNull())
    release()
    await expect(ledger).rejects.toThrow()
    await waitFor(() => expect(progress.current).toBeNull())
  })
})
